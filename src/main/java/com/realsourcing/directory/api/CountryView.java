package com.realsourcing.directory.api;

/**
 * A country (ISO 3166-1) with its Chinese name and the export business region it is counted under (北美, 欧洲, 东南亚
 * …); {@code regionCode} is a stable slug of the English region name ({@code north-america}).
 */
public record CountryView(
        String alpha2,
        String alpha3,
        String nameEn,
        String nameZh,
        String regionCode,
        String regionEn,
        String regionZh) {}
