package com.realsourcing.directory.api;

import java.util.List;

/**
 * One of seed 000's seven export industries with the HS 2022 chapters whose goods count under it; {@code code} is
 * the stable key other modules store ({@code textiles-apparel}).
 */
public record ExportIndustryView(String code, String nameZh, String nameEn, List<HsChapterView> hsChapters) {

    public ExportIndustryView {
        hsChapters = List.copyOf(hsChapters);
    }

    /** An HS chapter (two digits) with its names. */
    public record HsChapterView(String chapter, String nameZh, String nameEn) {}
}
