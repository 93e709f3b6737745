package com.realsourcing.chat.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactMaskingTests {

    private static String masked(String text) {
        return ContactMasking.mask(text).text();
    }

    @Test
    void masksMainlandMobileNumbersHoweverTheyAreWritten() {
        assertThat(masked("电话13812345678，随时联系")).isEqualTo("电话138****5678，随时联系");
        assertThat(masked("call 138 1234 5678")).isEqualTo("call 138****5678");
        assertThat(masked("138-1234-5678")).isEqualTo("138****5678");
        assertThat(masked("+86 13812345678")).isEqualTo("138****5678");
        assertThat(masked("008613812345678")).isEqualTo("138****5678");
        assertThat(masked("１３８１２３４５６７８")).isEqualTo("138****5678");
        assertThat(masked("1 3 8 1 2 3 4 5 6 7 8")).isEqualTo("138****5678");
        assertThat(masked("两个号：13812345678 和 19987654321")).isEqualTo("两个号：138****5678 和 199****4321");
    }

    @Test
    void leavesOtherNumbersAlone() {
        assertThat(masked("数量 30000 个，单价 12.5 元，交期 2026-03-15")).isEqualTo("数量 30000 个，单价 12.5 元，交期 2026-03-15");
        // not a mobile number: 12 starts no mainland mobile; longer digit runs are order numbers
        assertThat(masked("订单 12812345678")).isEqualTo("订单 12812345678");
        assertThat(masked("订单号 202613812345678901")).isEqualTo("订单号 202613812345678901");
        assertThat(ContactMasking.mask("保温杯 30000 个").masked()).isFalse();
    }

    @Test
    void masksEmailAddressesIncludingOnesMadeOfAPhoneNumber() {
        assertThat(masked("邮箱 amy.wang@example.com 谢谢")).isEqualTo("邮箱 a***@example.com 谢谢");
        assertThat(masked("13812345678@163.com")).isEqualTo("1***@163.com");
    }

    @Test
    void masksWeChatIdsAfterTheirKeyword() {
        assertThat(masked("加我微信: amy_2026 详聊")).isEqualTo("加我微信: a***** 详聊");
        assertThat(masked("VX：factory888")).isEqualTo("VX：f*****");
        assertThat(masked("微信号 chen-liang01")).isEqualTo("微信号 c*****");
        assertThat(masked("V信 abc123456")).isEqualTo("V信 a*****");
        assertThat(masked("微信同号 13812345678")).isEqualTo("微信同号 138****5678");
        // an English word after "wechat" without a colon is not an id
        assertThat(masked("wechat please")).isEqualTo("wechat please");
    }

    @Test
    void tellsWhetherAnythingWasHidden() {
        assertThat(ContactMasking.mask("13812345678")).isEqualTo(new ContactMasking.Result("138****5678", true));
        assertThat(ContactMasking.mask("")).isEqualTo(new ContactMasking.Result("", false));
        assertThat(ContactMasking.mask(null)).isEqualTo(new ContactMasking.Result(null, false));
    }
}
