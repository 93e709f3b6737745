package com.realsourcing.intel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CountsTests {

    @Test
    void readsCountsAsScrapersAndSpreadsheetsWriteThem() {
        assertThat(Counts.parse("23400")).isEqualTo(23_400L);
        assertThat(Counts.parse(" 23,400 ")).isEqualTo(23_400L);
        assertThat(Counts.parse("145.9K")).isEqualTo(145_900L);
        assertThat(Counts.parse("1.2M")).isEqualTo(1_200_000L);
        assertThat(Counts.parse("3B")).isEqualTo(3_000_000_000L);
        assertThat(Counts.parse("12.5万")).isEqualTo(125_000L);
        assertThat(Counts.parse("1.2亿")).isEqualTo(120_000_000L);
        assertThat(Counts.parse("1.459E+05")).isEqualTo(145_900L);
        assertThat(Counts.parse("")).isNull();
        assertThat(Counts.parse(null)).isNull();
    }

    @Test
    void refusesWhatIsNotACount() {
        assertThatThrownBy(() -> Counts.parse("many")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Counts.parse("-5")).isInstanceOf(IllegalArgumentException.class);
    }
}
