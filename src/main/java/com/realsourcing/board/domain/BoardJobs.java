package com.realsourcing.board.domain;

import com.realsourcing.identity.api.IdentityApi;
import com.realsourcing.notify.api.NotifyApi;
import com.realsourcing.notify.api.UserNotification;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The board's scheduled jobs, each run by one instance at a time. */
@Component
public class BoardJobs {

    private static final Logger log = LoggerFactory.getLogger(BoardJobs.class);

    private final PostingRepository postings;
    private final ModerationLog moderationLog;
    private final IdentityApi identity;
    private final NotifyApi notify;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BoardJobs(
            PostingRepository postings,
            ModerationLog moderationLog,
            IdentityApi identity,
            NotifyApi notify,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.postings = postings;
        this.moderationLog = moderationLog;
        this.identity = identity;
        this.notify = notify;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Every ten minutes: postings past their last day expire (EXPIRED), and their authors are told. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    @SchedulerLock(name = "board.expire-postings", lockAtMostFor = "PT9M")
    public void expirePostings() {
        int expired = expireDue();
        if (expired > 0) {
            log.info("Board postings expired: {}", expired);
        }
    }

    /** Expires every published posting whose time is up; returns how many. */
    public int expireDue() {
        int total = 0;
        while (true) {
            Instant now = clock.instant();
            List<UUID> due = postings.findExpired(now, PageRequest.of(0, 200));
            if (due.isEmpty()) {
                return total;
            }
            for (UUID id : due) {
                Boolean done = transactions.execute(tx -> postings.findById(id)
                        .filter(p -> p.isPublished() && !p.getValidUntil().isAfter(now))
                        .map(p -> {
                            p.expire(now);
                            postings.saveAndFlush(p);
                            moderationLog.record(id, ModerationLog.Action.EXPIRED, false, null, null, List.of(), now);
                            identity.membersOf(p.getOrganizationId())
                                    .forEach(user -> notify.notifyUser(UserNotification.inApp(
                                            user,
                                            "board",
                                            "notify.board.posting-expired",
                                            Map.of("title", p.getTitle()))));
                            return true;
                        })
                        .orElse(false));
                if (Boolean.TRUE.equals(done)) {
                    total++;
                }
            }
        }
    }

    /** Daily: each user's view history is cut to the newest 50 (recommendations read only the last 30). */
    @Scheduled(cron = "0 40 4 * * *", zone = "Asia/Shanghai")
    @SchedulerLock(name = "board.trim-views", lockAtMostFor = "PT30M")
    public void trimViews() {
        int removed = jdbc.sql(
                        """
                        delete from board.posting_views v using (
                            select user_id, posting_id from (
                                select user_id, posting_id,
                                       row_number() over (partition by user_id order by viewed_at desc) n
                                from board.posting_views) ranked
                            where n > 50) old
                        where v.user_id = old.user_id and v.posting_id = old.posting_id
                        """)
                .update();
        log.info("Board view history trimmed: {} rows", removed);
    }
}
