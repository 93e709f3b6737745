package com.realsourcing.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final WorkingDays days =
            new WorkingDays(SHANGHAI, Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2)));

    private static Instant at(String local) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(local), SHANGHAI).toInstant();
    }

    @Test
    void aWeekdaySubmissionIsDueAtTheSameTimeNextWorkingDay() {
        assertThat(days.plus(at("2026-11-24T15:30"), 1)).isEqualTo(at("2026-11-25T15:30"));
    }

    @Test
    void fridayRollsOverTheWeekend() {
        assertThat(days.plus(at("2026-11-27T10:00"), 1)).isEqualTo(at("2026-11-30T10:00"));
    }

    @Test
    void aWeekendSubmissionGetsTheWholeOfMonday() {
        assertThat(days.plus(at("2026-11-28T22:00"), 1)).isEqualTo(at("2026-12-01T00:00"));
    }

    @Test
    void holidaysAreSkipped() {
        // Wed 30 Sep → Thu 1 Oct and Fri 2 Oct are holidays → Mon 5 Oct.
        assertThat(days.plus(at("2026-09-30T09:00"), 1)).isEqualTo(at("2026-10-05T09:00"));
    }

    @Test
    void theDeadlineIsInTheReviewersZoneNotUtc() {
        // 17:00 UTC on a Friday is already Saturday 01:00 in Shanghai: the clock starts on Monday.
        Instant fridayEveningUtc = Instant.parse("2026-11-27T17:00:00Z");
        assertThat(days.plus(fridayEveningUtc, 1)).isEqualTo(at("2026-12-01T00:00"));
    }
}
