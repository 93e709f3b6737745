package com.realsourcing.directory.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * China's provinces, cities and counties from the NBS codes shipped in {@code reference/cn_admin_*.csv}, held in
 * memory as read-only maps.
 *
 * <p>The NBS data has pseudo-cities that people never say: {@code 市辖区} and {@code 县} under the four
 * municipalities, and {@code 省/自治区直辖县级行政区划} for county-level cities run by their province. They are
 * hidden: a municipality has no cities and its counties hang directly under it (北京市 → 东城区), so its province
 * code also serves as a "city" code when asking for counties; a county-level city run by its province (济源市,
 * 仙桃市, 五指山市 …) is shown as a city of that province, with its own six-digit code and no counties.
 *
 * <p>Coordinates come from {@code reference/cn_admin_coordinates.csv} (derived from an MIT-licensed package of
 * China's city and county shapes, see the reference README): a county's seat, a prefecture-level city's centroid,
 * a municipality's core district. A county the shapes do not know (a district renamed or created since, a
 * development zone) stands at its city's point; see {@link #centre}.
 */
@Component
public class Regions {

    private static final Set<String> PSEUDO_CITY_NAMES = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");
    private static final List<String> SUFFIXES = List.of(
            "维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "省", "市", "盟", "区", "县", "旗");

    /** A province, autonomous region or municipality (two-digit code). */
    public record Province(String code, String name, boolean municipality, Double lat, Double lng) {}

    /** A prefecture-level city (four digits), or a county-level city run by its province (six digits). */
    public record City(String code, String name, String provinceCode, Double lat, Double lng) {}

    /** A county or district (six digits); {@code cityCode} is null under a municipality. */
    public record County(String code, String name, String provinceCode, String cityCode) {}

    /** A point on the map, in degrees. */
    public record Point(double lat, double lng) {}

    /** Where a division code points, as precisely as the data allows. */
    public record Place(Province province, City city, County county) {}

    private final Map<String, Province> provinces;
    private final Map<String, City> cities;
    private final Map<String, County> counties;
    private final Map<String, List<City>> citiesByProvince;
    /** Counties by city code, and by province code for municipalities. */
    private final Map<String, List<County>> countiesByParent;
    /** Codes of the NBS pseudo-cities, four digits, mapped to their province. */
    private final Map<String, String> hiddenCities;
    /** Points by division code: counties (six digits), cities (four), municipalities (two). */
    private final Map<String, Point> points;

    public Regions() {
        this(
                CsvReader.read("reference/cn_admin_provinces.csv"),
                CsvReader.read("reference/cn_admin_cities.csv"),
                CsvReader.read("reference/cn_admin_areas.csv"),
                CsvReader.read("reference/cn_admin_coordinates.csv"));
    }

    Regions(
            List<Map<String, String>> provinceRows,
            List<Map<String, String>> cityRows,
            List<Map<String, String>> areaRows,
            List<Map<String, String>> pointRows) {
        Map<String, Point> pointMap = new java.util.HashMap<>();
        for (Map<String, String> row : pointRows) {
            pointMap.put(
                    row.get("code"), new Point(Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lng"))));
        }
        Map<String, String> hidden = new LinkedHashMap<>();
        Set<String> withRealCities = new java.util.HashSet<>();
        for (Map<String, String> row : cityRows) {
            if (PSEUDO_CITY_NAMES.contains(row.get("name"))) {
                hidden.put(row.get("code"), row.get("provinceCode"));
            } else {
                withRealCities.add(row.get("provinceCode"));
            }
        }
        // A municipality's only cities are pseudo-cities (北京: 市辖区; 重庆: 市辖区 and 县).
        Set<String> municipalities = new java.util.HashSet<>(hidden.values());
        municipalities.removeAll(withRealCities);

        Map<String, Province> provinceMap = new LinkedHashMap<>();
        provinceRows.stream()
                .sorted(Comparator.comparing(r -> r.get("code")))
                .forEach(r -> provinceMap.put(
                        r.get("code"),
                        new Province(
                                r.get("code"),
                                r.get("name"),
                                municipalities.contains(r.get("code")),
                                lat(pointMap.get(r.get("code"))),
                                lng(pointMap.get(r.get("code"))))));

        Map<String, City> cityMap = new LinkedHashMap<>();
        Map<String, County> countyMap = new LinkedHashMap<>();
        Map<String, List<City>> byProvince = new LinkedHashMap<>();
        Map<String, List<County>> byParent = new LinkedHashMap<>();
        provinceMap.keySet().forEach(code -> byProvince.put(code, new ArrayList<>()));
        for (Map<String, String> row : sorted(cityRows)) {
            if (!hidden.containsKey(row.get("code"))) {
                Point point = pointMap.get(row.get("code"));
                City city = new City(row.get("code"), row.get("name"), row.get("provinceCode"), lat(point), lng(point));
                cityMap.put(city.code(), city);
                byProvince.get(city.provinceCode()).add(city);
            }
        }
        for (Map<String, String> row : sorted(areaRows)) {
            String code = row.get("code");
            String cityCode = row.get("cityCode");
            String provinceCode = row.get("provinceCode");
            if (!hidden.containsKey(cityCode)) {
                County county = new County(code, row.get("name"), provinceCode, cityCode);
                countyMap.put(code, county);
                byParent.computeIfAbsent(cityCode, k -> new ArrayList<>()).add(county);
            } else if (municipalities.contains(provinceCode)) {
                County county = new County(code, row.get("name"), provinceCode, null);
                countyMap.put(code, county);
                byParent.computeIfAbsent(provinceCode, k -> new ArrayList<>()).add(county);
            } else {
                // county-level city (or county) run directly by its province: shown as a city
                Point point = pointMap.get(code);
                City city = new City(code, row.get("name"), provinceCode, lat(point), lng(point));
                cityMap.put(code, city);
                byProvince.get(provinceCode).add(city);
            }
        }
        byProvince.values().forEach(list -> list.sort(Comparator.comparing(City::code)));

        this.provinces = Collections.unmodifiableMap(provinceMap);
        this.cities = Collections.unmodifiableMap(cityMap);
        this.counties = Collections.unmodifiableMap(countyMap);
        this.citiesByProvince = freeze(byProvince);
        this.countiesByParent = freeze(byParent);
        this.hiddenCities = Collections.unmodifiableMap(hidden);
        this.points = Collections.unmodifiableMap(pointMap);
    }

    private static Double lat(Point point) {
        return point == null ? null : point.lat();
    }

    private static Double lng(Point point) {
        return point == null ? null : point.lng();
    }

    /**
     * Where a place is, as precisely as the data allows: a county's seat, else its city's point (a county-level city
     * run by its province has its own), else its municipality's; a city code (four digits, or a hidden NBS
     * pseudo-city of a municipality) and a municipality's two digits answer too. Empty for a province that is not a
     * municipality and for codes we do not know.
     */
    public Optional<Point> centre(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Point exact = points.get(code);
        if (exact != null) {
            return Optional.of(exact);
        }
        if (code.length() == 6 && code.matches("\\d{6}")) {
            return Optional.ofNullable(points.get(code.substring(0, 4)))
                    .or(() -> Optional.ofNullable(points.get(code.substring(0, 2))));
        }
        return Optional.empty();
    }

    /** Does the data hold a point for exactly this code (not one borrowed from its city)? */
    public boolean hasOwnPoint(String code) {
        return code != null && points.containsKey(code);
    }

    /** The point of the most precise of a factory's codes that has one (county, city, municipality). */
    public Optional<Point> centre(String provinceCode, String cityCode, String countyCode) {
        return centre(countyCode)
                .or(() -> centre(cityCode))
                .or(() -> province(provinceCode).filter(Province::municipality).flatMap(p -> centre(p.code())));
    }

    public List<Province> provinces() {
        return List.copyOf(provinces.values());
    }

    /** The cities users pick from in a province; empty for a municipality (its counties come next). */
    public List<City> cities(String provinceCode) {
        return citiesByProvince.getOrDefault(provinceCode, List.of());
    }

    /**
     * The counties of a city, or of a municipality when given its province code; empty when the code is neither
     * (a county-level city has an empty list).
     */
    public Optional<List<County>> counties(String cityOrMunicipalityCode) {
        if (cities.containsKey(cityOrMunicipalityCode)) {
            return Optional.of(countiesByParent.getOrDefault(cityOrMunicipalityCode, List.of()));
        }
        Province province = provinces.get(cityOrMunicipalityCode);
        if (province != null && province.municipality()) {
            return Optional.of(countiesByParent.getOrDefault(cityOrMunicipalityCode, List.of()));
        }
        return Optional.empty();
    }

    public Optional<Province> province(String code) {
        return Optional.ofNullable(code).map(provinces::get);
    }

    public Optional<City> city(String code) {
        return Optional.ofNullable(code).map(cities::get);
    }

    public Optional<County> county(String code) {
        return Optional.ofNullable(code).map(counties::get);
    }

    /**
     * Resolves a six-digit division code (GB/T 2260 style: {@code 440000}, {@code 440300}, {@code 440305}) as far as
     * the data goes: the province must exist; the city and county are filled in when known. Codes of older
     * editions (a district since merged) still resolve to their province and city.
     */
    public Optional<Place> place(String code) {
        if (code == null || !code.matches("\\d{6}")) {
            return Optional.empty();
        }
        Province province = provinces.get(code.substring(0, 2));
        if (province == null) {
            return Optional.empty();
        }
        City promoted = cities.get(code);
        if (promoted != null) {
            return Optional.of(new Place(province, promoted, null));
        }
        City city = cities.get(code.substring(0, 4));
        County county = code.endsWith("00") ? null : counties.get(code);
        return Optional.of(new Place(province, city, county));
    }

    /** Is {@code code} (four digits) one of the NBS pseudo-cities hidden from users? */
    public boolean isHiddenCity(String code) {
        return hiddenCities.containsKey(code);
    }

    /** A province by its full or usual short name: 广东省 or 广东, 广西壮族自治区 or 广西, 北京市 or 北京. */
    public Optional<Province> findProvince(String name) {
        return find(provinces.values(), Province::name, name);
    }

    /** A city of a province by full or short name (深圳市, 深圳; 延边 for 延边朝鲜族自治州). */
    public Optional<City> findCity(String provinceCode, String name) {
        return find(cities(provinceCode), City::name, name);
    }

    /** Cities anywhere with this full or short name (a name may exist in two provinces). */
    public List<City> findCities(String name) {
        String wanted = normalise(name);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return cities.values().stream()
                .filter(c -> c.name().equals(wanted) || shortName(c.name()).equals(shortName(wanted)))
                .toList();
    }

    /** A county of a city (or of a municipality, by its province code) by full or short name. */
    public Optional<County> findCounty(String cityOrMunicipalityCode, String name) {
        return counties(cityOrMunicipalityCode).flatMap(list -> find(list, County::name, name));
    }

    private static <T> Optional<T> find(java.util.Collection<T> candidates, Function<T, String> nameOf, String name) {
        String wanted = normalise(name);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (T candidate : candidates) {
            if (nameOf.apply(candidate).equals(wanted)) {
                return Optional.of(candidate);
            }
        }
        String shortWanted = shortName(wanted);
        List<T> byShortName = candidates.stream()
                .filter(c -> shortName(nameOf.apply(c)).equals(shortWanted))
                .toList();
        if (byShortName.size() == 1) {
            return Optional.of(byShortName.get(0));
        }
        if (shortWanted.length() >= 2 && byShortName.isEmpty()) {
            List<T> byPrefix = candidates.stream()
                    .filter(c -> nameOf.apply(c).startsWith(shortWanted))
                    .toList();
            if (byPrefix.size() == 1) {
                return Optional.of(byPrefix.get(0));
            }
        }
        return Optional.empty();
    }

    private static String normalise(String name) {
        return name == null ? "" : name.strip().replace(" ", "").replace("\u3000", "");
    }

    static String shortName(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static List<Map<String, String>> sorted(List<Map<String, String>> rows) {
        return rows.stream().sorted(Comparator.comparing(r -> r.get("code"))).toList();
    }

    private static <T> Map<String, List<T>> freeze(Map<String, List<T>> map) {
        Map<String, List<T>> frozen = new LinkedHashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }
}
