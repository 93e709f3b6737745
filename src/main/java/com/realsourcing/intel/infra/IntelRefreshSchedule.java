package com.realsourcing.intel.infra;

import com.realsourcing.intel.domain.ImportJob;
import com.realsourcing.intel.domain.RefreshService;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily refresh ({@code realsourcing.intel.refresh.cron}, 03:30 Asia/Shanghai by default); ShedLock makes one
 * instance run it. Off with {@code realsourcing.intel.refresh.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "realsourcing.intel.refresh.enabled", havingValue = "true", matchIfMissing = true)
class IntelRefreshSchedule {

    private static final Logger log = LoggerFactory.getLogger(IntelRefreshSchedule.class);

    private final RefreshService refresh;

    IntelRefreshSchedule(RefreshService refresh) {
        this.refresh = refresh;
    }

    @Scheduled(
            cron = "${realsourcing.intel.refresh.cron:0 30 3 * * *}",
            zone = "${realsourcing.intel.refresh.zone:Asia/Shanghai}")
    @SchedulerLock(name = "intel-refresh", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
    void daily() {
        try {
            ImportJob job = refresh.refresh();
            log.info(
                    "Intel refresh: {} items, {} new, {} updated, {} rejected",
                    job.totalRows(),
                    job.inserted(),
                    job.updated(),
                    job.failed());
        } catch (RuntimeException e) {
            log.warn("Intel refresh failed", e);
        }
    }
}
