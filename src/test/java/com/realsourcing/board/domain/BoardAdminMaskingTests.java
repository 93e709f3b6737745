package com.realsourcing.board.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How exports and the feedback inbox mask personal data, and how periods are cut. */
class BoardAdminMaskingTests {

    @Test
    void phoneNumbersAndEmailsInsideTextAreMasked() {
        assertThat(PostingExport.maskContacts("急招缝纫工 联系13812345678 或 hr@factory.cn"))
                .isEqualTo("急招缝纫工 联系138****5678 或 h***@factory.cn");
        assertThat(PostingExport.maskContacts("求购 保温杯 30000 个")).isEqualTo("求购 保温杯 30000 个");
        // a longer number is not a mobile number (an order or a credit code)
        assertThat(PostingExport.maskContacts("订单 913101157030000000")).isEqualTo("订单 913101157030000000");
        assertThat(PostingExport.maskContacts(null)).isNull();
    }

    @Test
    void anAddressKeepsItsFirstCharactersOnly() {
        assertThat(PostingExport.maskAddress("宝安区福永街道凤凰路88号3栋")).isEqualTo("宝安区福永街****");
        assertThat(PostingExport.maskAddress("88号")).isEqualTo("8****");
        assertThat(PostingExport.maskAddress("  ")).isNull();
    }

    @Test
    void aFeedbackContactIsMaskedByItsShape() {
        assertThat(FeedbackService.mask("13912345678")).isEqualTo("139****5678");
        assertThat(FeedbackService.mask("139 1234 5678")).isEqualTo("139****5678");
        assertThat(FeedbackService.mask("li.ming@example.com")).isEqualTo("l***@example.com");
        assertThat(FeedbackService.mask("wx_liming88")).isEqualTo("w****8");
        assertThat(FeedbackService.mask("ab")).isEqualTo("**");
    }

    @Test
    void periodsStartOnMondaysAndFirstsOfTheMonth() {
        LocalDate sunday = LocalDate.of(2026, 3, 15);
        assertThat(BoardStats.Granularity.WEEK.startOf(sunday)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(BoardStats.Granularity.WEEK.startOf(LocalDate.of(2026, 3, 9)))
                .isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(BoardStats.Granularity.MONTH.startOf(sunday)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(BoardStats.Granularity.DAY.startOf(sunday)).isEqualTo(sunday);
        assertThat(BoardStats.Granularity.WEEK.defaultFrom(sunday)).isEqualTo(LocalDate.of(2025, 12, 22));
        assertThat(BoardStats.Granularity.MONTH.defaultFrom(sunday)).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(BoardStats.Granularity.parse("week")).isEqualTo(BoardStats.Granularity.WEEK);
    }
}
