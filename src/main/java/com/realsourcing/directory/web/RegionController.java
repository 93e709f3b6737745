package com.realsourcing.directory.web;

import com.realsourcing.directory.domain.Regions;
import com.realsourcing.shared.domain.DomainException;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * China's provinces and cities, then a city's counties, for address pickers. Public; the data only changes with a
 * release, so browsers may keep it for a day.
 */
@RestController
@RequestMapping("/api/directory/regions")
@Tag(name = "directory", description = "Factory directory: regions, taxonomy, credit codes")
class RegionController {

    private static final CacheControl DAY =
            CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private final Regions regions;

    RegionController(Regions regions) {
        this.regions = regions;
    }

    /** Provinces with their cities (no counties). A municipality has no cities: ask for its counties by its code. */
    @GetMapping
    ResponseEntity<RegionsResponse> regions() {
        List<ProvinceResponse> provinces = regions.provinces().stream()
                .map(p -> new ProvinceResponse(
                        p.code(),
                        p.name(),
                        p.municipality(),
                        p.lat(),
                        p.lng(),
                        regions.cities(p.code()).stream()
                                .map(c -> new CityResponse(c.code(), c.name(), c.lat(), c.lng()))
                                .toList()))
                .toList();
        return ResponseEntity.ok().cacheControl(DAY).body(new RegionsResponse(provinces));
    }

    /** The counties of a city, or of a municipality given its two-digit code (11 → 东城区, 西城区 …). */
    @GetMapping("/{cityCode}/counties")
    ResponseEntity<CountiesResponse> regionCounties(@PathVariable String cityCode) {
        var counties = regions.counties(cityCode)
                .orElseThrow(() -> DomainException.notFound("directory.region-not-found", cityCode));
        String name = regions.city(cityCode)
                .map(Regions.City::name)
                .or(() -> regions.province(cityCode).map(Regions.Province::name))
                .orElseThrow();
        return ResponseEntity.ok()
                .cacheControl(DAY)
                .body(new CountiesResponse(
                        new RegionRef(cityCode, name),
                        counties.stream()
                                .map(c -> new RegionRef(c.code(), c.name()))
                                .toList()));
    }

    record RegionsResponse(List<ProvinceResponse> provinces) {}

    /** {@code lat}/{@code lng} are null: the shipped data has no coordinates yet. */
    record ProvinceResponse(
            String code, String name, boolean municipality, Double lat, Double lng, List<CityResponse> cities) {}

    record CityResponse(String code, String name, Double lat, Double lng) {}

    record CountiesResponse(RegionRef city, List<RegionRef> counties) {}
}
