package com.realsourcing.intel.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What an import file holds. */
public enum ImportFormat {
    /** Apify dataset items as a JSON array, or one item per line (JSON Lines). */
    APIFY_JSON("apify-json"),
    /** Apify's CSV export: headers are paths such as {@code authorMeta/name}, {@code hashtags/0/name}. */
    APIFY_CSV("apify-csv"),
    /** Operators' corrections: handle, factory_id, video_url, industry, product, country, note. */
    CURATION_CSV("curation-csv"),
    /** Items fetched from an Apify actor run by the scheduled refresh. */
    APIFY_RUN("apify-run");

    private final String code;

    ImportFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ImportFormat> of(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }

    /** The formats an operator may upload. */
    public static List<String> uploadable() {
        return List.of(APIFY_JSON.code, APIFY_CSV.code, CURATION_CSV.code);
    }
}
