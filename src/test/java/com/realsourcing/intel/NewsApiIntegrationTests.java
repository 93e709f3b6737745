package com.realsourcing.intel;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Industry and policy news: operators' items with their checks, feeds through the sandbox port, the weekly report. */
class NewsApiIntegrationTests extends ApiTestSupport {

    static Map<String, Object> item(String title, String link, String industry, LocalDate date) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("summary", "自 12 月 1 日起执行。");
        body.put("source", "商务部");
        body.put("link", link);
        body.put("industry", industry);
        body.put("publishedOn", date.toString());
        return body;
    }

    @Test
    void operatorsKeepNewsThatReadersFilterByIndustryAndTheWeeklyReportCarries() {
        ApiClient admin = admin();
        String unique = Long.toString(System.nanoTime());
        // 2026-W44 runs from Monday 26 October to Sunday 1 November.
        var created = admin.post(
                "/api/intel/admin/news",
                item("纺织品出口退税率调整 " + unique, "https://news.example.cn/" + unique, "纺织服装", LocalDate.of(2026, 10, 28)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("industry")).as("the Chinese name is accepted").isEqualTo("textiles-apparel");
        assertThat(created.text("industryNameZh")).isEqualTo("纺织服装");
        String id = created.text("id");

        var duplicate = admin.post(
                "/api/intel/admin/news",
                item("again", "https://news.example.cn/" + unique, null, LocalDate.of(2026, 10, 28)));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().path("errors").get(0).path("field").asString())
                .isEqualTo("link");

        var future = admin.post(
                "/api/intel/admin/news",
                item("later", "https://news.example.cn/f" + unique, null, LocalDate.of(2099, 1, 1)));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.text("code")).isEqualTo("intel.news-date-in-future");
        var badLink = admin.language("en-US")
                .post("/api/intel/admin/news", item("x", "ftp://example.cn/x", null, LocalDate.of(2026, 10, 28)));
        assertThat(badLink.status()).isEqualTo(400);
        assertThat(badLink.json().path("errors").get(0).path("field").asString())
                .isEqualTo("link");
        var badIndustry = admin.post(
                "/api/intel/admin/news",
                item("x", "https://news.example.cn/i" + unique, "spaceships", LocalDate.of(2026, 10, 28)));
        assertThat(badIndustry.status()).isEqualTo(400);
        assertThat(badIndustry.json().path("validValues").toString()).contains("textiles-apparel");

        ApiClient reader = loggedIn("FACTORY");
        assertThat(titles(reader.get("/api/intel/news?industry=textiles-apparel&size=100")
                        .json()))
                .contains("纺织品出口退税率调整 " + unique);
        assertThat(titles(reader.get("/api/intel/news?industry=electronics&size=100")
                        .json()))
                .doesNotContain("纺织品出口退税率调整 " + unique);
        assertThat(reader.post("/api/intel/admin/news", item("x", "https://x.cn/" + unique, null, LocalDate.now()))
                        .status())
                .isEqualTo(403);

        var generated = admin.post("/api/intel/weekly-reports?week=2026-W44", null);
        assertThat(generated.status()).as(generated.body()).isEqualTo(201);
        assertThat(generated.json().path("news").findValuesAsString("title")).contains("纺织品出口退税率调整 " + unique);

        var edited = admin.put(
                "/api/intel/admin/news/" + id,
                item(
                        "纺织品出口退税率调整（更正） " + unique,
                        "https://news.example.cn/" + unique,
                        "textiles-apparel",
                        LocalDate.of(2026, 10, 28)));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(admin.delete("/api/intel/admin/news/" + id).status()).isEqualTo(204);
        assertThat(admin.delete("/api/intel/admin/news/" + id).status()).isEqualTo(404);
    }

    @Test
    void aFeedIsFetchedThroughThePortOnceForEachItem() {
        ApiClient admin = admin();
        String url = "https://feeds.example.cn/" + System.nanoTime() + "/rss.xml";
        var feed = admin.post(
                "/api/intel/admin/news-feeds", Map.of("name", "示例外贸资讯", "url", url, "industry", "electronics"));
        assertThat(feed.status()).as(feed.body()).isEqualTo(201);
        assertThat(admin.post("/api/intel/admin/news-feeds", Map.of("name", "again", "url", url))
                        .status())
                .isEqualTo(409);
        String feedId = feed.text("id");

        JsonNode first = admin.post("/api/intel/admin/news-feeds/" + feedId + "/fetch", null)
                .json();
        assertThat(first.path("added").asInt()).isEqualTo(3);
        JsonNode second = admin.post("/api/intel/admin/news-feeds/" + feedId + "/fetch", null)
                .json();
        assertThat(second.path("added").asInt())
                .as("the same entries again add nothing")
                .isZero();
        assertThat(second.path("known").asInt()).isEqualTo(3);

        JsonNode listed = loggedIn("FACTORY")
                .get("/api/intel/news?industry=electronics&size=100")
                .json();
        assertThat(listed.path("items").findValuesAsString("source")).contains("示例外贸资讯");
        assertThat(admin.get("/api/intel/admin/news-feeds").json().findValuesAsString("url"))
                .contains(url);
        assertThat(admin.delete("/api/intel/admin/news-feeds/" + feedId).status())
                .isEqualTo(204);
    }

    private static java.util.List<String> titles(JsonNode page) {
        return page.path("items").findValuesAsString("title");
    }
}
