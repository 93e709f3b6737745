package com.realsourcing.intel.infra;

import com.realsourcing.intel.domain.WeeklyReportArchive;
import com.realsourcing.intel.domain.WeeklyReports;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every Monday at 08:00 Asia/Shanghai the previous ISO week's report is generated, on one instance (ShedLock). The
 * cron fires every ten minutes of that hour, so an instance that was restarting at 08:00 still delivers it; the
 * trigger itself checks the injected clock and generates a week once (a unique index holds across instances).
 */
@Component
class WeeklyReportSchedule {

    static final String CRON = "0 */10 8 * * MON";
    static final String ZONE = "Asia/Shanghai";

    private static final Logger log = LoggerFactory.getLogger(WeeklyReportSchedule.class);

    private final WeeklyReportArchive archive;
    private final Clock clock;

    WeeklyReportSchedule(WeeklyReportArchive archive, Clock clock) {
        this.archive = archive;
        this.clock = clock;
    }

    @Scheduled(cron = CRON, zone = ZONE)
    @SchedulerLock(name = "intel-weekly-report", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void monday() {
        trigger();
    }

    /** Generates the previous ISO week's report when it is Monday 08:00–08:59 in Shanghai and not yet generated. */
    boolean trigger() {
        ZonedDateTime now = clock.instant().atZone(ZoneId.of(ZONE));
        if (now.getDayOfWeek() != DayOfWeek.MONDAY || now.getHour() != 8) {
            return false;
        }
        String week = WeeklyReports.isoWeek(now.toLocalDate().minusWeeks(1));
        return archive.generateScheduled(week)
                .map(report -> {
                    log.info("Weekly report {} generated (version {})", report.week(), report.version());
                    return true;
                })
                .orElse(false);
    }
}
