package com.realsourcing.intel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiTestSupport;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With the clock at the Monday run (08:00 Asia/Shanghai) the previous ISO week is generated, as a new version. */
class WeeklyReportArchiveIntegrationTests extends ApiTestSupport {

    @Autowired
    WeeklyReports reports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Test
    void theMondayRunGeneratesThePreviousWeekAndEveryRunIsANewVersion() {
        Clock monday = Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
        WeeklyReportArchive archive = new WeeklyReportArchive(reports, jdbc, monday, events);
        assertThat(archive.previousWeek()).isEqualTo("2026-W47");
        Clock sunday = Clock.fixed(Instant.parse("2026-11-22T23:59:59Z"), ZoneId.of("UTC"));
        assertThat(new WeeklyReportArchive(reports, jdbc, sunday, events).previousWeek())
                .isEqualTo("2026-W46");

        var first = archive.generate("2026-W46", "SCHEDULE", null);
        var second = archive.generate("2026-W46", "MANUAL", null);

        assertThat(first.week()).isEqualTo("2026-W46");
        assertThat(first.from()).hasToString("2026-11-09");
        assertThat(first.to()).hasToString("2026-11-15");
        assertThat(second.version()).isEqualTo(first.version() + 1);
        assertThat(archive.latest("2026-W46").version()).isEqualTo(second.version());
        assertThat(jdbc.sql("select trigger from intel.weekly_reports where week = '2026-W46' order by version")
                        .query(String.class)
                        .list())
                .endsWith("SCHEDULE", "MANUAL");
    }
}
