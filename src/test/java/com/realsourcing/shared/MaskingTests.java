package com.realsourcing.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.shared.security.Masking;
import org.junit.jupiter.api.Test;

class MaskingTests {

    @Test
    void masksMobileNumbersAsTheSeedShows() {
        assertThat(Masking.mobile("13812341234")).isEqualTo("138****1234");
    }

    @Test
    void masksEmailsKeepingTheDomain() {
        assertThat(Masking.email("zhang.san@example.com")).isEqualTo("z***@example.com");
        assertThat(Masking.login("zhang@example.com")).isEqualTo("z***@example.com");
        assertThat(Masking.login("13812341234")).isEqualTo("138****1234");
    }

    @Test
    void neverRevealsShortOrMalformedValues() {
        assertThat(Masking.mobile("12345")).isEqualTo("****");
        assertThat(Masking.email("no-at-sign")).isEqualTo("***");
        assertThat(Masking.mobile(null)).isNull();
    }
}
