package com.realsourcing.directory.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code realsourcing.directory.*}: the review target (seed 002: 审核时效 1 个工作日) counted in the reviewers' time
 * zone over weekdays minus configured public holidays, certificate reminders, and import limits.
 *
 * @param reviewWorkingDays working days a reviewer has for a submission
 * @param reviewZone the reviewers' time zone
 * @param holidays public holidays that are not working days (China's official list changes every year)
 * @param certificateReminderDays how long before expiry the factory is reminded and reviewers see a flag
 * @param reminderTime when the daily reminder job runs (in {@code reviewZone})
 * @param importMaxRows the most rows one import file may carry
 */
@ConfigurationProperties("realsourcing.directory")
public record DirectoryProperties(
        Integer reviewWorkingDays,
        ZoneId reviewZone,
        List<LocalDate> holidays,
        Integer certificateReminderDays,
        LocalTime reminderTime,
        Integer importMaxRows) {

    public DirectoryProperties {
        reviewWorkingDays = reviewWorkingDays == null ? 1 : reviewWorkingDays;
        reviewZone = reviewZone == null ? ZoneId.of("Asia/Shanghai") : reviewZone;
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        certificateReminderDays = certificateReminderDays == null ? 30 : certificateReminderDays;
        reminderTime = reminderTime == null ? LocalTime.of(9, 0) : reminderTime;
        importMaxRows = importMaxRows == null ? 200_000 : importMaxRows;
    }
}
