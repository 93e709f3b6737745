package com.realsourcing.directory.domain;

import com.realsourcing.directory.api.CountryView;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * ISO 3166 countries with Chinese names and export business regions from {@code
 * reference/country_business_region_zh.csv}, held in memory: the file only changes with a release.
 */
@Component
class Countries {

    private final List<CountryView> all;

    Countries() {
        this(CsvReader.read("reference/country_business_region_zh.csv"));
    }

    Countries(List<Map<String, String>> rows) {
        this.all = rows.stream()
                .map(r -> new CountryView(
                        r.get("alpha2"),
                        r.get("alpha3"),
                        r.get("name_en"),
                        r.get("name_zh"),
                        slug(r.get("biz_region")),
                        r.get("biz_region"),
                        r.get("biz_region_zh")))
                .toList();
    }

    List<CountryView> all() {
        return all;
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT)
                .replace("&", " ")
                .trim()
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }
}
