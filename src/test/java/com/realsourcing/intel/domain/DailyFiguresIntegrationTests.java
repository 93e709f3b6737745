package com.realsourcing.intel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiTestSupport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily figures kept by deltas stay equal to a GROUP BY over the videos when writers overlap: concurrent imports
 * of the same videos with different metrics and labels, and a curator relabelling one of them meanwhile.
 */
class DailyFiguresIntegrationTests extends ApiTestSupport {

    @Autowired
    VideoStore store;

    @Autowired
    CurationService curation;

    @Autowired
    JdbcClient jdbc;

    static final String DAY = "2021-05-19"; // after the demo data test's days (up to July 2020)

    static VideoItem video(String id, String text, String tag, long plays) {
        return new VideoItem(
                id,
                "https://www.tiktok.com/@figures_test/video/" + id,
                text,
                List.of(tag),
                "en",
                Instant.parse(DAY + "T08:00:00Z"),
                plays,
                plays / 10,
                plays / 100,
                plays / 100,
                plays / 200,
                20,
                null,
                null,
                null,
                new VideoItem.AccountItem(
                        "figures_test_" + id.substring(id.length() - 1),
                        null,
                        "F",
                        null,
                        "OEM",
                        null,
                        false,
                        false,
                        10,
                        0,
                        0,
                        0));
    }

    List<String> figures() {
        return DailyFigureChecks.figures(jdbc, DAY);
    }

    List<String> groupBy() {
        return DailyFigureChecks.groupBy(jdbc, DAY);
    }

    @Test
    void concurrentImportsAndACuratorKeepTheFiguresEqualToTheVideos() throws Exception {
        String base = "74100000" + (System.nanoTime() % 1_000_000_000L);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Object>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writers.add(() -> {
                for (int round = 0; round < 5; round++) {
                    List<VideoItem> batch = new ArrayList<>();
                    for (int i = 0; i < 30; i++) {
                        // the same 30 videos; each writer and round with other plays and, for some, another market
                        String tag = (i + writer + round) % 3 == 0 ? "germany" : "usa";
                        String text = i % 2 == 0 ? "hoodies factory" : "LED strip wholesale";
                        batch.add(video(base + String.format("%02d", i), text, tag, 1_000L * (writer + 1) + round + i));
                    }
                    store.write(batch, Instant.parse("2021-05-20T00:00:00Z").plusSeconds(writer * 10L + round), false);
                }
                return null;
            });
        }
        List<Future<Object>> done = new ArrayList<>();
        writers.forEach(w -> done.add(pool.submit(w)));
        // a curator relabels a video while the writers are still at it
        java.util.UUID first = org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .pollInterval(java.time.Duration.ofMillis(5))
                .until(() -> curation.videoByPlatformId(base + "00"), java.util.Optional::isPresent)
                .orElseThrow();
        curation.label(first, new CurationService.LabelChange("home-goods", null, "FR", "test"), null);
        for (Future<Object> f : done) {
            f.get();
        }
        pool.shutdown();

        assertThat(groupBy()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(figures()).isEqualTo(groupBy());
        assertThat(jdbc.sql("select industry || ' ' || country from intel.videos where platform_video_id = ?")
                        .param(base + "00")
                        .query(String.class)
                        .single())
                .isEqualTo("home-goods FR");
        // the repair job rebuilds the same figures from the videos
        store.rebuildDays(List.of(java.time.LocalDate.parse(DAY)));
        assertThat(figures()).isEqualTo(groupBy());
    }
}
