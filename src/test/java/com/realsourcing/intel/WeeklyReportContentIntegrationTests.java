package com.realsourcing.intel;

import static com.realsourcing.intel.ApifyFixtures.importAndWait;
import static com.realsourcing.intel.ApifyFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiTestSupport;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The weekly report's content against figures computed by hand. Week 2021-W10 (8–14 March 2021; the week before:
 * 1–7 March) holds only this test's data (the demo data test owns the days up to July 2020):
 *
 * <pre>
 * account  video day   text / tag                  plays   industry / product / country
 * new      2021-03-09  hoodies, #usa               50,000  textiles-apparel / hoodies / US   (first video: NEW)
 * grower   2021-01-14  LED strip, #nigeria          1,000  (before both weeks)
 * grower   2021-03-03  hoodies, #usa               20,000  textiles-apparel / hoodies / US   (week before)
 * grower   2021-03-10  hoodies, #germany           10,000  textiles-apparel / hoodies / DE
 * steady   2021-01-19  LED strip, #nigeria          5,000  (before both weeks)
 * steady   2021-03-11  LED strip lights, #nigeria   8,000  electronics / led-lighting / NG
 *
 * account figures   before the week (5 March)   end of week (14 March)
 * grower            10,000 followers, 21,000    15,000 followers, 31,000 plays  → +50 % followers: GROWING
 * steady            100,000 followers, 5,000    101,000 followers, 13,000       → +1 %, +8,000 plays: not growing
 * </pre>
 */
class WeeklyReportContentIntegrationTests extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    static Instant at(String day) {
        return Instant.parse(day + "T10:00:00Z");
    }

    void snapshot(String handle, String day, long followers, long plays) {
        jdbc.sql(
                        """
                        insert into intel.account_snapshots (account_id, taken_on, followers, plays)
                        select id, ?::date, ?, ? from intel.accounts where handle = ?
                        """)
                .params(day, followers, plays, handle)
                .update();
    }

    @Test
    void reportsRegionMovementsHotProductsAndNewAndFastGrowingAccounts() {
        String u = Long.toString(System.nanoTime() % 1_000_000_000L);
        String fresh = "wr_new_" + u;
        String grower = "wr_grow_" + u;
        String steady = "wr_steady_" + u;
        String base = "75" + u + "00000";
        importAndWait(
                admin(),
                item(
                        base + "1",
                        fresh,
                        "hoodies factory direct",
                        List.of("usa"),
                        at("2021-03-09"),
                        50_000,
                        1_000,
                        100,
                        100,
                        0),
                item(base + "2", grower, "LED strip", List.of("nigeria"), at("2021-01-14"), 1_000, 10, 1, 1, 0),
                item(base + "3", grower, "hoodies OEM", List.of("usa"), at("2021-03-03"), 20_000, 400, 40, 40, 0),
                item(base + "4", grower, "hoodies OEM", List.of("germany"), at("2021-03-10"), 10_000, 200, 20, 20, 0),
                item(base + "5", steady, "LED strip", List.of("nigeria"), at("2021-01-19"), 5_000, 50, 5, 5, 0),
                item(base + "6", steady, "LED strip lights", List.of("nigeria"), at("2021-03-11"), 8_000, 80, 8, 8, 0));
        snapshot(grower, "2021-03-05", 10_000, 21_000);
        snapshot(grower, "2021-03-14", 15_000, 31_000);
        snapshot(steady, "2021-03-05", 100_000, 5_000);
        snapshot(steady, "2021-03-14", 101_000, 13_000);

        var response = admin().get("/api/weekly-report?week=2021-W10");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.path("from").asString()).isEqualTo("2021-03-08");
        assertThat(report.path("to").asString()).isEqualTo("2021-03-14");

        // region movements per industry: textiles 60,000 plays against 20,000 the week before (+200 %)
        List<JsonNode> industries = new java.util.ArrayList<>();
        report.path("industries").forEach(industries::add);
        assertThat(industries)
                .extracting(i -> i.path("industry").asString())
                .containsExactly("textiles-apparel", "electronics");
        JsonNode textiles = industries.get(0);
        assertThat(textiles.path("total").path("plays").asLong()).isEqualTo(60_000);
        assertThat(textiles.path("total").path("videos").asLong()).isEqualTo(2);
        assertThat(textiles.path("total").path("playsChange").asDouble()).isEqualTo(2.0);
        assertThat(textiles.path("regions").findValuesAsString("region")).containsExactly("north-america", "europe");
        JsonNode northAmerica = textiles.path("regions").get(0);
        assertThat(northAmerica.path("figures").path("plays").asLong()).isEqualTo(50_000);
        assertThat(northAmerica.path("figures").path("playsChange").asDouble()).isEqualTo(1.5);
        assertThat(northAmerica.path("summaryZh").asString()).isEqualTo("北美纺织服装类视频播放量 5万，环比增长 150%");
        JsonNode europe = textiles.path("regions").get(1);
        assertThat(europe.path("figures").path("plays").asLong()).isEqualTo(10_000);
        assertThat(europe.path("figures").path("playsChange").isNull()).isTrue();
        JsonNode electronics = industries.get(1);
        assertThat(electronics.path("total").path("plays").asLong()).isEqualTo(8_000);
        assertThat(electronics.path("regions").findValuesAsString("region")).containsExactly("sub-saharan-africa");

        // hot products: hoodies grew 200 % with 88 % of the plays; LED lighting is new (no growth to speak of)
        JsonNode products = report.path("hotProducts");
        assertThat(products.findValuesAsString("product")).containsExactly("hoodies", "led-lighting");
        assertThat(products.get(0).path("figures").path("plays").asLong()).isEqualTo(60_000);
        assertThat(products.get(0).path("hot").asBoolean()).isTrue();
        assertThat(products.get(0).path("hotReasonZh").asString()).isEqualTo("播放量 6万，较上期增长 200%，占比 88%");
        assertThat(products.get(1).path("figures").path("plays").asLong()).isEqualTo(8_000);
        assertThat(products.get(1).path("hot").asBoolean()).isFalse();

        // emerging: the new account by its week's plays, then the grower (+5,000 followers = +50 %); not the steady one
        JsonNode emerging = report.path("emergingAccounts");
        assertThat(emerging.findValuesAsString("handle")).containsExactly(fresh, grower);
        assertThat(emerging.get(0).path("kind").asString()).isEqualTo("NEW");
        assertThat(emerging.get(0).path("plays").asLong()).isEqualTo(50_000);
        assertThat(emerging.get(0).path("reasonZh").asString()).isEqualTo("新账号：首条视频发布于 2021-03-09");
        JsonNode grown = emerging.get(1);
        assertThat(grown.path("kind").asString()).isEqualTo("GROWING");
        assertThat(grown.path("followersGained").asLong()).isEqualTo(5_000);
        assertThat(grown.path("followersGrowth").asDouble()).isEqualTo(0.5);
        assertThat(grown.path("playsGained").asLong()).isEqualTo(10_000);
        assertThat(grown.path("playsGrowth").asDouble()).isEqualTo(0.4762);
        assertThat(grown.path("videos").asLong()).isEqualTo(1);
        assertThat(grown.path("plays").asLong()).isEqualTo(10_000);
        assertThat(grown.path("reasonZh").asString()).startsWith("快速成长：粉丝一周增长 50%");
    }
}
