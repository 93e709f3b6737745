package com.realsourcing.directory.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes synthetic factories for the demo and the benchmark: the same seed gives the same factories (names like
 * 东莞市华强纺织有限公司 from real cities, industries and categories from the live taxonomy, provinces weighted like
 * China's export manufacturing, coordinates a few kilometres from their county's seat). Every generated listing has
 * source GENERATED, so it is never mistaken for a real one.
 */
@Component
public class FactoryGenerator {

    private static final Logger log = LoggerFactory.getLogger(FactoryGenerator.class);

    private static final String[] BRANDS = {
        "华强", "鑫达", "恒源", "宏发", "金盛", "永兴", "瑞丰", "泰和", "联创", "嘉信", "宝利", "德润", "天成", "富豪", "东升", "新峰", "锦华", "博远",
        "安泰", "昌盛", "汇丰", "佳美", "凯达", "隆鑫", "明辉", "日新", "三和", "盛世", "通达", "万达", "祥和", "雅致", "优品", "卓越", "中科", "正泰",
        "振华", "志远", "欣荣", "海纳", "弘毅", "创维", "精工", "美家", "乐家", "顺发", "诚信", "利华", "荣泰"
    };
    private static final Map<String, String[]> PRODUCT_WORDS = Map.of(
            "daily-goods", new String[] {"日用品", "保温杯", "塑料制品", "不锈钢制品", "家居用品", "餐具"},
            "electronics-3c", new String[] {"电子", "电子科技", "数码科技", "智能科技", "电器"},
            "apparel", new String[] {"服饰", "纺织", "制衣", "针织", "鞋业", "服装"},
            "moulds", new String[] {"模具", "精密模具", "五金模具", "塑胶模具"},
            "printing-packaging", new String[] {"印刷", "包装", "纸品包装", "彩印"},
            "other-processing", new String[] {"五金制品", "机械加工", "金属制品", "精密机械"});
    private static final String[] SUFFIXES = {"有限公司", "制品有限公司", "实业有限公司", "科技有限公司", "制造有限公司"};
    private static final String[][] PROVINCE_WEIGHTS = {
        {"44", "25"}, {"33", "20"}, {"32", "15"}, {"35", "10"}, {"37", "10"}, {"13", "4"}, {"34", "3"}, {"41", "3"},
        {"42", "3"}, {"43", "2"}, {"36", "2"}, {"51", "2"}, {"31", "1"}, {"12", "1"}, {"50", "1"}, {"21", "1"}
    };
    private static final String[] EXPORT_COUNTRIES = {
        "US", "DE", "GB", "FR", "JP", "KR", "AU", "CA", "MX", "BR", "NG", "ZA", "AE", "SA", "TH", "VN", "MY", "ID",
        "PH", "IN", "RU", "PL", "IT", "ES", "NL", "TR", "EG", "KE", "CL", "AR"
    };

    private final Regions regions;
    private final TaxonomyService taxonomy;
    private final FactoryBulkWriter writer;
    private final JdbcClient jdbc;
    private final Clock clock;

