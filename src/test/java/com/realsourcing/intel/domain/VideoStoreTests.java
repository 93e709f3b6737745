package com.realsourcing.intel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VideoStoreTests {

    static String fields(String... values) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            VideoStore.field(out, values[i], i == 0);
        }
        return out.toString();
    }

    @Test
    void copyFieldsEscapeWhatCopysTextFormatTreatsSpeciallyAndDropNul() {
        assertThat(fields("plain 文本 #usa", null, "")).isEqualTo("plain 文本 #usa\t\\N\t");
        assertThat(fields("a\tb\nc\rd\\e\u0000f")).isEqualTo("a\\tb\\nc\\rd\\\\ef");
        // JSON escapes in a raw payload reach PostgreSQL unchanged
        assertThat(fields("{\"text\":\"line\\nnext \\\"q\\\"\"}"))
                .isEqualTo("{\"text\":\"line\\\\nnext \\\\\"q\\\\\"\"}");
        assertThat(fields("tags" + VideoStore.SEP + "two")).isEqualTo("tags\u001ftwo");
    }
}
