package com.realsourcing.notify.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.notify.api.Channel;
import org.junit.jupiter.api.Test;

class OutgoingDispatcherTests {

    @Test
    void masksEveryKindOfAddress() {
        assertThat(OutgoingDispatcher.mask(Channel.EMAIL, "zhang.wei@example.com"))
                .isEqualTo("z***@example.com");
        assertThat(OutgoingDispatcher.mask(Channel.SMS, "13812345678")).isEqualTo("138****5678");
        assertThat(OutgoingDispatcher.mask(Channel.WECHAT, "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"))
                .isEqualTo("oUpF****eS6o");
    }

    @Test
    void scrubsAddressesOutOfProviderErrors() {
        var failure = new RuntimeException(
                "Failed messages",
                new IllegalStateException(
                        "550 5.1.1 <Zhang.Wei@Example.com>: Recipient rejected; cc li@corp.cn, sms 8613912345678"));

        String scrubbed = OutgoingDispatcher.scrub(failure, "zhang.wei@example.com", "z***@example.com");

        assertThat(scrubbed)
                .contains("z***@example.com", "550 5.1.1", "l***@corp.cn", "861****5678")
                .doesNotContainIgnoringCase("zhang.wei@example.com")
                .doesNotContain("li@corp.cn", "8613912345678");
    }
}