    FactoryGenerator(
            Regions regions, TaxonomyService taxonomy, FactoryBulkWriter writer, JdbcClient jdbc, Clock clock) {
        this.regions = regions;
        this.taxonomy = taxonomy;
        this.writer = writer;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long countGenerated() {
        return jdbc.sql("select count(*) from directory.factories where source = 'GENERATED'")
                .query(Long.class)
                .single();
    }

    /**
     * Writes factories number {@code from} to {@code to - 1} of the sequence for {@code seed} and indexes them.
     * Running it again writes nothing new (the import key carries the sequence number).
     */
    public int generate(long seed, int from, int to) {
        Instant started = clock.instant();
        List<TaxonomyService.IndustryNode> industries = taxonomy.taxonomy(false).industries().stream()
                .filter(i -> PRODUCT_WORDS.containsKey(i.industry().getCode()))
                .toList();
        List<Tag> attributes = taxonomy.taxonomy(false).attributeGroups().stream()
                .flatMap(g -> g.tags().stream())
                .toList();
        List<Regions.Province> provinces = new ArrayList<>();
        for (String[] pw : PROVINCE_WEIGHTS) {
            regions.province(pw[0]).ifPresent(p -> {
                for (int i = 0; i < Integer.parseInt(pw[1]); i++) {
                    provinces.add(p);
                }
            });
        }
        int written = 0;
        List<FactoryBulkWriter.Row> chunk = new ArrayList<>(1000);
        for (int n = from; n < to; n++) {
            chunk.add(row(new Random(seed * 1_000_003L + n), n, seed, industries, attributes, provinces));
            if (chunk.size() == 1000) {
                written += writer.write(chunk, clock.instant()).inserted();
                chunk.clear();
            }
        }
        written += writer.write(chunk, clock.instant()).inserted();
        writer.index(FactorySource.GENERATED, started);
        log.info(
                "Generated {} synthetic factories ({} to {}) in {} ms",
                written,
                from,
                to,
                Duration.between(started, clock.instant()).toMillis());
        return written;
    }

    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUWXY";

    /**
     * Two letters from the seed and six digits of the sequence number: unique within a seed (up to a million) and
     * apart from other seeds' codes unless the seeds agree modulo 441.
     */
    static String organizationBody(long seed, int n) {
        int s = (int) Math.floorMod(seed, (long) LETTERS.length() * LETTERS.length());
        return "" + LETTERS.charAt(s / LETTERS.length()) + LETTERS.charAt(s % LETTERS.length())
                + String.format("%06d", n % 1_000_000);
    }

    /**
     * Where a generated factory stands: near its county's seat (within about 3 km), or near its city's point (about
     * 8 km) where the county has none, so distance sorting works on the demo. Drawn from a generator of its own, so
     * the names and tags of a seed stay what they were before factories had coordinates.
     */
    private Regions.Point place(long seed, int n, Regions.Province province, Regions.City city, Regions.County county) {
        Random jitter = new Random(seed * 7_919L + n * 31L + 17);
        boolean precise = county != null && regions.hasOwnPoint(county.code());
        return regions.centre(province.code(), city == null ? null : city.code(), county == null ? null : county.code())
                .map(p -> {
                    double spread = precise ? 0.03 : 0.08;
                    double lat = p.lat() + (jitter.nextDouble() * 2 - 1) * spread;
                    double lng = p.lng() + (jitter.nextDouble() * 2 - 1) * spread / Math.cos(Math.toRadians(p.lat()));
                    return new Regions.Point(Math.round(lat * 1e5) / 1e5, Math.round(lng * 1e5) / 1e5);
                })
                .orElse(null);
    }

    /** Factories of a seed written before generated ones had coordinates (the demo of an earlier release). */
    public long countUnlocated(long seed) {
        return jdbc.sql("select count(*) from directory.factories"
                        + " where source = 'GENERATED' and import_key like ? and lat is null")
                .param("GENERATED|" + seed + "|%")
                .query(Long.class)
                .single();
    }

    private FactoryBulkWriter.Row row(
            Random random,
            int n,
            long seed,
            List<TaxonomyService.IndustryNode> industries,
            List<Tag> attributes,
            List<Regions.Province> provinces) {
        Regions.Province province = provinces.get(random.nextInt(provinces.size()));
        List<Regions.City> cities = regions.cities(province.code());
        Regions.City city = cities.isEmpty() ? null : cities.get(random.nextInt(cities.size()));
        List<Regions.County> counties =
                regions.counties(city == null ? province.code() : city.code()).orElse(List.of());
        Regions.County county = counties.isEmpty() ? null : counties.get(random.nextInt(counties.size()));
        TaxonomyService.IndustryNode industry = industries.get(random.nextInt(industries.size()));
        String[] words = PRODUCT_WORDS.get(industry.industry().getCode());
        String place = Regions.shortName(city != null ? city.name() : province.name())
                + (city != null && city.name().endsWith("市") ? "市" : "");
        String name = place
                + BRANDS[random.nextInt(BRANDS.length)]
                + words[random.nextInt(words.length)]
                + SUFFIXES[random.nextInt(SUFFIXES.length)];
        Set<Tag> categories = new LinkedHashSet<>();
        int categoryCount = 1 + random.nextInt(Math.min(3, industry.categories().size()));
        while (categories.size() < categoryCount) {
            categories.add(industry.categories()
                    .get(random.nextInt(industry.categories().size())));
        }
        Set<Tag> attrs = new LinkedHashSet<>();
        int attributeCount = 1 + random.nextInt(3);
        while (attrs.size() < attributeCount) {
            attrs.add(attributes.get(random.nextInt(attributes.size())));
        }
        Set<String> countries = new LinkedHashSet<>();
        int countryCount = random.nextInt(7);
        while (countries.size() < countryCount) {
            countries.add(EXPORT_COUNTRIES[random.nextInt(EXPORT_COUNTRIES.length)]);
        }
        StringBuilder keywords = new StringBuilder();
        keywords.append(industry.industry().getNameZh())
                .append(' ')
                .append(industry.industry().getNameEn());
        industry.exportIndustries().forEach(e -> keywords.append(' ').append(e.getNameZh()));
        for (Tag t : categories) {
            keywords.append(' ').append(t.getNameZh()).append(' ').append(t.getNameEn());
        }
        for (Tag t : attrs) {
            keywords.append(' ').append(t.getNameZh());
        }
        keywords.append(' ').append(ChineseAddresses.placeWords(province.name()));
        if (city != null) {
            keywords.append(' ').append(ChineseAddresses.placeWords(city.name()));
        }
        String place6 = county != null ? county.code() : city != null ? city.code() : province.code();
        String division = (place6 + "000000").substring(0, 6);
        Instant listed = clock.instant().minus(Duration.ofDays(random.nextInt(3 * 365)));
        Regions.Point point = place(seed, n, province, city, county);
        return new FactoryBulkWriter.Row(
                com.realsourcing.shared.domain.Ids.newId(),
                FactoryStatus.LISTED,
                FactorySource.GENERATED,
                "GENERATED|" + seed + "|" + n,
                name,
                null,
                CreditCode.compose("91", division, organizationBody(seed, n)),
                province.code(),
                city == null ? null : city.code(),
                county == null ? null : county.code(),
                (county != null ? county.name() : "") + "工业园区 " + (1 + random.nextInt(200)) + " 号",
                "CN",
                point == null ? null : point.lat(),
                point == null ? null : point.lng(),
                industry.industry().getId(),
                categories.stream().map(Tag::getId).toArray(UUID[]::new),
                attrs.stream().map(Tag::getId).toArray(UUID[]::new),
                "（演示数据）" + name + "，主营"
                        + String.join(
                                "、", categories.stream().map(Tag::getNameZh).toList()) + "。",
                1985 + random.nextInt(38),
                20 + random.nextInt(3000),
                random.nextBoolean(),
                random.nextInt(3) == 0,
                countries.toArray(String[]::new),
                keywords.toString(),
                listed,
                listed,
                random.nextInt(200));
    }
}
