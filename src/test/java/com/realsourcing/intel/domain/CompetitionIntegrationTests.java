package com.realsourcing.intel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.shared.domain.Ids;
import com.realsourcing.support.ApiTestSupport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The search's competition count per target country counts competitors only (accounts linked to a directory factory
 * or with a B2B score of at least 0.5), active in the period; the flag each market row carries follows its account
 * whoever changes the account.
 */
class CompetitionIntegrationTests extends ApiTestSupport {

    @Autowired
    MarketQueries market;

    @Autowired
    JdbcClient jdbc;

    static final LocalDate FROM = LocalDate.parse("2021-03-01");
    static final LocalDate TO = LocalDate.parse("2021-03-30");

    UUID account(String handle, double b2bScore, UUID factoryId) {
        UUID id = Ids.newId();
        jdbc.sql(
                        """
                        insert into intel.accounts (id, platform, handle, b2b_score, factory_id, first_seen_at, updated_at)
                        values (?, 'TIKTOK', ?, ?, ?, now(), now())
                        """)
                .params(id, handle, b2bScore, factoryId)
                .update();
        return id;
    }

    void market(UUID account, String industry, String country, LocalDate first, LocalDate last) {
        jdbc.sql(
                        """
                        insert into intel.account_markets (account_id, industry, country, first_on, last_on)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(account, industry, country, first, last)
                .update();
    }

    Map<String, Integer> competition(String industry) {
        var period = new MarketViews.Period("30d", FROM, TO, FROM.minusDays(30), FROM.minusDays(1));
        return market.competition(new MarketQueries.Slice(industry, null, null, null, null, period));
    }

    @Test
    void onlyCompetitorsActiveInThePeriodCountAndTheFlagFollowsTheirAccounts() {
        String industry = "competition-test-" + System.nanoTime();
        String tag = Long.toString(System.nanoTime(), 36);
        UUID b2b = account("comp_b2b_" + tag, 0.6, null);
        UUID consumer = account("comp_consumer_" + tag, 0.2, null);
        UUID linked = account("comp_factory_" + tag, 0.0, Ids.newId());
        UUID earlier = account("comp_earlier_" + tag, 0.9, null);
        market(b2b, industry, "US", FROM.plusDays(3), TO.minusDays(3));
        market(b2b, industry, "DE", FROM.plusDays(3), FROM.plusDays(3));
        market(consumer, industry, "US", FROM, TO);
        market(linked, industry, "US", FROM.minusDays(40), FROM); // active into the period's first day
        market(earlier, industry, "US", FROM.minusDays(40), FROM.minusDays(1)); // stopped before it

        assertThat(competition(industry)).isEqualTo(Map.of("US", 2, "DE", 1));

        // the consumer account gains B2B signals (an import or a curator): it is now a competitor everywhere
        jdbc.sql("update intel.accounts set b2b_score = 0.8 where id = ?")
                .param(consumer)
                .update();
        assertThat(competition(industry)).isEqualTo(Map.of("US", 3, "DE", 1));

        // the factory link is removed: the linked account, with no B2B signals, stops counting
        jdbc.sql("update intel.accounts set factory_id = null where id = ?")
                .param(linked)
                .update();
        assertThat(competition(industry)).isEqualTo(Map.of("US", 2, "DE", 1));

        // an update that leaves the account a competitor keeps its markets' flags
        jdbc.sql("update intel.accounts set b2b_score = 0.7, updated_at = ? where id = ?")
                .params(java.sql.Timestamp.from(Instant.now()), b2b)
                .update();
        assertThat(jdbc.sql("select bool_and(competitor) from intel.account_markets where account_id = ?")
                        .param(b2b)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(competition(industry)).isEqualTo(Map.of("US", 2, "DE", 1));
    }

    @Test
    void anImportWritesEachMarketWithItsAccountsFlag() {
        String base = "74200000" + (System.nanoTime() % 1_000_000_000L);
        String tag = Long.toString(System.nanoTime(), 36);
        VideoItem exporter = item(base + "1", "comp_exporter_" + tag, "OEM ODM factory, WhatsApp +86 138 0000 0000");
        VideoItem shopper = item(base + "2", "comp_shopper_" + tag, "I love hoodies");
        store.write(List.of(exporter, shopper), Instant.parse("2021-03-11T00:00:00Z"), false);

        assertThat(flags("comp_exporter_" + tag)).containsExactly(true);
        assertThat(flags("comp_shopper_" + tag)).containsExactly(false);
    }

    @Autowired
    VideoStore store;

    List<Boolean> flags(String handle) {
        return jdbc.sql(
                        """
                        select m.competitor from intel.account_markets m join intel.accounts a on a.id = m.account_id
                        where a.handle = ?
                        """)
                .param(handle)
                .query(Boolean.class)
                .list();
    }

    static VideoItem item(String id, String handle, String bio) {
        return new VideoItem(
                id,
                "https://www.tiktok.com/@" + handle + "/video/" + id,
                "hoodies factory #usa",
                List.of("usa"),
                "en",
                Instant.parse("2021-03-10T08:00:00Z"),
                1_000,
                100,
                10,
                10,
                5,
                20,
                null,
                null,
                null,
                new VideoItem.AccountItem(handle, null, handle, null, bio, null, false, false, 10, 0, 0, 0));
    }
}
