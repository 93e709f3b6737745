package com.realsourcing.board.domain;

import com.realsourcing.identity.api.IdentityApi;
import com.realsourcing.notify.api.NotifyApi;
import com.realsourcing.notify.api.UserNotification;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest of new matches (issue 5: 每日新匹配摘要). Each morning every published demand, service and
 * inventory offer is matched again ({@link Matching#matches}); matches scoring at least {@code min-score} that were
 * never seen before are recorded in {@code board.matches} — its key records a match once, however often the job
 * runs or on however many instances — and the posting's organisation is told how many are new and which fits best.
 * A posting with nothing new gets no message. The dashboards count the recorded matches per day.
 *
 * <p>{@code realsourcing.board.match-digest.cron} (default 08:00 every day, in {@code realsourcing.board.zone}),
 * {@code .min-score} (default 30: a shared category alone is not enough) and {@code .per-posting} (the best 20).
 */
@Component
public class MatchDigest {

    /** What a run did. */
    public record Result(int postings, int newMatches, int notified) {}

    private static final Logger log = LoggerFactory.getLogger(MatchDigest.class);
    private static final int PAGE = 200;

    private final PostingRepository postings;
    private final Matching matching;
    private final JdbcClient jdbc;
    private final IdentityApi identity;
    private final NotifyApi notify;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int minScore;
    private final int perPosting;

    MatchDigest(
            PostingRepository postings,
            Matching matching,
            JdbcClient jdbc,
            IdentityApi identity,
            NotifyApi notify,
            PlatformTransactionManager transactionManager,
            Clock clock,
            @Value("${realsourcing.board.match-digest.min-score:30}") int minScore,
            @Value("${realsourcing.board.match-digest.per-posting:20}") int perPosting) {
        this.postings = postings;
        this.matching = matching;
        this.jdbc = jdbc;
        this.identity = identity;
        this.notify = notify;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.minScore = minScore;
        this.perPosting = perPosting;
    }

    @Scheduled(
            cron = "${realsourcing.board.match-digest.cron:0 0 8 * * *}",
            zone = "${realsourcing.board.zone:Asia/Shanghai}")
    @SchedulerLock(name = "board.match-digest", lockAtMostFor = "PT3H")
    public void sendDigest() {
        Result result = run();
        log.info(
                "Board match digest: {} postings matched, {} new matches, {} organisations told",
                result.postings(),
                result.newMatches(),
                result.notified());
    }

    /** Matches every published demand, service and offer once; each posting in its own short transaction. */
    public Result run() {
        Instant now = clock.instant();
        int seen = 0;
        int found = 0;
        int told = 0;
        UUID after = new UUID(0, 0);
        while (true) {
            List<UUID> ids = jdbc.sql(
                            """
                            select id from board.postings
                            where status = 'PUBLISHED'
                              and kind in ('PROCUREMENT', 'INVENTORY', 'OEM_DEMAND', 'OEM_SERVICE')
                              and valid_until > :now and id > :after
                            order by id limit :limit
                            """)
                    .param("now", Timestamp.from(now))
                    .param("after", after)
                    .param("limit", PAGE)
                    .query(UUID.class)
                    .list();
            if (ids.isEmpty()) {
                return new Result(seen, found, told);
            }
            for (UUID id : ids) {
                Integer fresh;
                try {
                    fresh = transactions.execute(tx -> digest(id, now));
                } catch (RuntimeException e) {
                    // one posting's trouble (a counterpart gone mid-run) must not stop everybody's digest
                    log.warn("Match digest failed for posting {}", id, e);
                    fresh = null;
                }
                if (fresh != null) {
                    seen++;
                    found += fresh;
                    told += fresh > 0 ? 1 : 0;
                }
            }
            after = ids.get(ids.size() - 1);
        }
    }

    /** Records the posting's new matches and tells its organisation; returns how many were new (null: gone). */
    private Integer digest(UUID id, Instant now) {
        Posting posting = postings.findById(id).filter(Posting::isPublished).orElse(null);
        if (posting == null) {
            return null;
        }
        List<Matching.Match> fresh = new ArrayList<>();
        for (Matching.Match match : matching.matches(posting, perPosting)) {
            if (match.score() < minScore) {
                continue;
            }
            boolean factory = match.posting() == null;
            int inserted = jdbc.sql(
                            """
                            insert into board.matches (posting_id, counterpart_type, counterpart_id, score, first_seen_at)
                            values (?, ?, ?, ?, ?)
                            on conflict do nothing
                            """)
                    .params(
                            id,
                            factory ? "FACTORY" : "POSTING",
                            factory ? match.factory().id() : match.posting().getId(),
                            match.score(),
                            Timestamp.from(now))
                    .update();
            if (inserted == 1) {
                fresh.add(match);
            }
        }
        if (!fresh.isEmpty()) {
            Matching.Match best = fresh.get(0); // matches come best first
            String bestTitle = best.posting() != null
                    ? best.posting().getTitle()
                    : best.factory().name();
            Map<String, Object> params = Map.of("title", posting.getTitle(), "count", fresh.size(), "best", bestTitle);
            identity.membersOf(posting.getOrganizationId())
                    .forEach(user -> notify.notifyUser(
                            UserNotification.inApp(user, "board", "notify.board.match-digest", params)));
        }
        return fresh.size();
    }
}
