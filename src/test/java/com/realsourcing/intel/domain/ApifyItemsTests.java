package com.realsourcing.intel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Items in the documented shape (fixtures/apify/items-shape-sample.json, copied from the actor's README). */
class ApifyItemsTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static JsonNode sample() throws IOException {
        try (InputStream in = ApifyItemsTests.class.getResourceAsStream("/fixtures/apify/items-shape-sample.json")) {
            return JSON.readTree(in);
        }
    }

    @Test
    void readsTheDocumentedSearchQueryItem() throws IOException {
        JsonNode first = sample().get(0);
        VideoItem item = ApifyItems.read(first);

        assertThat(item.videoId()).isEqualTo("7543693751290481942");
        assertThat(item.webUrl()).isEqualTo("https://www.tiktok.com/@gretalynnhihi/video/7543693751290481942");
        assertThat(item.publishedAt()).isEqualTo(Instant.parse("2025-08-28T17:44:35Z"));
        assertThat(item.plays()).isEqualTo(145_900);
        assertThat(item.likes()).isEqualTo(23_400);
        assertThat(item.shares()).isEqualTo(145);
        assertThat(item.comments()).isEqualTo(46);
        assertThat(item.saves()).isEqualTo(1_637);
        assertThat(item.durationSeconds()).isEqualTo(15);
        assertThat(item.hashtags()).containsExactly("foruyou");
        assertThat(item.searchQuery()).isEqualTo("ootd");
        assertThat(item.account().handle()).isEqualTo("gretalynnhihi");
        assertThat(item.account().followers()).isEqualTo(51_200);
        assertThat(item.account().videoTotal()).isEqualTo(259);
    }

    @Test
    void readsThePostUrlItemWithLocationAndSellerFlags() throws IOException {
        JsonNode second = sample().get(1);
        VideoItem item = ApifyItems.read(second);

        assertThat(item.location()).isEqualTo("GB");
        assertThat(item.account().bioLink()).isEqualTo("https://fkrtrz-v0.myshopify.com/collections/all");
        assertThat(item.account().seller()).isFalse();
        assertThat(item.hashtags()).isEmpty();
        assertThat(item.text()).isEmpty();
    }

    @Test
    void stringCountsAndASpreadsheetMangledIdAreRepaired() throws IOException {
        ObjectNode item = (ObjectNode) sample().get(0);
        item.put("id", "7.54369375129048E+18");
        item.put("playCount", "145.9K");
        item.put("diggCount", "23,400");
        item.put("createTime", "1756403075");
        ((ObjectNode) item.get("authorMeta")).put("id", "6.73398429759164E+18");

        VideoItem read = ApifyItems.read(item);

        assertThat(read.videoId()).isEqualTo("7543693751290481942");
        assertThat(read.plays()).isEqualTo(145_900);
        assertThat(read.likes()).isEqualTo(23_400);
        assertThat(read.account().platformUserId()).isNull();
    }

    @Test
    void missingFieldsAreNamedInTheRejection() throws IOException {
        ObjectNode noUrl = (ObjectNode) sample().get(0);
        noUrl.remove("webVideoUrl");
        noUrl.put("id", "7.5E+18");
        assertThatThrownBy(() -> ApifyItems.read(noUrl))
                .isInstanceOf(ApifyItems.BadItem.class)
                .hasMessageContaining("webVideoUrl");

        ObjectNode noTime = (ObjectNode) sample().get(0);
        noTime.remove("createTime");
        noTime.remove("createTimeISO");
        assertThatThrownBy(() -> ApifyItems.read(noTime)).hasMessageContaining("createTime");

        ObjectNode badCount = (ObjectNode) sample().get(0);
        badCount.put("playCount", "lots");
        assertThatThrownBy(() -> ApifyItems.read(badCount)).hasMessageContaining("playCount");
    }

    @Test
    void rebuildsNestedItemsFromApifysCsvColumns() {
        ObjectNode item = ApifyItems.fromCsvRow(
                List.of("id", "authorMeta/name", "hashtags/0/name", "hashtags/1/name", "videoMeta/duration", "empty"),
                List.of("7.5E+18", "acme", "oem", "usa", "21", ""));

        assertThat(item.path("authorMeta").path("name").asString()).isEqualTo("acme");
        assertThat(item.path("hashtags").get(1).path("name").asString()).isEqualTo("usa");
        assertThat(item.path("videoMeta").path("duration").asString()).isEqualTo("21");
        assertThat(item.has("empty")).isFalse();
    }

    @Test
    void itemsParsedWithOnlyTheFieldsReadLooksAtReadExactlyAsWholeTrees() throws IOException {
        List<String> items = new java.util.ArrayList<>();
        sample().forEach(item -> items.add(item.toString()));
        items.addAll(List.of(
                // string counts, a mangled id with the URL to repair it, nulls, nested objects and arrays everywhere
                """
                {"id":"7.54E+18","webVideoUrl":"https://www.tiktok.com/@maker/video/7540000000000000001",
                 "playCount":"1.2M","diggCount":"3,400","shareCount":null,"commentCount":12.0,"collectCount":"7",
                 "createTime":"1756403075","text":"卫衣 factory","textLanguage":"zh","locationCreated":"ng",
                 "hashtags":["USA ",{"name":"Factory","id":"1","extra":{"deep":[1,2,{"x":null}]}},{"title":"no name"}],
                 "authorMeta":{"name":"@maker","id":"6.9E+18","fans":"10.5K","heart":"2B","video":"12",
                   "bioLink":{"link":"https://wa.me/86138"},"commerceUserInfo":{"commerceUser":"true"},
                   "avatar":{"nested":["a",{"b":"c"}]},"signature":"OEM MOQ 100","verified":"TRUE"},
                 "videoMeta":{"duration":"21","coverUrl":"https://p16/cover.jpg","subtitleLinks":[{"x":1}]},
                 "musicMeta":{"musicName":"x"},"mediaUrls":["a","b"],"searchQuery":"oem hoodie"}
                """,
                // no URL, an id only, an ISO time, a duplicated key (the last wins in both)
                """
                {"id":"7540000000000000002","id":"7540000000000000003","createTimeISO":"2025-08-28T17:44:35.000Z",
                 "authorMeta":{"uniqueId":"second"},"text":null,"hashtags":null,"videoMeta":null}
                """,
                "{\"authorMeta\":{\"name\":\"x\"},\"createTime\":1756403075}",
                "{\"id\":\"not an id\",\"authorMeta\":{\"name\":\"x\"}}",
                "{\"webVideoUrl\":\"https://www.tiktok.com/@x/video/7540000000000000004\",\"playCount\":-5}",
                "[1, 2]",
                "\"just text\"",
                "42"));
        JsonMapper json = JsonMapper.builder().build();
        for (String text : items) {
            String whole = outcome(() -> ApifyItems.read(json.readTree(text)));
            String parsed = outcome(() -> {
                try (tools.jackson.core.JsonParser parser = json.createParser(text)) {
                    parser.nextToken();
                    return ApifyItems.read(ApifyItems.parse(parser));
                }
            });
            assertThat(parsed).as(text).isEqualTo(whole).doesNotContain("Exception");
        }
    }

    static String outcome(java.util.function.Supplier<VideoItem> read) {
        try {
            return read.get().toString();
        } catch (ApifyItems.BadItem e) {
            return e.code + " " + java.util.Arrays.toString(e.args);
        }
    }
}
