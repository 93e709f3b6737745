package com.realsourcing.intel.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.intel.domain.WeeklyReportArchive;
import com.realsourcing.support.ApiTestSupport;
import com.realsourcing.testing.MutableClock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The schedule's trigger driven by an injected clock: Monday 08:00 Shanghai, the previous ISO week, once. */
class WeeklyReportScheduleIntegrationTests extends ApiTestSupport {

    static final ZoneId SHANGHAI = ZoneId.of(WeeklyReportSchedule.ZONE);

    @Autowired
    WeeklyReportArchive archive;

    @Autowired
    JdbcClient jdbc;

    long scheduled(String week) {
        return jdbc.sql("select count(*) from intel.weekly_reports where week = ? and trigger = 'SCHEDULE'")
                .param(week)
                .query(Long.class)
                .single();
    }

    @Test
    void generatesThePreviousIsoWeekOnMondayAtEightShanghaiTimeOnce() {
        // Monday 10 March 2025 08:00 in Shanghai is 00:00 UTC; the week before is 2025-W10 (3–9 March)
        MutableClock clock = new MutableClock(
                ZonedDateTime.of(2025, 3, 9, 23, 59, 0, 0, SHANGHAI).toInstant());
        WeeklyReportSchedule schedule = new WeeklyReportSchedule(archive, clock);

        assertThat(schedule.trigger()).as("Sunday 23:59").isFalse();
        clock.advance(Duration.ofHours(8)); // Monday 07:59
        assertThat(schedule.trigger()).as("Monday 07:59").isFalse();
        assertThat(scheduled("2025-W10")).isZero();

        clock.advance(Duration.ofMinutes(1)); // Monday 08:00
        assertThat(schedule.trigger()).as("Monday 08:00").isTrue();
        assertThat(scheduled("2025-W10")).isEqualTo(1);
        assertThat(jdbc.sql("select content ->> 'from' from intel.weekly_reports where week = '2025-W10'"
                                + " and trigger = 'SCHEDULE'")
                        .query(String.class)
                        .single())
                .isEqualTo("2025-03-03");

        clock.advance(Duration.ofMinutes(10)); // the 08:10 retry of the same hour
        assertThat(schedule.trigger()).as("Monday 08:10, already generated").isFalse();
        clock.advance(Duration.ofMinutes(40)); // 08:50
        assertThat(schedule.trigger()).isFalse();
        clock.advance(Duration.ofDays(1)); // Tuesday 08:50
        assertThat(schedule.trigger()).as("Tuesday").isFalse();
        assertThat(scheduled("2025-W10")).isEqualTo(1);
        assertThat(scheduled("2025-W11")).isZero();

        // an operator's generation of the week does not stop the schedule, nor count as it
        archive.generate("2025-W11", "MANUAL", null);
        clock.advance(Duration.ofDays(6).minusMinutes(50)); // Monday 17 March 08:00
        assertThat(schedule.trigger()).isTrue();
        assertThat(scheduled("2025-W11")).isEqualTo(1);
        assertThat(jdbc.sql("select max(version) from intel.weekly_reports where week = '2025-W11'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }
}
