package com.realsourcing.intel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiTestSupport;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo loader on a small set (tests never run the demo profile, so the bean is made by hand). The data ends in
 * 2020, so no other test's period sees it.
 */
class DemoIntelDataIntegrationTests extends ApiTestSupport {

    @Autowired
    VideoStore store;

    @Autowired
    IntelReference reference;

    @Autowired
    IntelProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void testsDoNotLoadTheDemoSet() {
        assertThat(environment.getActiveProfiles()).doesNotContain("demo");
        assertThat(context.getBeanNamesForType(DemoIntelData.class)).isEmpty();
    }

    @Test
    void loadsSyntheticVideosWithTwelveWeeklySnapshotsAndDailyFigures() {
        Instant now = Instant.parse("2020-06-30T12:00:00Z");
        DemoIntelData demo = new DemoIntelData(store, reference, properties, jdbc, java.time.Clock.systemUTC());
        long before = count("select count(*) from intel.videos where synthetic");

        int written = demo.load(new IntelProperties.Demo(99, 40, 1_500, 84, true), now, true);

        assertThat(written).isEqualTo(1_500);
        assertThat(count("select count(*) from intel.videos where synthetic") - before)
                .isEqualTo(1_500);
        // twelve weekly points: the load itself and eleven weeks before it, each once the video existed
        assertThat(
                        count(
                                """
                        select count(distinct s.taken_at) from intel.video_snapshots s
                        join intel.videos v on v.id = s.video_id where v.synthetic and v.published_on <= date '2020-07-01'
                        """))
                .isEqualTo(12);
        assertThat(
                        count(
                                """
                        select count(*) from intel.videos v where v.synthetic and v.published_on <= date '2020-07-01'
                          and (select count(*) from intel.video_snapshots s where s.video_id = v.id)
                              <> 1 + (select count(*) from generate_series(1, 11) k
                                      where timestamptz '2020-06-30 12:00:00+00' - make_interval(weeks => k) > v.published_at)
                        """))
                .isZero();
        assertThat(
                        count(
                                """
                        select count(*) from intel.videos v where v.synthetic and v.published_on <= date '2020-07-01'
                          and v.published_at < timestamptz '2020-04-14 12:00:00+00'
                        """))
                .as("some videos are old enough for all twelve")
                .isPositive();
        assertThat(count("select coalesce(sum(videos), 0) from intel.daily_figures where day <= date '2020-07-01'"))
                .isEqualTo(1_500);
        assertThat(count("select count(*) from intel.accounts where synthetic and handle like 'demo_%'"))
                .isBetween(1L, 40L);
        assertThat(count("select count(*) from intel.videos where synthetic and industry = 'other'"))
                .as("every synthetic video names a product the rules know")
                .isZero();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
