package com.realsourcing.intel;

import static com.realsourcing.intel.ApifyFixtures.daysAgo;
import static com.realsourcing.intel.ApifyFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Imports through the HTTP API: background jobs, bad rows with line numbers, idempotent re-import, curation. */
class IntelImportApiIntegrationTests extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    static String uniqueId() {
        return Long.toString(7_400_000_000_000_000_000L
                + (System.nanoTime() % 100_000_000_000_000L) * 1000
                + (long) (Math.random() * 1000));
    }

    JsonNode importAndWait(ApiClient client, String format, String filename, String content) {
        var accepted = client.postMultipart(
                "/api/intel/imports",
                "file",
                filename,
                content.getBytes(StandardCharsets.UTF_8),
                Map.of("format", format));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.header("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("/api/intel/imports/"));
        String id = accepted.text("id");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = client.get("/api/intel/imports/" + id).json();
            String status = job.path("status").asString();
            if (status.equals("DONE") || status.equals("FAILED")) {
                return job;
            }
            sleep();
        }
        throw new AssertionError("import did not finish");
    }

    /** The line on which the n-th element of a pretty-printed array opens. */
    static int lineOfItem(String json, int n) {
        List<String> lines = json.lines().toList();
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i); // top-level elements open at column 0, nested ones are indented
            if (line.equals("[ {") || line.equals("}, {")) {
                if (++seen == n) {
                    return i + 1;
                }
            }
        }
        throw new AssertionError("no item " + n);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void importsGoodItemsReportsBadOnesWithLineNumbersAndReimportsWithoutDuplicates() {
        ApiClient admin = admin();
        String a = uniqueId();
        String b = uniqueId();
        ObjectNode stringCounts = item(
                a,
                "importtest_" + a,
                "Hoodie factory OEM",
                List.of("hoodies", "usa"),
                daysAgo(2),
                1_000,
                100,
                10,
                5,
                5);
        stringCounts.put("playCount", "1.2K");
        ObjectNode mangled = item(
                b, "importtest_" + a, "LED strip wholesale", List.of("nigeria"), daysAgo(3), 2_000, 200, 20, 10, 10);
        mangled.put("id", "7.4E+18");
        ObjectNode noTime = item(uniqueId(), "importtest_" + a, "x", List.of(), daysAgo(1), 1, 1, 1, 1, 1);
        noTime.remove("createTime");
        noTime.remove("createTimeISO");
        String json =
                ApifyFixtures.array(stringCounts, mangled, noTime, stringCounts).toPrettyString();

        JsonNode job = importAndWait(admin, "apify-json", "items.json", json);

        assertThat(job.path("status").asString()).isEqualTo("DONE");
        assertThat(job.path("progress").asInt()).isEqualTo(100);
        assertThat(job.path("totalRows").asInt()).isEqualTo(4);
        assertThat(job.path("inserted").asInt()).isEqualTo(2);
        assertThat(job.path("duplicates").asInt()).isEqualTo(1);
        assertThat(job.path("failed").asInt()).isEqualTo(1);
        JsonNode error = job.path("errors").get(0);
        assertThat(error.path("code").asString()).isEqualTo("intel.row.time-missing");
        assertThat(error.path("reason").asString()).isEqualTo("缺少 createTime 和 createTimeISO。");
        assertThat(admin().language("en-US")
                        .get("/api/intel/imports/" + job.path("id").asString())
                        .json()
                        .path("errors")
                        .get(0)
                        .path("reason")
                        .asString())
                .as("row errors are shown in the reader's language")
                .isEqualTo("Missing createTime and createTimeISO.");
        assertThat(error.path("line").asInt()).as(json).isEqualTo(lineOfItem(json, 3));

        // the raw payload is kept: the upload as received, bad rows included, for the operators who may import
        var source = admin.getBytes("/api/intel/imports/" + job.path("id").asString() + "/source");
        assertThat(source.status()).isEqualTo(200);
        assertThat(source.contentType()).startsWith("application/json");
        assertThat(source.raw().headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("attachment", ".json"));
        assertThat(source.body()).isEqualTo(json.getBytes(StandardCharsets.UTF_8));
        assertThat(loggedIn("FACTORY")
                        .getBytes("/api/intel/imports/" + job.path("id").asString() + "/source")
                        .status())
                .isEqualTo(403);
        assertThat(admin.get("/api/intel/imports/" + UUID.randomUUID() + "/source")
                        .text("code"))
                .isEqualTo("intel.import-not-found");

        UUID video = jdbc.sql("select id from intel.videos where platform_video_id = ?")
                .param(a)
                .query(UUID.class)
                .single();
        assertThat(jdbc.sql("select plays from intel.videos where id = ?")
                        .param(video)
                        .query(Long.class)
                        .single())
                .isEqualTo(1_200L);
        assertThat(jdbc.sql("select count(*) from intel.videos where platform_video_id = ?")
                        .param(b)
                        .query(Long.class)
                        .single())
                .as("the id is re-derived from webVideoUrl")
                .isEqualTo(1L);

        // an operator corrects the country; a re-import updates metrics, adds a snapshot, keeps the manual label
        var labelled =
                admin.put("/api/intel/admin/videos/" + video + "/labels", Map.of("country", "DE", "note", "客户确认德国"));
        assertThat(labelled.status()).as(labelled.body()).isEqualTo(200);
        stringCounts.put("playCount", 5_000);
        JsonNode again = importAndWait(
                admin,
                "apify-json",
                "again.json",
                ApifyFixtures.array(stringCounts).toString());
        assertThat(again.path("updated").asInt()).isEqualTo(1);
        assertThat(again.path("inserted").asInt()).isZero();

        JsonNode details = admin.get("/api/intel/videos/" + video).json();
        assertThat(details.path("video").path("plays").asLong()).isEqualTo(5_000);
        assertThat(details.path("video").path("country").asString()).isEqualTo("DE");
        assertThat(details.path("region").asString()).isEqualTo("europe");
        assertThat(details.path("snapshots")).hasSize(2);
        assertThat(details.path("labels").toString()).contains("MANUAL", "客户确认德国", "RULE", "#usa");
        assertThat(jdbc.sql("select count(*) from intel.videos where platform_video_id = ?")
                        .param(a)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        // the account's plays follow its videos, and its figures of the day are recorded once the import ends
        assertThat(jdbc.sql(
                                """
                                select a.plays_total || ' ' || s.plays || ' ' || s.followers from intel.accounts a
                                join intel.account_snapshots s on s.account_id = a.id
                                where a.handle = ? and s.taken_on = (now() at time zone 'UTC')::date
                                """)
                        .param("importtest_" + a)
                        .query(String.class)
                        .list())
                .containsExactly("7000 7000 "
                        + jdbc.sql("select followers from intel.accounts where handle = ?")
                                .param("importtest_" + a)
                                .query(Long.class)
                                .single());
    }

    @Test
    void jsonLinesKeepGoingPastABrokenLine() {
        String a = uniqueId();
        String b = uniqueId();
        String lines = item(a, "jsonl_" + a, "CNC lathe", List.of(), daysAgo(1), 10, 1, 1, 1, 1) + "\n"
                + "{\"id\": \"broken\n"
                + item(b, "jsonl_" + a, "CNC lathe", List.of(), daysAgo(1), 10, 1, 1, 1, 1) + "\n";

        JsonNode job = importAndWait(admin(), "apify-json", "items.jsonl", lines);

        assertThat(job.path("inserted").asInt()).isEqualTo(2);
        assertThat(job.path("failed").asInt()).isEqualTo(1);
        assertThat(job.path("errors").get(0).path("line").asInt()).isEqualTo(2);
        assertThat(job.path("errors").get(0).path("code").asString()).isEqualTo("intel.row.json-malformed");
        assertThat(job.path("errors").get(0).path("reason").asString()).startsWith("JSON 格式错误");
    }

    @Test
    void filesSavedWithAByteOrderMarkImportAsArraysAndAsLines() {
        String a = uniqueId();
        String b = uniqueId();
        String array = "\uFEFF[" + item(a, "bom_" + a, "CNC lathe", List.of(), daysAgo(1), 10, 1, 1, 1, 1) + "]";
        String lines = "\uFEFF" + item(b, "bom_" + a, "CNC lathe", List.of(), daysAgo(1), 10, 1, 1, 1, 1) + "\n";

        for (String content : List.of(array, lines)) {
            JsonNode job = importAndWait(admin(), "apify-json", "bom.json", content);
            assertThat(job.path("inserted").asInt()).as(job.toString()).isEqualTo(1);
            assertThat(job.path("failed").asInt()).isZero();
        }
    }

    @Test
    void apifyCsvExportWithMangledIdsAndStringCounts() {
        String a = uniqueId();
        String handle = "csvtest_" + a;
        String csv = "id,text,createTime,webVideoUrl,authorMeta/name,authorMeta/fans,playCount,diggCount,shareCount,"
                + "commentCount,collectCount,hashtags/0/name,videoMeta/duration\n"
                + "7.4E+18,\"Solar panel factory, \"\"OEM\"\"\"," + daysAgo(2).getEpochSecond()
                + ",https://www.tiktok.com/@" + handle + "/video/" + a + "," + handle + ",12.5K,1.2M,3000,12,4,9,"
                + "dubai,30\n"
                + "7.4E+18,no url or id," + daysAgo(2).getEpochSecond() + ",," + handle + ",1,1,1,1,1,1,,\n";

        JsonNode job = importAndWait(admin(), "apify-csv", "dataset.csv", csv);

        assertThat(job.path("inserted").asInt()).as(job.toString()).isEqualTo(1);
        assertThat(job.path("failed").asInt()).isEqualTo(1);
        assertThat(job.path("errors").get(0).path("line").asInt()).isEqualTo(3);
        var source = admin().getBytes("/api/intel/imports/" + job.path("id").asString() + "/source");
        assertThat(source.contentType()).startsWith("text/csv");
        assertThat(source.text()).as("the CSV export as received").isEqualTo(csv);
        var row = jdbc.sql(
                        "select plays, likes, country, industry, product from intel.videos where platform_video_id = ?")
                .param(a)
                .query((rs, n) ->
                        List.of(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .single();
        assertThat(row).containsExactly(1_200_000L, 3_000L, "AE", "electronics", "solar");
        assertThat(jdbc.sql("select followers from intel.accounts where handle = ?")
                        .param(handle)
                        .query(Long.class)
                        .single())
                .isEqualTo(12_500L);
    }

    @Test
    void curationCsvLinksFactoriesAndLabelsVideos() {
        String a = uniqueId();
        String handle = "curation_" + a;
        importAndWait(
                admin(),
                "apify-json",
                "items.json",
                ApifyFixtures.array(item(a, handle, "ootd", List.of(), daysAgo(1), 10, 1, 1, 1, 1))
                        .toString());
        UUID factory = UUID.randomUUID();
        String csv = "handle,factory_id,video_url,industry,product,country,note\n"
                + "@" + handle + "," + factory + ",https://www.tiktok.com/@" + handle + "/video/" + a
                + ",textiles-apparel,dresses,FR,checked\n"
                + "nobody_" + a + ",,,,,,\n"
                + handle + ",,https://www.tiktok.com/@" + handle + "/video/" + a + ",spaceships,,,\n";

        JsonNode job = importAndWait(admin(), "curation-csv", "curation.csv", csv);

        assertThat(job.path("updated").asInt()).as(job.toString()).isEqualTo(1);
        assertThat(job.path("failed").asInt()).isEqualTo(2);
        assertThat(job.path("errors").findValuesAsString("code"))
                .containsExactly("intel.row.account-unknown", "intel.industry-unknown");
        assertThat(job.path("errors").get(1).path("reason").asString()).contains("spaceships", "textiles-apparel");
        var row = jdbc.sql(
                        "select industry, product, country, industry_source from intel.videos where platform_video_id = ?")
                .param(a)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .single();
        assertThat(row).containsExactly("textiles-apparel", "dresses", "FR", "MANUAL");
        JsonNode figures =
                admin().get("/api/intel/factories/" + factory + "/figures").json();
        assertThat(figures.path("accounts").get(0).path("handle").asString()).isEqualTo(handle);
        assertThat(figures.path("videos30d").asLong()).isEqualTo(1);
    }

    @Test
    void unknownFormatIsRefusedListingTheValidOnesAndOnlyOperatorsImport() {
        var refused = admin().postMultipart(
                        "/api/intel/imports", "file", "x.xml", "<x/>".getBytes(), Map.of("format", "xml"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("code")).isEqualTo("intel.import-format-unknown");
        assertThat(refused.json().path("validValues").toString()).contains("apify-json", "apify-csv", "curation-csv");

        var factory = loggedIn("FACTORY")
                .postMultipart("/api/intel/imports", "file", "x.json", "[]".getBytes(), Map.of("format", "apify-json"));
        assertThat(factory.status()).isEqualTo(403);
    }
}
