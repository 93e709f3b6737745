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
}
