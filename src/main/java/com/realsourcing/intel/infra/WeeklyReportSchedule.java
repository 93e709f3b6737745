package com.realsourcing.intel.infra;

import com.realsourcing.intel.domain.WeeklyReportArchive;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every Monday at 08:00 Asia/Shanghai the previous ISO week's report is generated, on one instance (ShedLock). */
@Component
class WeeklyReportSchedule {

    static final String CRON = "0 0 8 * * MON";
    static final String ZONE = "Asia/Shanghai";

    private static final Logger log = LoggerFactory.getLogger(WeeklyReportSchedule.class);

    private final WeeklyReportArchive archive;

    WeeklyReportSchedule(WeeklyReportArchive archive) {
        this.archive = archive;
    }

    @Scheduled(cron = CRON, zone = ZONE)
    @SchedulerLock(name = "intel-weekly-report", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void monday() {
        String week = archive.previousWeek();
        var report = archive.generate(week, "SCHEDULE", null);
        log.info("Weekly report {} generated (version {})", report.week(), report.version());
    }
}
