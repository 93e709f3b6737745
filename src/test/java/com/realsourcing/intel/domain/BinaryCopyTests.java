package com.realsourcing.intel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text is encoded into the COPY rows directly; the bytes must be what {@code String.getBytes(UTF_8)} gives. */
class BinaryCopyTests {

    static final int HEADER = 19; // signature, flags, header extension

    @Test
    void textIsUtf8AsTheJdkEncodesItWithoutNul() {
        for (String text : List.of(
                "",
                "plain ascii",
                "é ß ñ — ¥",
                "卫衣 工厂 「hoodie」",
                "emoji 😀 and 𝄞",
                "lone high \uD83D end",
                "lone low \uDE00 end",
                "swapped \uDE00\uD83D",
                "nul\u0000inside\u0000",
                "x".repeat(5_000) + "中")) {
            ByteBuffer bytes = ByteBuffer.wrap(new BinaryCopy(8).text(text).bytes());
            bytes.position(HEADER);
            byte[] expected = text.replace("\u0000", "").getBytes(StandardCharsets.UTF_8);
            assertThat(bytes.getInt()).as(text).isEqualTo(expected.length);
            byte[] written = new byte[bytes.remaining()];
            bytes.get(written);
            assertThat(written).as(text).isEqualTo(expected);
        }
        ByteBuffer none = ByteBuffer.wrap(new BinaryCopy(8).text((String) null).bytes());
        assertThat(none.getInt(HEADER)).isEqualTo(-1);
    }

    @Test
    void textArraysCarryTheirLengthDimensionAndElements() {
        ByteBuffer bytes = ByteBuffer.wrap(
                new BinaryCopy(8).textArray(List.of("usa", "中国")).bytes());
        bytes.position(HEADER);
        int length = bytes.getInt();
        assertThat(length).isEqualTo(bytes.remaining()).isEqualTo(20 + 4 + 3 + 4 + 6);
        assertThat(bytes.getInt()).isEqualTo(1); // dimensions
        assertThat(bytes.getInt()).isZero(); // no nulls
        assertThat(bytes.getInt()).isEqualTo(25); // text
        assertThat(bytes.getInt()).isEqualTo(2); // elements
        assertThat(bytes.getInt()).isEqualTo(1); // lower bound
        assertThat(bytes.getInt()).isEqualTo(3);
    }
}
