package com.realsourcing.directory;

import static com.realsourcing.directory.DirectoryFixtures.creditCode;
import static com.realsourcing.directory.DirectoryFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/directory/factories}: every filter, the facet counts, the sorts and paging, over four factories
 * of this class's own. The database is shared with other tests (and a generated demo directory), so each query
 * carries a word only these four hold: a made-up product name on the onboarded ones, the English name of the
 * imported one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FactorySearchApiIntegrationTests extends ApiTestSupport {

    /** Eight random letters: smartcn keeps a run of Latin letters as one word. */
    private final String word = randomWord();

    private ApiClient reviewer;
    private JsonNode taxonomy;
    /** 深圳 (南山区), daily goods: 保温杯, 生产型; exports to US, DE, NG; verified. */
    private String shenzhen;
    /** 宁波 (北仑区), apparel: 针织 category of its own industry, 代加工型; exports to VN; verified. */
    private String ningbo;
    /** 东莞, moulds: 注塑模具, 生产型; exports to US; verified. */
    private String dongguan;
    /** Imported from a registry, 东莞 by its address: unclaimed, not verified, no tags. */
    private String imported;

    private static String randomWord() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 6; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    @BeforeAll
    void fourFactories() throws InterruptedException {
        reviewer = platformMember("REVIEWER", "审核员");
        taxonomy = DirectoryFixtures.taxonomy(client());
        shenzhen = listed(
                "深圳市南山区恒温保温杯有限公司",
                "44",
                "4403",
                "440305",
                "daily-goods",
                List.of("保温杯"),
                List.of("生产型"),
                List.of("US", "DE", "NG"));
        String apparelCategory = DirectoryFixtures.industryNode(taxonomy, "apparel")
                .path("categories")
                .get(0)
                .path("nameZh")
                .asString();
        ningbo = listed(
                "宁波市北仑针织服饰有限公司",
                "33",
                "3302",
                "330206",
                "apparel",
                List.of(apparelCategory),
                List.of("代加工型"),
                List.of("VN"));
        dongguan = listed(
                "东莞市长安精密模具有限公司", "44", "4419", "441900", "moulds", List.of("注塑模具"), List.of("生产型"), List.of("US"));
        String csv = "name,address,country\n\"" + word + " Garment Factory\",\"No. 8 Industrial Road, Dongguan,"
                + " Guangdong\",CN\n";
        ApiClient operator = admin();
        var started =
                operator.upload("/api/directory/imports", "search.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String job = started.json().path("id").asString();
        for (int i = 0; i < 300; i++) {
            JsonNode status = operator.get("/api/directory/imports/" + job).json();
            if (status.path("status").asString().equals("DONE")) {
                assertThat(status.path("imported").asInt()
                                + status.path("merged").asInt())
                        .isEqualTo(1);
                break;
            }
            Thread.sleep(100);
        }
        imported = ids(search("")).stream()
                .filter(id -> !List.of(shenzhen, ningbo, dongguan).contains(id))
                .findFirst()
                .orElseThrow();
    }

    private String listed(
            String name,
            String province,
            String city,
            String county,
            String industry,
            List<String> categories,
            List<String> attributes,
            List<String> exports) {
        ApiClient owner = loggedIn("FACTORY");
        Map<String, Object> form = form(owner, name, creditCode());
        form.put("provinceCode", province);
        form.put("cityCode", city);
        form.put("countyCode", county);
        form.put("industryTagId", DirectoryFixtures.industryId(taxonomy, industry));
        form.put(
                "categoryTagIds",
                categories.stream()
                        .map(c -> DirectoryFixtures.categoryId(taxonomy, c))
                        .toList());
        form.put(
                "attributeTagIds",
                attributes.stream()
                        .map(a -> DirectoryFixtures.attributeId(taxonomy, a))
                        .toList());
        var submitted = owner.post("/api/directory/my-factory/onboarding", form);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        var approved = reviewer.post(
                "/api/directory/admin/reviews/" + submitted.json().path("id").asString() + "/approve", null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(owner.put("/api/directory/my-factory/profile", Map.of("exportCountries", exports))
                        .status())
                .isEqualTo(200);
        var product = owner.post("/api/directory/my-factory/products", Map.of("name", word + " 样品"));
        assertThat(product.status()).as(product.body()).isEqualTo(201);
        return submitted.json().path("factoryId").asString();
    }

    private JsonNode search(String query) {
        var response = client().get("/api/directory/factories?q=" + word + "&size=50" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(i -> ids.add(i.path("id").asString()));
        return ids;
    }

    /** A facet's counts as value → count, and the values marked selected. */
    private static Map<String, Long> counts(JsonNode page, String facet) {
        Map<String, Long> counts = new LinkedHashMap<>();
        page.path("facets")
                .path(facet)
                .forEach(v ->
                        counts.put(v.path("value").asString(), v.path("count").asLong()));
        return counts;
    }

    private static List<String> selected(JsonNode page, String facet) {
        List<String> values = new ArrayList<>();
        page.path("facets").path(facet).forEach(v -> {
            if (v.path("selected").asBoolean()) {
                values.add(v.path("value").asString());
            }
        });
        return values;
    }

    private String industryId(String code) {
        return DirectoryFixtures.industryId(taxonomy, code);
    }

    @Test
    void theWordAloneFindsTheFourAndNothingElse() {
        JsonNode all = search("");
        assertThat(all.path("total").asLong()).isEqualTo(4);
        assertThat(ids(all)).containsExactlyInAnyOrder(shenzhen, ningbo, dongguan, imported);
    }

    @Test
    void industryTakesIdsCodesAndSeed000ExportIndustries() {
        assertThat(ids(search("&industry=daily-goods"))).containsExactly(shenzhen);
        assertThat(ids(search("&industry=" + industryId("moulds")))).containsExactly(dongguan);
        assertThat(ids(search("&industry=daily-goods&industry=moulds"))).containsExactlyInAnyOrder(shenzhen, dongguan);
        // Seed 000's export industries stand for the industries mapped to them (服装服饰制造 → 纺织服装, 日用百货 → 家居用品).
        assertThat(ids(search("&industry=textiles-apparel"))).containsExactly(ningbo);
        assertThat(ids(search("&industry=home-goods"))).containsExactly(shenzhen);
        assertThat(ids(search("&industry=textiles-apparel&industry=moulds")))
                .containsExactlyInAnyOrder(ningbo, dongguan);
        JsonNode viaExport = search("&industry=textiles-apparel");
        assertThat(selected(viaExport, "industry")).contains(industryId("apparel"));
        // Unknown codes match nothing rather than everything.
        assertThat(search("&industry=no-such-industry").path("total").asLong()).isZero();
    }

    @Test
    void tagsAreOrWithinAndAcrossFiltersAnd() {
        String flask = DirectoryFixtures.categoryId(taxonomy, "保温杯");
        String injection = DirectoryFixtures.categoryId(taxonomy, "注塑模具");
        String producer = DirectoryFixtures.attributeId(taxonomy, "生产型");
        String processing = DirectoryFixtures.attributeId(taxonomy, "代加工型");
        assertThat(ids(search("&tag=" + flask))).containsExactly(shenzhen);
        assertThat(ids(search("&tag=" + flask + "&tag=" + injection))).containsExactlyInAnyOrder(shenzhen, dongguan);
        assertThat(ids(search("&tag=" + producer))).containsExactlyInAnyOrder(shenzhen, dongguan);
        assertThat(ids(search("&tag=" + processing))).containsExactly(ningbo);
        // Tag codes work as well as ids.
        assertThat(ids(search("&tag=daily-goods.vacuum-flask"))).containsExactly(shenzhen);
        // Different filters narrow each other.
        assertThat(ids(search("&tag=" + producer + "&city=4419"))).containsExactly(dongguan);
        assertThat(ids(search("&tag=" + processing + "&province=44"))).isEmpty();
    }

    @Test
    void regionsCitiesProvincesExportCountriesAndVerified() {
        assertThat(ids(search("&region=sub-saharan-africa"))).containsExactly(shenzhen);
        assertThat(ids(search("&region=southeast-asia"))).containsExactly(ningbo);
        assertThat(ids(search("&region=north-america"))).containsExactlyInAnyOrder(shenzhen, dongguan);
        assertThat(ids(search("&region=europe&region=southeast-asia"))).containsExactlyInAnyOrder(shenzhen, ningbo);
        assertThat(ids(search("&exportCountry=us"))).containsExactlyInAnyOrder(shenzhen, dongguan);
        assertThat(ids(search("&city=4403"))).containsExactly(shenzhen);
        assertThat(ids(search("&city=4419"))).containsExactlyInAnyOrder(dongguan, imported);
        assertThat(ids(search("&city=4403&city=3302"))).containsExactlyInAnyOrder(shenzhen, ningbo);
        assertThat(ids(search("&province=44"))).containsExactlyInAnyOrder(shenzhen, dongguan, imported);
        assertThat(ids(search("&verified=true"))).containsExactlyInAnyOrder(shenzhen, ningbo, dongguan);
        assertThat(ids(search("&verified=false"))).containsExactly(imported);
    }

    @Test
    void aFacetsOwnSelectionDoesNotShrinkItsCountsOtherFiltersDo() {
        JsonNode all = search("");
        assertThat(counts(all, "province")).containsEntry("44", 3L).containsEntry("33", 1L);
        assertThat(counts(all, "verified")).containsEntry("true", 3L).containsEntry("false", 1L);

        JsonNode guangdong = search("&province=44");
        assertThat(guangdong.path("total").asLong()).isEqualTo(3);
        // The province facet still offers Zhejiang with its count, and marks Guangdong as chosen.
        assertThat(counts(guangdong, "province")).containsEntry("44", 3L).containsEntry("33", 1L);
        assertThat(selected(guangdong, "province")).containsExactly("44");
        // Every other facet counts within Guangdong only.
        assertThat(counts(guangdong, "city")).containsOnlyKeys("4403", "4419").containsEntry("4419", 2L);
        assertThat(counts(guangdong, "industry")).containsOnlyKeys(industryId("daily-goods"), industryId("moulds"));
        assertThat(counts(guangdong, "region"))
                .doesNotContainKey("southeast-asia")
                .containsEntry("north-america", 2L);
        assertThat(counts(guangdong, "verified")).containsEntry("true", 2L).containsEntry("false", 1L);

        // Two facets chosen: each counts with the other applied, never with itself.
        JsonNode both = search("&province=44&verified=true");
        assertThat(ids(both)).containsExactlyInAnyOrder(shenzhen, dongguan);
        assertThat(counts(both, "province")).containsEntry("44", 2L).containsEntry("33", 1L);
        assertThat(counts(both, "verified")).containsEntry("true", 2L).containsEntry("false", 1L);
        assertThat(counts(both, "city")).containsEntry("4419", 1L).containsEntry("4403", 1L);
        // Labels come in both languages.
        JsonNode ningboCity = null;
        for (JsonNode v : all.path("facets").path("city")) {
            if (v.path("value").asString().equals("3302")) {
                ningboCity = v;
            }
        }
        assertThat(ningboCity.path("labelZh").asString()).isEqualTo("宁波市");
    }

    @Test
    void newestFirstAndMostInquiredFirst() {
        // Listed in the order they were created: the import last.
        assertThat(ids(search("&sort=newest"))).containsExactly(imported, dongguan, ningbo, shenzhen);

        ApiClient buyer = loggedIn("TRADING_COMPANY");
        Map<String, Object> inquiry = Map.of("productName", word, "quantity", 100, "unit", "个", "message", "报价");
        for (String factory : List.of(ningbo, ningbo, shenzhen)) {
            assertThat(buyer.post("/api/directory/factories/" + factory + "/inquiries", inquiry)
                            .status())
                    .isEqualTo(201);
        }
        JsonNode byInquiries = search("&sort=inquiries");
        assertThat(ids(byInquiries)).startsWith(ningbo, shenzhen);
        assertThat(byInquiries.path("items").get(0).path("inquiryCount").asInt())
                .isEqualTo(2);
        List<Integer> counts = new ArrayList<>();
        byInquiries.path("items").forEach(i -> counts.add(i.path("inquiryCount").asInt()));
        assertThat(counts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void pagesSplitTheSameOrderWithoutGapsOrRepeats() {
        List<String> everything = ids(search("&sort=newest"));
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            JsonNode part = client().get("/api/directory/factories?q=" + word + "&sort=newest&size=2&page=" + page)
                    .json();
            assertThat(part.path("total").asLong()).isEqualTo(4);
            assertThat(part.path("page").asInt()).isEqualTo(page);
            assertThat(part.path("size").asInt()).isEqualTo(2);
            assertThat(part.path("items").size()).isEqualTo(2);
            paged.addAll(ids(part));
        }
        assertThat(paged).isEqualTo(everything);
        JsonNode beyond = client().get("/api/directory/factories?q=" + word + "&size=2&page=5")
                .json();
        assertThat(beyond.path("items").size()).isZero();
        assertThat(beyond.path("total").asLong()).isEqualTo(4);
        assertThat(client().get("/api/directory/factories?size=101").status()).isEqualTo(400);
        assertThat(client().get("/api/directory/factories?page=-1").status()).isEqualTo(400);
    }

    @Test
    void nearestFirstFromACityACountyAMunicipalityOrAPoint() {
        // From 深圳: 南山 (its own county's seat), then 东莞, then 宁波 ~1,000 km away; the import has no coordinates.
        JsonNode fromShenzhen = search("&sort=distance&near=4403");
        assertThat(ids(fromShenzhen)).startsWith(shenzhen, dongguan, ningbo);
        List<Double> km = new ArrayList<>();
        fromShenzhen.path("items").forEach(i -> {
            if (!i.path("distanceKm").isNull()) {
                km.add(i.path("distanceKm").asDouble());
            }
        });
        assertThat(km).hasSize(3).isSorted();
        assertThat(km.get(0)).isLessThan(30.0);
        assertThat(km.get(1)).isBetween(40.0, 100.0);
        assertThat(km.get(2)).isBetween(900.0, 1_200.0);

        // From 宁波's 北仑 district, 宁波 comes first; from 北京 (a municipality) the northern one is nearest.
        assertThat(ids(search("&sort=distance&near=330206"))).startsWith(ningbo);
        JsonNode fromBeijing = search("&sort=distance&near=11");
        assertThat(ids(fromBeijing)).startsWith(ningbo);
        assertThat(fromBeijing.path("items").get(0).path("distanceKm").asDouble())
                .isBetween(1_000.0, 1_400.0);
        // Explicit coordinates (东莞 town centre) win over near.
        assertThat(ids(search("&sort=distance&lat=23.02&lng=113.75&near=3302"))).startsWith(dongguan);

        var unknown = client().get("/api/directory/factories?sort=distance&near=9901");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").get(0).path("field").asString())
                .isEqualTo("near");
        assertThat(client().get("/api/directory/factories?sort=distance&near=44")
                        .status())
                .as("a province that is not a municipality has no single point")
                .isEqualTo(400);
    }

    @Test
    void everyCityHasAPointForTheCityPicker() {
        JsonNode provinces = client().get("/api/directory/regions").json().path("provinces");
        int cities = 0;
        List<String> without = new ArrayList<>();
        for (JsonNode province : provinces) {
            if (province.path("municipality").asBoolean()
                    && province.path("lat").isNull()) {
                without.add(province.path("name").asString());
            }
            for (JsonNode city : province.path("cities")) {
                cities++;
                if (city.path("lat").isNull() || city.path("lng").isNull()) {
                    without.add(city.path("code").asString() + " "
                            + city.path("name").asString());
                }
            }
        }
        assertThat(cities).isGreaterThan(330);
        // Every prefecture-level city has one; only county-level cities newer than the shapes lack one (新疆's
        // 胡杨河市, 新星市, 白杨市), and the picker leaves those out.
        assertThat(without).allSatisfy(city -> assertThat(city).matches("65\\d{4} .*"));
        assertThat(without).hasSizeLessThanOrEqualTo(3);
    }
}
