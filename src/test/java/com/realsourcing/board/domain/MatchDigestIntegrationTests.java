package com.realsourcing.board.domain;

import static com.realsourcing.board.BoardAdminFixtures.oemDemand;
import static com.realsourcing.board.BoardAdminFixtures.oemService;
import static com.realsourcing.board.BoardAdminFixtures.ownProcess;
import static com.realsourcing.board.BoardAdminFixtures.published;
import static com.realsourcing.board.BoardAdminFixtures.title;
import static com.realsourcing.board.BoardAdminFixtures.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;

import com.realsourcing.identity.api.IdentityApi;
import com.realsourcing.notify.api.UserNotification;
import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import com.realsourcing.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The daily match digest on a clock the test moves: new matches are recorded once and told to the posting's
 * organisation with the count and the best fit; a day with nothing new tells nobody; the dashboards count the pair
 * once on the day it was first seen.
 */
class MatchDigestIntegrationTests extends ApiTestSupport {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    PostingRepository postings;

    @Autowired
    Matching matching;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityApi identity;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void newMatchesAreRecordedOnceAndToldOnlyWhenThereAreNewOnes() {
        ApiClient admin = admin();
        String process = ownProcess(admin);
        ApiClient factory = loggedIn("FACTORY");
        verify(factory, admin, "FACTORY");
        ApiClient buyer = loggedIn("TRADING_COMPANY");
        verify(buyer, admin, "TRADING_COMPANY");
        String service = published(factory, admin, oemService(process, 50_000, 10));
        String demand = published(buyer, admin, oemDemand(process, 20_000, 30));
        UUID buyerUser = UUID.fromString(buyer.get("/api/identity/me").text("id"));
        UUID factoryUser = UUID.fromString(factory.get("/api/identity/me").text("id"));

        MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        MatchDigest digest = new MatchDigest(postings, matching, jdbc, identity, notify, transactions, clock, 30, 20);
        clearInvocations(notify);

        MatchDigest.Result first = digest.run();
        assertThat(first.newMatches()).isGreaterThanOrEqualTo(2);
        UserNotification toBuyer = digestTo(buyerUser);
        assertThat(toBuyer.params())
                .containsEntry("count", 1)
                .containsEntry("title", title(buyer, demand))
                .containsEntry("best", title(factory, service));
        UserNotification toFactory = digestTo(factoryUser);
        assertThat(toFactory.params()).containsEntry("count", 1).containsEntry("best", title(buyer, demand));
        // process 40 + same city 15 + capacity 50000 ≥ 20000 15 + lead time 10 ≤ 30 10 + verified 5
        assertThat(score(demand, service)).isEqualTo(85);
        assertThat(firstSeen(demand, service)).isEqualTo(clock.instant());

        // the next morning: nothing new, nobody told, the match still recorded once
        clock.advance(Duration.ofDays(1));
        clearInvocations(notify);
        digest.run();
        Mockito.verify(notify, never())
                .notifyUser(argThat(n -> n.template().equals("notify.board.match-digest")
                        && (n.userId().equals(buyerUser) || n.userId().equals(factoryUser))));
        assertThat(jdbc.sql("select count(*) from board.matches where posting_id = ?::uuid")
                        .param(demand)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // a second factory offers the process: the buyer hears of that one only
        ApiClient second = loggedIn("FACTORY");
        verify(second, admin, "FACTORY");
        String service2 = published(second, admin, oemService(process, 10_000, 40));
        clock.advance(Duration.ofDays(1));
        clearInvocations(notify);
        digest.run();
        UserNotification again = digestTo(buyerUser);
        assertThat(again.params()).containsEntry("count", 1).containsEntry("best", title(second, service2));
        Mockito.verify(notify, never())
                .notifyUser(argThat(n -> n.template().equals("notify.board.match-digest")
                        && n.userId().equals(factoryUser)));
        // process 40 + same city 15 + capacity short 0 + lead time long 0 + verified 5
        assertThat(score(demand, service2)).isEqualTo(60);

        // the dashboards count the new pair once on the day it was first seen, though both sides were told; the
        // second factory's listing also brought others' procurement demands new factory suggestions that morning
        java.sql.Timestamp third = java.sql.Timestamp.from(clock.instant());
        assertThat(jdbc.sql(
                                "select count(*) from board.matches where first_seen_at = ? and counterpart_type = 'POSTING'")
                        .param(third)
                        .query(Long.class)
                        .single())
                .as("only the new pair, seen from both sides")
                .isEqualTo(2);
        long recorded = jdbc.sql("select count(*) from board.matches where first_seen_at = ?")
                .param(third)
                .query(Long.class)
                .single();
        LocalDate day = LocalDate.ofInstant(clock.instant(), SHANGHAI);
        var stats = admin.get("/api/board/admin/stats?granularity=day&from=" + day + "&to=" + day);
        assertThat(stats.status()).as(stats.body()).isEqualTo(200);
        assertThat(stats.json().path("totals").path("matches").asLong()).isEqualTo(recorded - 1);
    }

    private UserNotification digestTo(UUID user) {
        ArgumentCaptor<UserNotification> sent = ArgumentCaptor.forClass(UserNotification.class);
        Mockito.verify(notify, atLeastOnce()).notifyUser(sent.capture());
        List<UserNotification> mine = sent.getAllValues().stream()
                .filter(n -> n.template().equals("notify.board.match-digest")
                        && n.userId().equals(user))
                .toList();
        assertThat(mine).hasSize(1);
        return mine.get(0);
    }

    private int score(String posting, String counterpart) {
        return jdbc.sql("select score from board.matches where posting_id = ?::uuid and counterpart_id = ?::uuid")
                .params(posting, counterpart)
                .query(Integer.class)
                .single();
    }

    private Instant firstSeen(String posting, String counterpart) {
        return jdbc.sql(
                        "select first_seen_at from board.matches where posting_id = ?::uuid and counterpart_id = ?::uuid")
                .params(posting, counterpart)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
    }
}
