package com.realsourcing.intel;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Operators add and correct accounts and videos; the daily figures and account totals follow exactly. */
class CurationApiIntegrationTests extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    static String unique() {
        return Long.toString(7_300_000_000_000_000_000L
                + (System.nanoTime() % 100_000_000_000_000L) * 1000
                + (long) (Math.random() * 1000));
    }

    static Map<String, Object> account(String handle) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("platform", "TIKTOK");
        body.put("handle", "@" + handle);
        body.put("nickname", "Ningbo Knit");
        body.put("profileUrl", "https://www.tiktok.com/@" + handle);
        body.put("bio", "毛衣工厂");
        body.put("followers", 1200);
        body.put("verified", false);
        body.put("seller", false);
        return body;
    }

    /** The daily figure of one slot (videos, plays), or zeros. */
    long[] figure(LocalDate day, String industry, String country, String product) {
        return jdbc.sql(
                        """
                        select coalesce(sum(videos), 0), coalesce(sum(plays), 0) from intel.daily_figures
                        where day = ? and industry = ? and country = ? and product = ?
                        """)
                .params(java.sql.Date.valueOf(day), industry, country, product)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    @Test
    void operatorsAddAndCorrectAccountsFindThemAndHandlesStayUnique() {
        ApiClient admin = admin();
        String handle = "knit_" + unique();

        var created = admin.post("/api/intel/admin/accounts", account(handle));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.text("id");
        assertThat(created.header("Location")).hasValue("/api/intel/admin/accounts/" + id);
        assertThat(created.text("handle")).isEqualTo(handle);
        assertThat(created.json().path("qualityFlags").toString()).contains("UNVERIFIED");
        assertThat(created.json().path("b2bScore").asDouble()).isEqualTo(0.25); // 工厂

        var again = admin.post("/api/intel/admin/accounts", account(handle));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("intel.account-handle-taken");
        var badHandle = admin.post("/api/intel/admin/accounts", account("no spaces allowed"));
        assertThat(badHandle.status()).isEqualTo(400);
        assertThat(badHandle.text("code")).isEqualTo("intel.account-handle-invalid");

        Map<String, Object> correction = account(handle);
        correction.put("nickname", "Ningbo Knitwear Factory");
        correction.put("bio", "OEM sweaters, WhatsApp +86 138");
        correction.put("followers", 5400);
        correction.put("seller", true);
        correction.put("verified", true);
        var updated = admin.put("/api/intel/admin/accounts/" + id, correction);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().path("followers").asLong()).isEqualTo(5400);
        assertThat(updated.json().path("seller").asBoolean()).isTrue();
        assertThat(updated.json().path("b2bSignals").toString()).contains("OEM", "WHATSAPP");
        assertThat(updated.json().path("qualityFlags").toString()).doesNotContain("UNVERIFIED");

        correction.put("factoryId", UUID.randomUUID().toString());
        var unknownFactory = admin.put("/api/intel/admin/accounts/" + id, correction);
        assertThat(unknownFactory.status()).isEqualTo(400);
        assertThat(unknownFactory.text("code")).isEqualTo("intel.factory-not-found");

        JsonNode found =
                admin.get("/api/intel/admin/accounts?q=Knitwear&size=5").json();
        assertThat(found.path("items").findValuesAsString("handle")).contains(handle);
        assertThat(admin.get("/api/intel/admin/accounts?q=nothing-like-this-" + unique())
                        .json()
                        .path("total")
                        .asLong())
                .isZero();

        assertThat(loggedIn("FACTORY")
                        .post("/api/intel/admin/accounts", account("x" + unique()))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void operatorsAddAndCorrectVideosAndTheDailyFiguresMoveExactly() {
        ApiClient admin = admin();
        String handle = "hoodie_" + unique();
        String accountId =
                admin.post("/api/intel/admin/accounts", account(handle)).text("id");
        String videoId = unique();
        Instant published = Instant.now().minus(Duration.ofDays(3));
        LocalDate day = LocalDate.ofInstant(published, ZoneOffset.UTC);
        long[] usBefore = figure(day, "textiles-apparel", "US", "hoodies");
        long[] deBefore = figure(day, "textiles-apparel", "DE", "hoodies");

        Map<String, Object> video = new LinkedHashMap<>();
        video.put("text", "Custom hoodies factory direct #usa");
        video.put("hashtags", List.of("#USA", "hoodies"));
        video.put("plays", 1000);
        video.put("likes", 50);
        video.put("shares", 5);
        video.put("comments", 5);
        video.put("saves", 0);
        var created = admin.post(
                "/api/intel/admin/videos",
                Map.of(
                        "accountId",
                        accountId,
                        "url",
                        "https://www.tiktok.com/@" + handle + "/video/" + videoId,
                        "publishedAt",
                        published.toString(),
                        "video",
                        video));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("video").path("id").asString();
        assertThat(created.header("Location")).hasValue("/api/intel/videos/" + id);
        // labelled by the rules like an imported video, and counted in the daily figures
        assertThat(created.json().path("video").path("product").asString()).isEqualTo("hoodies");
        assertThat(created.json().path("video").path("country").asString()).isEqualTo("US");
        assertThat(created.json().path("hashtags").toString()).isEqualTo("[\"usa\",\"hoodies\"]");
        long[] us = figure(day, "textiles-apparel", "US", "hoodies");
        assertThat(us).containsExactly(usBefore[0] + 1, usBefore[1] + 1000);

        var twice = admin.post(
                "/api/intel/admin/videos",
                Map.of("accountId", accountId, "url", videoId, "publishedAt", published.toString(), "video", video));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text("code")).isEqualTo("intel.video-exists");

        // metrics and target country corrected: the video moves from US to DE with its new plays
        var corrected = admin.put(
                "/api/intel/admin/videos/" + id, Map.of("plays", 4000, "likes", 80, "country", "de", "note", "展会"));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().path("video").path("plays").asLong()).isEqualTo(4000);
        assertThat(corrected.json().path("video").path("country").asString()).isEqualTo("DE");
        assertThat(corrected.json().path("video").path("text").asString())
                .isEqualTo("Custom hoodies factory direct #usa");
        assertThat(figure(day, "textiles-apparel", "US", "hoodies")).containsExactly(usBefore[0], usBefore[1]);
        assertThat(figure(day, "textiles-apparel", "DE", "hoodies"))
                .containsExactly(deBefore[0] + 1, deBefore[1] + 4000);
        assertThat(jdbc.sql("select plays_total from intel.accounts where id = ?::uuid")
                        .param(accountId)
                        .query(Long.class)
                        .single())
                .isEqualTo(4000);
        assertThat(jdbc.sql("select count(*) from intel.video_snapshots where video_id = ?::uuid")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        var unknownProduct = admin.put("/api/intel/admin/videos/" + id, Map.of("product", "spaceships"));
        assertThat(unknownProduct.status()).isEqualTo(400);
        assertThat(unknownProduct.text("code")).isEqualTo("intel.product-unknown");

        // pickers: the account's videos, and a video by its TikTok link
        JsonNode ofAccount =
                admin.get("/api/intel/admin/videos?accountId=" + accountId).json();
        assertThat(ofAccount.path("total").asLong()).isEqualTo(1);
        assertThat(ofAccount.path("items").get(0).path("id").asString()).isEqualTo(id);
        JsonNode byLink = admin.get("/api/intel/admin/videos?q=https://www.tiktok.com/@" + handle + "/video/" + videoId)
                .json();
        assertThat(byLink.path("items").findValuesAsString("id")).containsExactly(id);
    }

    @Test
    void curationCsvCorrectsProfilesAndMetricsThroughTheSameRules() {
        ApiClient admin = admin();
        String handle = "csvcur_" + unique();
        String accountId =
                admin.post("/api/intel/admin/accounts", account(handle)).text("id");
        String videoId = unique();
        Instant published = Instant.now().minus(Duration.ofDays(2));
        var created = admin.post(
                "/api/intel/admin/videos",
                Map.of(
                        "accountId",
                        accountId,
                        "url",
                        videoId,
                        "publishedAt",
                        published.toString(),
                        "video",
                        Map.of("text", "LED strip lights wholesale #nigeria", "plays", 300)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String csv = "handle,followers,seller,video_url,plays,text\n"
                + handle + ",9.9K,yes," + videoId + ",2500,LED strips OEM #nigeria\n"
                + handle + ",,maybe,,,\n";

        var accepted = admin.postMultipart(
                "/api/intel/imports",
                "file",
                "curation.csv",
                csv.getBytes(StandardCharsets.UTF_8),
                Map.of("format", "curation-csv"));
        assertThat(accepted.status()).isEqualTo(202);
        JsonNode job = null;
        for (int i = 0; i < 300; i++) {
            job = admin.get("/api/intel/imports/" + accepted.text("id")).json();
            if (job.path("status").asString().matches("DONE|FAILED")) {
                break;
            }
            sleep();
        }
        assertThat(job.path("updated").asInt()).as(job.toString()).isEqualTo(1);
        assertThat(job.path("errors").findValuesAsString("code")).containsExactly("intel.row.flag-invalid");
        JsonNode account = admin.get("/api/intel/admin/accounts/" + accountId).json();
        assertThat(account.path("followers").asLong()).isEqualTo(9900);
        assertThat(account.path("seller").asBoolean()).isTrue();
        assertThat(account.path("plays").asLong()).isEqualTo(2500);
        JsonNode details = admin.get("/api/intel/videos/"
                        + created.json().path("video").path("id").asString())
                .json();
        assertThat(details.path("video").path("plays").asLong()).isEqualTo(2500);
        assertThat(details.path("video").path("text").asString()).isEqualTo("LED strips OEM #nigeria");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
