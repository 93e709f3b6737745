package com.realsourcing.intel.domain;

import com.realsourcing.directory.api.CountryView;
import com.realsourcing.directory.api.DirectoryApi;
import com.realsourcing.directory.api.ExportIndustryView;
import com.realsourcing.directory.api.FactorySummary;
import com.realsourcing.directory.api.TagView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The directory's reference data read straight from the shipped CSV files, for tests without a database. */
public class FakeDirectory implements DirectoryApi {

    private static final Map<String, String[]> INDUSTRIES = new LinkedHashMap<>();

    static {
        INDUSTRIES.put("textiles_apparel", new String[] {"textiles-apparel", "纺织服装", "Textiles & apparel"});
        INDUSTRIES.put("electronics", new String[] {"electronics", "电子数码", "Electronics"});
        INDUSTRIES.put("machinery", new String[] {"machinery", "机械制造", "Machinery"});
        INDUSTRIES.put("chemicals", new String[] {"chemicals", "化工材料", "Chemicals & materials"});
        INDUSTRIES.put("home_goods", new String[] {"home-goods", "家居用品", "Home goods"});
        INDUSTRIES.put("food_beverage", new String[] {"food-beverage", "食品饮料", "Food & beverages"});
        INDUSTRIES.put("other", new String[] {"other", "其他", "Other"});
    }

    @Override
    public Optional<TagView> findTag(UUID tagId) {
        return Optional.empty();
    }

    @Override
    public List<TagView> findTags(Collection<UUID> tagIds) {
        return List.of();
    }

    @Override
    public boolean isVerified(UUID organizationId) {
        return false;
    }

    @Override
    public Optional<FactorySummary> findFactory(UUID factoryId) {
        return Optional.empty();
    }

    @Override
    public Optional<FactorySummary> findFactoryOf(UUID organizationId) {
        return Optional.empty();
    }

    @Override
    public List<ExportIndustryView> exportIndustries() {
        Map<String, List<ExportIndustryView.HsChapterView>> chapters = new LinkedHashMap<>();
        INDUSTRIES.keySet().forEach(k -> chapters.put(k, new ArrayList<>()));
        for (Map<String, String> row : IntelReference.readCsv("reference/hs_chapter_zh_industry_map.csv")) {
            chapters.get(row.get("industry_bucket"))
                    .add(new ExportIndustryView.HsChapterView(row.get("hs2"), row.get("name_zh"), row.get("name_en")));
        }
        List<ExportIndustryView> list = new ArrayList<>();
        INDUSTRIES.forEach((bucket, names) ->
                list.add(new ExportIndustryView(names[0], names[1], names[2], chapters.get(bucket))));
        return list;
    }

    @Override
    public List<CountryView> countries() {
        return IntelReference.readCsv("reference/country_business_region_zh.csv").stream()
                .map(r -> new CountryView(
                        r.get("alpha2"),
                        r.get("alpha3"),
                        r.get("name_en"),
                        r.get("name_zh"),
                        r.get("biz_region")
                                .toLowerCase(Locale.ROOT)
                                .replace("&", " ")
                                .trim()
                                .replaceAll("[^a-z0-9]+", "-"),
                        r.get("biz_region"),
                        r.get("biz_region_zh")))
                .toList();
    }

    @Override
    public Optional<com.realsourcing.directory.api.PlaceView> findPlace(
            String provinceCode, String cityCode, String countyCode) {
        return Optional.empty();
    }

    @Override
    public List<com.realsourcing.directory.api.FactorySummary> factoriesMaking(
            java.util.Collection<UUID> categoryTagIds, int limit) {
        return List.of();
    }
}
