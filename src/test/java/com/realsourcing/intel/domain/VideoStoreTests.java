package com.realsourcing.intel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VideoStoreTests {

    @Test
    void labelsAreWrittenAsTheJsonJacksonWouldWrite() {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        java.util.List<LabelRules.Label> labels = java.util.List.of(
                new LabelRules.Label(
                        "PRODUCT", "hoodie", 0.75, java.util.List.of("视频文案含「hoodie」", "q\"uote \\ tab\t nl\n \u0001")),
                new LabelRules.Label("COUNTRY", null, 1.0, java.util.List.of()));
        String written = VideoStore.labelsJson(labels);
        assertThat(json.readTree(written)).isEqualTo(json.readTree(json.writeValueAsString(labels)));
        assertThat(VideoStore.labelsJson(java.util.List.of())).isEqualTo("[]");
        assertThat(json.readTree(VideoStore.stringsJson(java.util.List.of("OEM", "WHATS\"APP"))))
                .isEqualTo(json.readTree(json.writeValueAsString(java.util.List.of("OEM", "WHATS\"APP"))));
    }
}
