package com.realsourcing.intel.domain;

import com.realsourcing.directory.api.CountryView;
import com.realsourcing.directory.api.DirectoryApi;
import com.realsourcing.directory.api.ExportIndustryView;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What the rules and queries classify into: the export industries with their HS chapters and the countries with
 * their business regions (both read once from the directory), and the product keyword dictionary shipped in
 * {@code intel/product_keywords.csv} (each product names an HS chapter, so its industry comes from the
 * directory's HS chapter map).
 */
@Component
public class IntelReference {

    public static final String OTHER = "other";
    public static final String UNKNOWN_COUNTRY = "ZZ";
    public static final String UNKNOWN_REGION = "unknown";

    /** A product of the keyword dictionary. */
    public record Product(
            String code,
            String hsChapter,
            String hsChapterNameZh,
            String industry,
            String nameZh,
            String nameEn,
            List<String> keywordsZh,
            List<String> keywordsEn) {}

    /** A business region with its countries. */
    public record Region(String code, String nameZh, String nameEn, List<String> countries) {}

    private record Data(
            Map<String, ExportIndustryView> industries,
            Map<String, String> industryOfChapter,
            Map<String, CountryView> countries,
            Map<String, Region> regions,
            Map<String, Product> products) {}

    private final DirectoryApi directory;
    private volatile Data data;

    IntelReference(DirectoryApi directory) {
        this.directory = directory;
    }

    private Data data() {
        Data current = data;
        if (current == null) {
            synchronized (this) {
                if (data == null) {
                    data = load();
                }
                current = data;
            }
        }
        return current;
    }

    private Data load() {
        Map<String, ExportIndustryView> industries = new LinkedHashMap<>();
        Map<String, String> industryOfChapter = new LinkedHashMap<>();
        Map<String, String> chapterNames = new LinkedHashMap<>();
        for (ExportIndustryView industry : directory.exportIndustries()) {
            industries.put(industry.code(), industry);
            industry.hsChapters().forEach(c -> {
                industryOfChapter.put(c.chapter(), industry.code());
                chapterNames.put(c.chapter(), c.nameZh());
            });
        }
        Map<String, CountryView> countries = new LinkedHashMap<>();
        Map<String, List<String>> regionCountries = new LinkedHashMap<>();
        Map<String, CountryView> regionNames = new LinkedHashMap<>();
        for (CountryView country : directory.countries()) {
            countries.put(country.alpha2(), country);
            regionCountries
                    .computeIfAbsent(country.regionCode(), k -> new ArrayList<>())
                    .add(country.alpha2());
            regionNames.putIfAbsent(country.regionCode(), country);
        }
        Map<String, Region> regions = new LinkedHashMap<>();
        regionCountries.forEach((code, list) -> regions.put(
                code,
                new Region(
                        code,
                        regionNames.get(code).regionZh(),
                        regionNames.get(code).regionEn(),
                        List.copyOf(list))));
        Map<String, Product> products = new LinkedHashMap<>();
        for (Map<String, String> row : readCsv("intel/product_keywords.csv")) {
            String chapter = row.get("hs_chapter");
            products.put(
                    row.get("product"),
                    new Product(
                            row.get("product"),
                            chapter,
                            chapterNames.getOrDefault(chapter, ""),
                            industryOfChapter.getOrDefault(chapter, OTHER),
                            row.get("name_zh"),
                            row.get("name_en"),
                            split(row.get("keywords_zh")),
                            split(row.get("keywords_en"))));
        }
        return new Data(
                Collections.unmodifiableMap(industries),
                Collections.unmodifiableMap(industryOfChapter),
                Collections.unmodifiableMap(countries),
                Collections.unmodifiableMap(regions),
                Collections.unmodifiableMap(products));
    }

    public List<ExportIndustryView> industries() {
        return List.copyOf(data().industries().values());
    }

    public Optional<ExportIndustryView> industry(String code) {
        return Optional.ofNullable(code).map(data().industries()::get);
    }

    public String industryNameZh(String code) {
        return industry(code).map(ExportIndustryView::nameZh).orElse(code);
    }

    public Optional<CountryView> country(String alpha2) {
        return alpha2 == null
                ? Optional.empty()
                : Optional.ofNullable(data().countries().get(alpha2.toUpperCase(Locale.ROOT)));
    }

    public List<CountryView> countries() {
        return List.copyOf(data().countries().values());
    }

    /** The region code of a country, {@link #UNKNOWN_REGION} when the country is unknown. */
    public String regionOf(String alpha2) {
        return country(alpha2).map(CountryView::regionCode).orElse(UNKNOWN_REGION);
    }

    public List<Region> regions() {
        return List.copyOf(data().regions().values());
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(code).map(data().regions()::get);
    }

    public String regionNameZh(String code) {
        return region(code).map(Region::nameZh).orElse("未知");
    }

    public List<Product> products() {
        return List.copyOf(data().products().values());
    }

    public Optional<Product> product(String code) {
        return Optional.ofNullable(code).map(data().products()::get);
    }

    /** The industry of an HS chapter, {@link #OTHER} when unknown. */
    public String industryOfChapter(String chapter) {
        return data().industryOfChapter().getOrDefault(chapter, OTHER);
    }

    private static List<String> split(String value) {
        return value == null || value.isBlank()
                ? List.of()
                : Arrays.stream(value.split("\\|"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    static List<Map<String, String>> readCsv(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            CsvRecords records = new CsvRecords(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = records.next().fields();
            List<Map<String, String>> rows = new ArrayList<>();
            for (CsvRecords.Record record = records.next(); record != null; record = records.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(
                            header.get(i),
                            i < record.fields().size() ? record.fields().get(i) : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
