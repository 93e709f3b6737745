package com.realsourcing.intel.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the synthetic market data set once (profile {@code demo} only): thousands of factory accounts, at least
 * 100,000 videos over twelve weeks with twelve weekly metric snapshots each (as far as the video is old enough),
 * every row marked synthetic. Written through the same bulk path and label rules as real imports.
 */
@Component
@Profile("demo")
@Order(30)
class DemoIntelData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoIntelData.class);

    private final VideoStore store;
    private final IntelReference reference;
    private final IntelProperties properties;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoIntelData(
            VideoStore store, IntelReference reference, IntelProperties properties, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.reference = reference;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled()) {
            log.info("Demo market data disabled (realsourcing.intel.demo.enabled=false)");
            return;
        }
        boolean present = jdbc.sql("select exists (select 1 from intel.videos where synthetic)")
                .query(Boolean.class)
                .single();
        if (present) {
            log.info("Demo market data already loaded");
            return;
        }
        long started = System.nanoTime();
        int count = load(properties.demo(), clock.instant(), true);
        log.info(
                "Demo market data loaded: {} synthetic videos in {} ms",
                count,
                (System.nanoTime() - started) / 1_000_000);
    }

    int load(IntelProperties.Demo demo, Instant now, boolean history) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        DemoDataGenerator generator =
                new DemoDataGenerator(demo.seed(), demo.accounts(), demo.videos(), demo.days(), today, reference);
        int[] written = {0};
        // written like an import: the shared rows' changes are folded in once, at the end
        VideoStore.Profiles profiles = new VideoStore.Profiles();
        VideoStore.Deferred memory = new VideoStore.Deferred();
        generator.generate(5_000, batch -> {
            VideoStore.Prepared prepared = store.prepare(batch);
            store.write(prepared, now, true, memory);
            profiles.add(prepared);
            written[0] += batch.size();
        });
        store.finish(profiles, now);
        if (history) {
            weeklyHistory(now);
        }
        return written[0];
    }

    private void weeklyHistory(Instant now) {
        // eleven earlier weekly snapshots (the write above took the twelfth): plays grow like the square root of age
        jdbc.sql(
                        """
                        insert into intel.video_snapshots (video_id, taken_at, plays, likes, shares, comments, saves)
                        select v.id, w.taken_at,
                            round(v.plays * f.share), round(v.likes * f.share), round(v.shares * f.share),
                            round(v.comments * f.share), round(v.saves * f.share)
                        from intel.videos v
                        cross join generate_series(1, 11) as k(weeks)
                        cross join lateral (select ?::timestamptz - make_interval(weeks => k.weeks) as taken_at) w
                        cross join lateral (select sqrt(extract(epoch from w.taken_at - v.published_at)
                                / greatest(1, extract(epoch from ?::timestamptz - v.published_at))) as share) f
                        where v.synthetic and w.taken_at > v.published_at
                        on conflict do nothing
                        """)
                .params(java.sql.Timestamp.from(now), java.sql.Timestamp.from(now))
                .update();
        // the accounts' weekly figures from those snapshots: plays of the videos known then; followers grew alike
        jdbc.sql(
                        """
                        insert into intel.account_snapshots (account_id, taken_on, followers, plays)
                        select v.account_id, (s.taken_at at time zone 'UTC')::date,
                            round(max(a.followers) * sum(s.plays) / greatest(1, max(a.plays_total))), sum(s.plays)
                        from intel.video_snapshots s
                        join intel.videos v on v.id = s.video_id
                        join intel.accounts a on a.id = v.account_id
                        where v.synthetic and s.taken_at < ?
                        group by v.account_id, (s.taken_at at time zone 'UTC')::date
                        on conflict do nothing
                        """)
                .param(java.sql.Timestamp.from(now))
                .update();
    }
}
