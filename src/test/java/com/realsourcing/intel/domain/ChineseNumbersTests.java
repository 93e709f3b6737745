package com.realsourcing.intel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseNumbersTests {

    @Test
    void writesLargeNumbersInWanAndYi() {
        assertThat(ChineseNumbers.format(9_999)).isEqualTo("9999");
        assertThat(ChineseNumbers.format(10_000)).isEqualTo("1万");
        assertThat(ChineseNumbers.format(3_562_000)).isEqualTo("356.2万");
        assertThat(ChineseNumbers.format(3_561_960)).isEqualTo("356.2万");
        assertThat(ChineseNumbers.format(99_990_000)).isEqualTo("9999万");
        assertThat(ChineseNumbers.format(120_000_000)).isEqualTo("1.2亿");
        assertThat(ChineseNumbers.format(1_234_567_890_123L)).isEqualTo("12345.7亿");
    }
}
