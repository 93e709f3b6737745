package com.realsourcing.intel;

import static com.realsourcing.intel.ApifyFixtures.daysAgo;
import static com.realsourcing.intel.ApifyFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The seed routes against hand-computed totals. The items target New Zealand and Iceland, which no other test
 * uses, so the figures of those two countries are exactly these items.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntelSearchApiIntegrationTests extends ApiTestSupport {

    String handle;

    @BeforeAll
    void importItems() throws InterruptedException {
        String base = Long.toString(7_300_000_000_000_000_000L + System.nanoTime() % 1_000_000_000_000L * 1000);
        handle = "search_" + base;
        String json = ApifyFixtures.array(
                        // current 30 days, New Zealand: 2 videos
                        item(
                                base + "1",
                                handle,
                                "Hoodie factory OEM",
                                List.of("hoodies", "newzealand"),
                                daysAgo(2),
                                10_000,
                                500,
                                50,
                                20,
                                30),
                        item(
                                base + "2",
                                handle + "_b",
                                "Hoodies wholesale",
                                List.of("newzealand"),
                                daysAgo(5),
                                3_552_000,
                                100_000,
                                1_000,
                                500,
                                500),
                        // current 30 days, Iceland: 1 video (t-shirts)
                        item(
                                base + "3",
                                handle,
                                "T-shirt printing factory",
                                List.of("iceland"),
                                daysAgo(3),
                                20_000,
                                1_000,
                                100,
                                50,
                                50),
                        // previous 30 days, New Zealand
                        item(
                                base + "4",
                                handle,
                                "Hoodie factory",
                                List.of("newzealand"),
                                daysAgo(40),
                                1_000_000,
                                10_000,
                                100,
                                100,
                                100))
                .toString();
        ApiClient admin = admin();
        var accepted = admin.postMultipart(
                "/api/intel/imports",
                "file",
                "search.json",
                json.getBytes(StandardCharsets.UTF_8),
                Map.of("format", "apify-json"));
        assertThat(accepted.status()).isEqualTo(202);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!admin.get("/api/intel/imports/" + accepted.text("id"))
                .text("status")
                .equals("DONE")) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.path(field).asString().equals(value)) {
                return node;
            }
        }
        throw new AssertionError(value + " not in " + array);
    }

    @Test
    void searchingTextilesGivesCountryTotalsWithChangeAgainstThePreviousPeriod() {
        var response = loggedIn("FACTORY").post("/api/search/industry", Map.of("keyword", "纺织", "period", "30d"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.path("industry").asString()).isEqualTo("textiles-apparel");
        JsonNode nz = find(body.path("countries"), "country", "NZ");
        assertThat(nz.path("nameZh").asString()).isEqualTo("新西兰");
        assertThat(nz.path("region").asString()).isEqualTo("oceania");
        JsonNode f = nz.path("figures");
        assertThat(f.path("videos").asLong()).isEqualTo(2);
        assertThat(f.path("plays").asLong()).isEqualTo(3_562_000);
        assertThat(f.path("playsText").asString()).isEqualTo("356.2万");
        assertThat(f.path("likes").asLong()).isEqualTo(100_500);
        assertThat(f.path("shares").asLong()).isEqualTo(1_050);
        assertThat(f.path("engagementRate").asDouble())
                .isCloseTo((100_500 + 1_050 + 520 + 530) / 3_562_000.0, within(0.0001));
        assertThat(f.path("playsChange").asDouble()).isCloseTo(2.562, within(0.0001));
        assertThat(f.path("videosChange").asDouble()).isCloseTo(1.0, within(0.0001));
        JsonNode iceland = find(body.path("countries"), "country", "IS");
        assertThat(iceland.path("figures").path("plays").asLong()).isEqualTo(20_000);
        assertThat(iceland.path("figures").path("playsChange").isNull()).isTrue();
        assertThat(body.path("countryAdvice").toString()).contains("NZ");
        // The synthetic table, or an imported one when TradeFlowsIntegrationTests ran first: either way named.
        assertThat(body.path("tradeDataNote").asString()).contains("贸易流量");
    }

    @Autowired
    com.realsourcing.intel.domain.MarketQueries market;

    @Test
    void thePostersOverviewHasTheSearchsFiguresWithoutRankingAccountsOrAdvising() {
        var query = new com.realsourcing.intel.domain.MarketQueries.SearchQuery(
                null, "textiles-apparel", "oceania", null, null, "30d");

        var whole = market.search(query);
        var overview = market.overview(query);

        assertThat(overview.total()).isEqualTo(whole.total());
        assertThat(overview.countries()).isEqualTo(whole.countries());
        assertThat(overview.regions()).isEqualTo(whole.regions());
        assertThat(overview.topVideos()).isEqualTo(whole.topVideos());
        assertThat(overview.hotProducts()).isEqualTo(whole.hotProducts());
        assertThat(overview.countries()).extracting(c -> c.country()).contains("NZ");
        assertThat(whole.topAccounts()).isNotEmpty();
        assertThat(overview.topAccounts()).isEmpty();
        assertThat(overview.countryAdvice()).isEmpty();
        assertThat(overview.regionAdvice()).isEmpty();
    }

    @Test
    void manySearchesAtOnceAnswerAsOneAlone() throws Exception {
        // more searches than the parts' threads: the parts no thread takes run on the searching threads
        var query = new com.realsourcing.intel.domain.MarketQueries.SearchQuery(
                null, "textiles-apparel", null, null, null, "30d");
        var alone = market.search(query);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 24; i++) {
                answers.add(pool.submit(() -> market.search(query)));
            }
            for (var answer : answers) {
                assertThat(answer.get(30, java.util.concurrent.TimeUnit.SECONDS))
                        .isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(alone.topAccounts()).isNotEmpty();
        assertThat(alone.countries()).isNotEmpty();
    }

    @Test
    void regionAndCountryFiltersNarrowTheSliceAndSummariseIn万() {
        var response = loggedIn("TRADING_COMPANY")
                .post("/api/search/industry", Map.of("industry", "textiles-apparel", "country", "NZ"));

        JsonNode body = response.json();
        assertThat(body.path("country").asString()).isEqualTo("NZ");
        assertThat(body.path("region").asString()).isEqualTo("oceania");
        assertThat(body.path("total").path("plays").asLong()).isEqualTo(3_562_000);
        assertThat(body.path("regions")).hasSize(1);
        assertThat(body.path("regions").get(0).path("summaryZh").asString()).isEqualTo("大洋洲纺织服装类视频播放量 356.2万");
        assertThat(body.path("topVideos").get(0).path("plays").asLong()).isEqualTo(3_552_000);
        assertThat(body.path("topVideos").get(0).path("accountHandle").asString())
                .isEqualTo(handle + "_b");
        assertThat(body.path("topAccounts").get(0).path("handle").asString()).isEqualTo(handle + "_b");
        assertThat(body.path("topAccounts").get(0).path("b2bSignals").toString())
                .contains("OEM", "WHATSAPP");
        JsonNode hoodies = find(body.path("hotProducts"), "product", "hoodies");
        assertThat(hoodies.path("figures").path("plays").asLong()).isEqualTo(3_562_000);
        assertThat(hoodies.path("hot").asBoolean()).isTrue();
        assertThat(hoodies.path("hotReasonZh").asString()).contains("356.2万");
    }

    @Test
    void hotProductsRankTheRegionsProductsWithSampleVideos() {
        var response = loggedIn("BRAND").get("/api/hot-products?industry=textiles-apparel&region=oceania&period=30d");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode first = response.json().path("products").get(0);
        assertThat(first.path("product").asString()).isEqualTo("hoodies");
        assertThat(first.path("nameZh").asString()).isEqualTo("卫衣");
        assertThat(first.path("hsChapter").asString()).isEqualTo("61");
        assertThat(first.path("figures").path("playsChange").asDouble()).isCloseTo(2.562, within(0.0001));
        assertThat(first.path("sampleVideos").get(0).path("plays").asLong()).isEqualTo(3_552_000);
    }

    @Test
    void unknownIndustryRegionOrPeriodAreRefusedListingTheValidValues() {
        ApiClient client = loggedIn("FACTORY");
        var industry = client.post("/api/search/industry", Map.of("industry", "spaceships"));
        assertThat(industry.status()).isEqualTo(400);
        assertThat(industry.text("code")).isEqualTo("intel.industry-unknown");
        assertThat(industry.json().path("validValues").toString()).contains("textiles-apparel", "electronics");
        assertThat(industry.json().path("errors").get(0).path("field").asString())
                .isEqualTo("industry");
        assertThat(industry.text("detail")).contains("spaceships", "textiles-apparel");

        var region = client.get("/api/hot-products?region=atlantis");
        assertThat(region.status()).isEqualTo(400);
        assertThat(region.json().path("validValues").toString()).contains("north-america", "europe", "southeast-asia");

        var period = client.post("/api/search/industry", Map.of("industry", "electronics", "period", "forever"));
        assertThat(period.status()).isEqualTo(400);
        assertThat(period.text("code")).isEqualTo("intel.period-invalid");

        var keyword = client.post("/api/search/industry", Map.of("keyword", "火箭发动机"));
        assertThat(keyword.text("code")).isEqualTo("intel.keyword-unmatched");
    }

    @Test
    void weeklyReportOfTheLastWeekAndA404ForAFutureWeek() {
        ApiClient client = loggedIn("FACTORY");
        var latest = client.get("/api/weekly-report");
        assertThat(latest.status()).as(latest.body()).isEqualTo(200);
        assertThat(latest.text("week")).matches("\\d{4}-W\\d{2}");
        assertThat(latest.json().path("complete").asBoolean()).isTrue();

        var future = client.get("/api/weekly-report?week=2099-W01");
        assertThat(future.status()).isEqualTo(404);
        assertThat(future.text("code")).isEqualTo("intel.week-in-future");
        assertThat(future.text("detail")).contains("2099-W01");

        assertThat(client.get("/api/weekly-report?week=last-week").status()).isEqualTo(400);
    }

    @Test
    void operatorsGenerateAWeeksReportAsANewVersionThatReadersThenGet() {
        var generated = admin().post("/api/intel/weekly-reports?week=2026-W45", null);
        assertThat(generated.status()).as(generated.body()).isEqualTo(201);
        int version = generated.json().path("version").asInt();
        assertThat(version).isPositive();
        assertThat(generated.header("Location")).hasValue("/api/weekly-report?week=2026-W45");

        var read = loggedIn("FACTORY").get("/api/weekly-report?week=2026-W45");
        assertThat(read.json().path("version").asInt()).isEqualTo(version);
        assertThat(read.text("week")).isEqualTo("2026-W45");
        assertThat(loggedIn("FACTORY").post("/api/intel/weekly-reports", null).status())
                .isEqualTo(403);
    }

    @Test
    void onlyOrganisationsWithExportIntelligenceRead() {
        assertThat(loggedIn("WORKER")
                        .post("/api/search/industry", Map.of("keyword", "纺织"))
                        .status())
                .isEqualTo(403);
        assertThat(loggedIn("CREATOR").get("/api/hot-products").status()).isEqualTo(403);
        assertThat(admin().get("/api/hot-products").status()).isEqualTo(200);
    }

    @Test
    void theTrendLineSumsEachDayOfTheSliceBesideThePreviousPeriod() {
        var response = loggedIn("FACTORY").get("/api/intel/trends?industry=textiles-apparel&country=NZ&period=30d");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode days = response.json().path("days");
        assertThat(days.size()).isEqualTo(30);
        long plays = 0;
        long videos = 0;
        long previous = 0;
        for (JsonNode day : days) {
            plays += day.path("plays").asLong();
            videos += day.path("videos").asLong();
            previous += day.path("previousPlays").asLong();
        }
        // the two New Zealand videos of the last 30 days, and the one 40 days ago
        assertThat(plays).isEqualTo(3_562_000);
        assertThat(videos).isEqualTo(2);
        assertThat(previous).isEqualTo(1_000_000);
    }
}
