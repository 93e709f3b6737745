package com.realsourcing.directory.domain;

import com.realsourcing.directory.api.CountryView;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * ISO 3166 countries with their Chinese names and the business regions exporters talk in (北美, 欧洲, 东南亚 …),
 * from the shipped {@code reference/country_business_region_zh.csv}. Region codes are kebab-case forms of the
 * English region name ({@code north-america}, {@code southeast-asia}).
 */
@Component
public class Countries {

    public record Country(String code, String alpha3, String nameZh, String nameEn, String regionCode) {}

    public record BusinessRegion(String code, String nameZh, String nameEn) {}

    private static volatile Countries shared;

    /** The one loaded copy, for code that cannot have it injected (index bridges). */
    static Countries shared() {
        Countries current = shared;
        if (current == null) {
            synchronized (Countries.class) {
                if (shared == null) {
                    shared = new Countries();
                }
                current = shared;
            }
        }
        return current;
    }

    private final Map<String, Country> byCode = new LinkedHashMap<>();
    private final Map<String, BusinessRegion> regions = new LinkedHashMap<>();

    public Countries() {
        for (Map<String, String> row : CsvReader.read("reference/country_business_region_zh.csv")) {
            String regionEn = row.get("biz_region");
            String regionZh = row.get("biz_region_zh");
            if (regionEn == null || regionEn.isBlank()) {
                continue;
            }
            String regionCode = regionCode(regionEn);
            // A few rows carry the English name in the Chinese column; the first proper Chinese name wins.
            regions.merge(
                    regionCode,
                    new BusinessRegion(regionCode, regionZh, regionEn),
                    (old, fresh) -> isChinese(old.nameZh()) ? old : fresh);
            byCode.put(
                    row.get("alpha2").toUpperCase(Locale.ROOT),
                    new Country(
                            row.get("alpha2").toUpperCase(Locale.ROOT),
                            row.get("alpha3"),
                            row.get("name_zh"),
                            row.get("name_en"),
                            regionCode));
        }
    }

    static String regionCode(String englishName) {
        return englishName.toLowerCase(Locale.ROOT).replace("&", " ").trim().replaceAll("[^a-z]+", "-");
    }

    private static boolean isChinese(String text) {
        return text != null
                && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    public Optional<Country> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.toUpperCase(Locale.ROOT)));
    }

    public Collection<Country> all() {
        return byCode.values();
    }

    /** Every country as the directory's public API shows it. */
    public List<CountryView> views() {
        return byCode.values().stream()
                .map(c -> {
                    BusinessRegion region = regions.get(c.regionCode());
                    return new CountryView(
                            c.code(),
                            c.alpha3(),
                            c.nameEn(),
                            c.nameZh(),
                            c.regionCode(),
                            region.nameEn(),
                            region.nameZh());
                })
                .toList();
    }

    public Collection<BusinessRegion> regions() {
        return regions.values();
    }

    public Optional<BusinessRegion> region(String code) {
        return Optional.ofNullable(regions.get(code));
    }

    /** The business regions the given countries fall in, sorted; unknown codes are left out. */
    public Set<String> regionsOf(Collection<String> countryCodes) {
        Set<String> result = new TreeSet<>();
        for (String code : countryCodes) {
            find(code).ifPresent(country -> result.add(country.regionCode()));
        }
        return result;
    }

    public List<String> unknown(Collection<String> countryCodes) {
        return countryCodes.stream().filter(c -> find(c).isEmpty()).toList();
    }
}
