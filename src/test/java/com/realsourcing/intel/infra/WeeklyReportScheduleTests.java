package com.realsourcing.intel.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronExpression;

class WeeklyReportScheduleTests {

    static final ZoneId SHANGHAI = ZoneId.of(WeeklyReportSchedule.ZONE);

    @Test
    void firesOnMondayMorningsInShanghaiOnly() {
        CronExpression cron = CronExpression.parse(WeeklyReportSchedule.CRON);

        ZonedDateTime friday = ZonedDateTime.of(2026, 11, 20, 12, 0, 0, 0, SHANGHAI);
        ZonedDateTime next = cron.next(friday);
        assertThat(next).isEqualTo(ZonedDateTime.of(2026, 11, 23, 8, 0, 0, 0, SHANGHAI));
        assertThat(next.toInstant()).hasToString("2026-11-23T00:00:00Z");
        // retried every ten minutes of that hour (an instance restarting at 08:00 still delivers), then next Monday
        assertThat(cron.next(next)).isEqualTo(ZonedDateTime.of(2026, 11, 23, 8, 10, 0, 0, SHANGHAI));
        assertThat(cron.next(ZonedDateTime.of(2026, 11, 23, 8, 50, 0, 0, SHANGHAI)))
                .isEqualTo(ZonedDateTime.of(2026, 11, 30, 8, 0, 0, 0, SHANGHAI));
        // Monday 07:59 in Shanghai is still Sunday in UTC and fires a minute later
        assertThat(cron.next(ZonedDateTime.of(2026, 11, 23, 7, 59, 0, 0, SHANGHAI)))
                .isEqualTo(ZonedDateTime.of(2026, 11, 23, 8, 0, 0, 0, SHANGHAI));
    }
}
