package com.realsourcing.directory.api;

/**
 * A place in China as far as it was given — province, then optionally city and county — with names and, where the
 * shipped data has them, the coordinates of its centre (the city's, else the province's; null when unknown).
 */
public record PlaceView(
        String provinceCode,
        String provinceName,
        String cityCode,
        String cityName,
        String countyCode,
        String countyName,
        Double lat,
        Double lng) {}
