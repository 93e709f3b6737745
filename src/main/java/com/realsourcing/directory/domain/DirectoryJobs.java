package com.realsourcing.directory.domain;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The directory's scheduled jobs, each run by one instance at a time. */
@Component
class DirectoryJobs {

    private static final Logger log = LoggerFactory.getLogger(DirectoryJobs.class);
    private final CertificationService certifications;

    DirectoryJobs(CertificationService certifications) {
        this.certifications = certifications;
    }

    /** Daily at 09:00 Shanghai: certificate expiry reminders (seed 002 资质过期提醒). */
    @Scheduled(cron = "0 0 9 * * *", zone = "Asia/Shanghai")
    @SchedulerLock(name = "directory.certificate-reminders", lockAtMostFor = "PT30M")
    public void certificateReminders() {
        int sent = certifications.remindAndExpire();
        log.info("Certificate expiry reminders sent: {}", sent);
    }
}
