package com.realsourcing.intel;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Items in the documented shape of the Apify TikTok scraper's dataset (see fixtures/apify/items-shape-sample.json). */
public final class ApifyFixtures {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ApifyFixtures() {}

    public static ObjectNode item(
            String videoId,
            String handle,
            String text,
            List<String> hashtags,
            Instant created,
            long plays,
            long likes,
            long shares,
            long comments,
            long saves) {
        ObjectNode item = NODES.objectNode();
        item.put("id", videoId);
        item.put("text", text);
        item.put("textLanguage", "en");
        item.put("createTime", created.getEpochSecond());
        item.put("createTimeISO", created.toString());
        item.put("isAd", false);
        ObjectNode author = item.putObject("authorMeta");
        author.put("id", "6733984297591636998");
        author.put("name", handle);
        author.put("profileUrl", "https://www.tiktok.com/@" + handle);
        author.put("nickName", handle + " Factory");
        author.put("verified", false);
        author.put("signature", "OEM ODM factory, MOQ 100 pcs. WhatsApp +86 138 0000 0000");
        author.putNull("bioLink");
        author.put("fans", 12_000);
        author.put("heart", 300_000);
        author.put("video", 120);
        item.put("webVideoUrl", "https://www.tiktok.com/@" + handle + "/video/" + videoId);
        ObjectNode meta = item.putObject("videoMeta");
        meta.put("duration", 21);
        meta.put("coverUrl", "<cdn-url>");
        item.put("diggCount", likes);
        item.put("shareCount", shares);
        item.put("playCount", plays);
        item.put("collectCount", saves);
        item.put("commentCount", comments);
        ArrayNode tags = item.putArray("hashtags");
        hashtags.forEach(h ->
                tags.addObject().put("id", "1").put("name", h).put("title", "").put("cover", ""));
        item.put("searchQuery", "factory");
        return item;
    }

    public static Instant daysAgo(int days) {
        return Instant.now().minus(Duration.ofDays(days)).minus(Duration.ofHours(1));
    }

    /** Imports the items as an Apify JSON file through the API and waits until the job is done. */
    public static void importAndWait(com.realsourcing.support.ApiClient operator, ObjectNode... items) {
        var accepted = operator.upload(
                "/api/intel/imports",
                "items.json",
                array(items).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.util.Map.of("format", "apify-json"));
        org.assertj.core.api.Assertions.assertThat(accepted.status())
                .as(accepted.body())
                .isEqualTo(202);
        String id = accepted.text("id");
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> org.assertj.core.api.Assertions.assertThat(operator.get("/api/intel/imports/" + id)
                                .json()
                                .path("status")
                                .asString())
                        .isEqualTo("DONE"));
    }

    public static ArrayNode array(ObjectNode... items) {
        ArrayNode array = NODES.arrayNode();
        for (ObjectNode item : items) {
            array.add(item);
        }
        return array;
    }
}
