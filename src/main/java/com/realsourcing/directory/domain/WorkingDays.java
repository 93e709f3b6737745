package com.realsourcing.directory.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Deadlines counted in working days: Monday to Friday minus holidays, in one time zone. A submission made on a
 * working day is due at the same time on the next working day; one made on a weekend or holiday is due at the end
 * of the first working day after it (the clock starts when the office opens, so at its start, plus a day).
 */
record WorkingDays(ZoneId zone, Set<LocalDate> holidays) {

    WorkingDays {
        holidays = Set.copyOf(holidays);
    }

    boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    Instant plus(Instant start, int workingDays) {
        ZonedDateTime at = start.atZone(zone);
        if (!isWorkingDay(at.toLocalDate())) {
            LocalDate next = at.toLocalDate();
            do {
                next = next.plusDays(1);
            } while (!isWorkingDay(next));
            at = next.atStartOfDay(zone);
        }
        LocalDate date = at.toLocalDate();
        for (int i = 0; i < workingDays; i++) {
            do {
                date = date.plusDays(1);
            } while (!isWorkingDay(date));
        }
        return date.atTime(at.toLocalTime()).atZone(zone).toInstant();
    }
}
