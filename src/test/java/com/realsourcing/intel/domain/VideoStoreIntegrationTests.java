package com.realsourcing.intel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiTestSupport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * New videos take the direct path (looked up, then {@code COPY}ed with their snapshot, fingerprint, figures and
 * markets computed in the application); stored ones the merge. Both must leave the same state the merge alone did.
 */
class VideoStoreIntegrationTests extends ApiTestSupport {

    @Autowired
    VideoStore store;

    @Autowired
    JdbcClient jdbc;

    static final String DAY = "2021-06-23"; // a day no other test writes

    static VideoItem video(String id, String handle, String text, List<String> tags, long plays, Integer duration) {
        return new VideoItem(
                id,
                "https://www.tiktok.com/@" + handle + "/video/" + id,
                text,
                tags,
                "en",
                Instant.parse(DAY + "T08:00:00.123Z").plusSeconds(Long.parseLong(id.substring(id.length() - 2))),
                plays,
                plays / 10,
                plays / 100,
                plays / 50,
                plays / 200,
                duration,
                null,
                null,
                null,
                new VideoItem.AccountItem(handle, null, "N", null, "OEM factory", null, false, false, 10, 0, 0, 0));
    }

    String flags(String id) {
        return jdbc.sql("select array_to_string(quality_flags, ',') from intel.videos where platform_video_id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    @Test
    void newVideosAreFlaggedAsDuplicatesAndTheirFiguresSnapshotsAndPlaysMatchTheRows() {
        String base = "7420" + (System.nanoTime() % 1_000_000_000_000L);
        String a = "store_test_a_" + base;
        String b = "store_test_b_" + base;
        Instant first = Instant.parse("2021-06-24T00:00:00.000001999Z");
        store.write(
                List.of(
                        video(base + "02", a, "hoodies factory 卫衣", List.of("usa"), 5_000, 20),
                        // the same text and length, published later: a duplicate within the batch
                        video(base + "05", a, "hoodies factory 卫衣", List.of("usa"), 7_000, 20),
                        // the same text by another account, and the same text with another length: not duplicates
                        video(base + "03", b, "hoodies factory 卫衣", List.of("usa"), 3_000, 20),
                        video(base + "04", a, "hoodies factory 卫衣", List.of("usa"), 1_000, null),
                        video(base + "06", b, "", List.of(), 100, null)),
                first,
                false);
        assertThat(flags(base + "02")).isEmpty();
        assertThat(flags(base + "05")).isEqualTo("DUPLICATE");
        assertThat(flags(base + "03")).isEmpty();
        assertThat(flags(base + "04")).isEmpty();
        assertThat(flags(base + "06")).isEmpty();
        assertThat(jdbc.sql("select hashtags = '{}'::text[] and quality_flags = '{}'::text[] and language = 'en'"
                                + " and duration_seconds is null and cover_url is null and not synthetic"
                                + " from intel.videos where platform_video_id = ?")
                        .param(base + "06")
                        .query(Boolean.class)
                        .single())
                .isTrue();

        // a later import: one stored video with new plays, and a new one repeating a stored video's text
        Instant second = first.plusSeconds(3600);
        store.write(
                List.of(
                        video(base + "02", a, "hoodies factory 卫衣", List.of("usa"), 9_000, 20),
                        video(base + "07", a, "hoodies factory 卫衣", List.of("usa"), 400, null),
                        video(base + "08", b, "LED strip OEM", List.of("germany"), 800, 15)),
                second,
                false);
        assertThat(flags(base + "07")).isEqualTo("DUPLICATE");
        assertThat(flags(base + "08")).isEmpty();
        // the first video of a text owns its fingerprint, computed as PostgreSQL computes it
        assertThat(jdbc.sql(
                                """
                                select v.platform_video_id from intel.video_fingerprints f
                                join intel.videos v on v.id = f.video_id
                                join intel.accounts a on a.id = f.account_id
                                where a.handle = ? and f.fingerprint = md5(? || '|' || coalesce(?::int::text, ''))::uuid
                                """)
                        .params(a, "hoodies factory 卫衣", 20)
                        .query(String.class)
                        .list())
                .containsExactly(base + "02");
        assertThat(VideoStore.fingerprint("hoodies factory 卫衣", null))
                .isEqualTo(jdbc.sql("select md5(? || '|' || '')::uuid")
                        .param("hoodies factory 卫衣")
                        .query(UUID.class)
                        .single());

        // one snapshot per item and import, at the import's time to the microsecond on both paths
        assertThat(jdbc.sql(
                                """
                                select v.platform_video_id || ' ' || s.plays || ' ' || (extract(epoch from s.taken_at) * 1000000)::bigint
                                from intel.video_snapshots s
                                join intel.videos v on v.id = s.video_id
                                where v.platform_video_id in (?, ?) order by s.taken_at, 1
                                """)
                        .params(base + "02", base + "07")
                        .query(String.class)
                        .list())
                .containsExactly(
                        base + "02 5000 " + micros(first),
                        base + "02 9000 " + micros(second),
                        base + "07 400 " + micros(second));
        assertThat(jdbc.sql("select published_at = timestamptz '2021-06-23 08:00:05.123Z' from intel.videos"
                                + " where platform_video_id = ?")
                        .param(base + "05")
                        .query(Boolean.class)
                        .single())
                .isTrue();

        // the accounts' plays, markets and the day's figures equal what the video rows say
        for (String handle : List.of(a, b)) {
            assertThat(jdbc.sql(
                                    """
                                    select a.plays_total = (select sum(v.plays) from intel.videos v where v.account_id = a.id)
                                    from intel.accounts a where a.handle = ?
                                    """)
                            .param(handle)
                            .query(Boolean.class)
                            .single())
                    .as(handle)
                    .isTrue();
            assertThat(markets(handle, "m.first_on || ' ' || m.last_on"))
                    .isEqualTo(markets(handle, "min(v.published_on) || ' ' || max(v.published_on)"));
        }
        assertThat(figures()).isEqualTo(groupBy());
    }

    /** Microseconds since the epoch, truncated as PostgreSQL keeps them. */
    static long micros(Instant time) {
        return time.getEpochSecond() * 1_000_000 + time.getNano() / 1_000;
    }

    List<String> markets(String handle, String range) {
        return jdbc.sql(
                        """
                        select m.industry || ' ' || m.country || ' ' || %s
                        from intel.account_markets m join intel.accounts a on a.id = m.account_id
                        join intel.videos v on v.account_id = a.id and v.industry = m.industry and v.country = m.country
                        where a.handle = ? group by m.industry, m.country, m.first_on, m.last_on order by 1
                        """
                                .formatted(range))
                .param(handle)
                .query(String.class)
                .list();
    }

    @Test
    void writersOfDifferentStripesImportsAndOthersShareFigureRowsWithoutDeadlockOrDrift() throws Exception {
        String base = "7422" + (System.nanoTime() % 1_000_000_000_000L);
        // four writers, each for accounts of its own stripe, all moving the same daily-figure rows at once
        List<List<String>> handles = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            handles.add(new ArrayList<>());
        }
        for (int i = 0; handles.stream().anyMatch(h -> h.size() < 3); i++) {
            String handle = "stripe_test_" + base + "_" + i;
            int stripe = VideoStore.stripe(handle);
            if (stripe % 2 == 0 && handles.get(stripe / 2).size() < 3) {
                handles.get(stripe / 2).add(handle);
            }
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                VideoStore.Deferred memory = new VideoStore.Deferred();
                for (int round = 0; round < 8; round++) {
                    List<VideoItem> batch = new ArrayList<>();
                    for (int i = 0; i < 24; i++) {
                        // half the videos come back every round with new plays, half are new each round
                        String id = base + writer + (i < 12 ? "0" + (10 + i) : round + "" + (10 + i));
                        String text = i % 2 == 0 ? "hoodies factory" : "LED strip wholesale";
                        List<String> tags = List.of((i + round) % 3 == 0 ? "germany" : "usa");
                        batch.add(video(id, handles.get(writer).get(i % 3), text, tags, 100L * round + i + 1, 20));
                    }
                    if (writer < 2) {
                        store.write(batch, Instant.now(), false);
                    } else {
                        // an import's writer: its changes wait, and it folds them (and everyone's) in at its end
                        VideoStore.Prepared prepared = store.prepare(batch);
                        store.write(prepared, Instant.now(), false, memory);
                        if (round == 7) { // every round has the writer's three accounts
                            VideoStore.Profiles profiles = new VideoStore.Profiles();
                            profiles.add(prepared);
                            store.finish(profiles, Instant.now());
                        }
                    }
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> f : done) {
            f.get(); // a deadlock would surface here as PostgreSQL's error
        }
        pool.shutdown();
        assertThat(figures()).hasSizeGreaterThanOrEqualTo(4).isEqualTo(groupBy());
        for (List<String> writerHandles : handles) {
            for (String handle : writerHandles) {
                assertThat(plays(handle)).as(handle).isEqualTo(videoPlays(handle));
                assertThat(markets(handle)).as(handle).isEqualTo(videoMarkets(handle));
            }
        }
    }

    @Test
    void anImportsBatchesLeaveSharedChangesPendingAndItsEndFoldsThemInWithTheLatestProfiles() {
        String base = "7423" + (System.nanoTime() % 1_000_000_000_000L);
        String known = "pending_test_k_" + base;
        String fresh = "pending_test_f_" + base;
        Instant time = Instant.parse("2021-06-25T00:00:00Z");
        store.write(List.of(video(base + "01", known, "hoodies factory", List.of("usa"), 1_000, 20)), time, false);
        List<String> before = figures();
        long knownPlays = plays(known);

        // two batches of an import: new videos of a stored account and of a new one, then a stored video with new plays
        // and a new market for the stored account, under a later profile
        VideoStore.Deferred memory = new VideoStore.Deferred();
        VideoStore.Prepared first = store.prepare(List.of(
                video(base + "02", known, "hoodies factory", List.of("usa"), 2_000, 21),
                video(base + "03", fresh, "LED strip OEM", List.of("germany"), 500, 15)));
        store.write(first, time, false, memory);
        VideoStore.Prepared second = store.prepare(List.of(
                renamed(video(base + "02", known, "hoodies factory", List.of("usa"), 2_600, 21), "Later"),
                renamed(video(base + "04", known, "hoodies factory", List.of("nigeria"), 300, 22), "Later")));
        store.write(second, time, false, memory);

        // the videos are written; the figures, the stored account's plays and its markets wait for the end
        assertThat(jdbc.sql("select count(*) from intel.videos where platform_video_id like ?")
                        .param(base + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(4L);
        assertThat(figures()).isEqualTo(before).isNotEqualTo(groupBy());
        // (the merge of a stored video moves its account's plays at once: +600; the new videos' 2,300 wait)
        assertThat(plays(known)).isEqualTo(knownPlays + 600);
        assertThat(plays(fresh)).as("a new account is inserted whole").isEqualTo(500L);
        assertThat(nickname(known)).isEqualTo("N");

        VideoStore.Profiles profiles = new VideoStore.Profiles();
        profiles.add(first);
        profiles.add(second);
        store.finish(profiles, time);

        assertThat(figures()).isEqualTo(groupBy());
        assertThat(plays(known)).isEqualTo(videoPlays(known)).isEqualTo(1_000L + 2_600 + 300);
        assertThat(plays(fresh)).isEqualTo(videoPlays(fresh));
        assertThat(nickname(known)).isEqualTo("Later");
        assertThat(markets(known)).isEqualTo(videoMarkets(known)).hasSize(2);
        assertThat(markets(fresh)).isEqualTo(videoMarkets(fresh)).hasSize(1);
        assertThat(jdbc.sql("select plays from intel.account_snapshots s join intel.accounts a on a.id = s.account_id"
                                + " where a.handle = ? and s.taken_on = date '2021-06-25'")
                        .param(known)
                        .query(Long.class)
                        .single())
                .isEqualTo(3_900L);
        assertThat(pending(known, fresh)).isZero();
    }

    @Test
    void changesACrashLeftPendingAreFoldedInAtStartupAndARepairOfDaysDoesNotCountThemTwice() {
        String base = "7424" + (System.nanoTime() % 1_000_000_000_000L);
        String handle = "pending_test_c_" + base;
        Instant time = Instant.parse("2021-06-26T00:00:00Z");
        store.write(List.of(video(base + "01", handle, "hoodies factory", List.of("usa"), 1_000, 20)), time, false);
        // an import's batches, and then no end (the process died)
        writeDeferred(
                new VideoStore.Deferred(), time, video(base + "02", handle, "hoodies factory", List.of("uae"), 40, 21));
        assertThat(plays(handle)).isEqualTo(1_000L);
        // an operator's repair of the day meanwhile recounts the written videos: what was pending must not be added
        // again
        store.rebuildDays(List.of(java.time.LocalDate.parse(DAY)));
        assertThat(figures()).isEqualTo(groupBy());
        writeDeferred(
                new VideoStore.Deferred(), time, video(base + "03", handle, "hoodies factory", List.of("usa"), 7, 22));
        store.foldPending(); // what the next start does
        assertThat(figures()).isEqualTo(groupBy());
        assertThat(plays(handle)).isEqualTo(videoPlays(handle)).isEqualTo(1_047L);
        assertThat(markets(handle)).isEqualTo(videoMarkets(handle)).hasSize(2);
        assertThat(pending(handle, handle)).isZero();
    }

    @Test
    void anImportLogsOnlyTheMarketRangesItWidensAndForgetsWhatARolledBackBatchWidened() {
        String base = "7425" + (System.nanoTime() % 1_000_000_000_000L);
        String handle = "pending_test_m_" + base;
        Instant time = Instant.parse("2021-06-27T00:00:00Z");
        VideoStore.Deferred memory = new VideoStore.Deferred();
        VideoStore.Profiles profiles = new VideoStore.Profiles();
        VideoStore.Prepared first = store.prepare(List.of(
                on("2021-06-10", video(base + "10", handle, "hoodies factory", List.of("usa"), 100, 20)),
                on("2021-06-12", video(base + "12", handle, "hoodies factory", List.of("usa"), 100, 21))));
        store.write(first, time, false, memory);
        profiles.add(first);
        assertThat(marketChanges(handle)).isEqualTo(1);
        // inside the range the writer knows: nothing to log
        writeDeferred(
                memory, time, on("2021-06-11", video(base + "11", handle, "hoodies factory", List.of("usa"), 100, 22)));
        assertThat(marketChanges(handle)).isEqualTo(1);
        // a batch that widens the range, rolled back by its stored video's merge (negative plays fail a check) after
        // its market change was logged: the writer must not remember the wider range
        VideoItem wider = on("2021-06-14", video(base + "14", handle, "hoodies factory", List.of("usa"), 100, 23));
        VideoItem broken = on("2021-06-10", video(base + "10", handle, "hoodies factory", List.of("usa"), -1, 20));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> store.write(store.prepare(List.of(wider, broken)), time, false, memory))
                .isInstanceOf(RuntimeException.class);
        assertThat(marketChanges(handle)).isEqualTo(1);
        writeDeferred(memory, time, wider);
        assertThat(marketChanges(handle)).isEqualTo(2);
        store.finish(profiles, time);
        assertThat(markets(handle)).isEqualTo(videoMarkets(handle)).hasSize(1);
        assertThat(markets(handle).get(0)).contains("2021-06-10 2021-06-14");
        assertThat(marketChanges(handle)).isZero();
    }

    /** One batch of an import's writer (its changes wait for {@link VideoStore#finish} or a fold). */
    void writeDeferred(VideoStore.Deferred memory, Instant time, VideoItem... videos) {
        store.write(store.prepare(List.of(videos)), time, false, memory);
    }

    /** The video published on another day. */
    static VideoItem on(String day, VideoItem v) {
        return copy(v, Instant.parse(day + "T08:00:00Z"), v.account());
    }

    long marketChanges(String handle) {
        return jdbc.sql("select count(*) from intel.market_changes c join intel.accounts a on a.id = c.account_id"
                        + " where a.handle = ?")
                .param(handle)
                .query(Long.class)
                .single();
    }

    static VideoItem renamed(VideoItem v, String nickname) {
        VideoItem.AccountItem a = v.account();
        return copy(
                v,
                v.publishedAt(),
                new VideoItem.AccountItem(
                        a.handle(),
                        a.platformUserId(),
                        nickname,
                        a.profileUrl(),
                        a.bio(),
                        a.bioLink(),
                        a.verified(),
                        a.seller(),
                        a.followers(),
                        a.following(),
                        a.likesTotal(),
                        a.videoTotal()));
    }

    static VideoItem copy(VideoItem v, Instant publishedAt, VideoItem.AccountItem account) {
        return new VideoItem(
                v.videoId(),
                v.webUrl(),
                v.text(),
                v.hashtags(),
                v.language(),
                publishedAt,
                v.plays(),
                v.likes(),
                v.shares(),
                v.comments(),
                v.saves(),
                v.durationSeconds(),
                v.coverUrl(),
                v.location(),
                v.searchQuery(),
                account);
    }

    long plays(String handle) {
        return jdbc.sql("select plays_total from intel.accounts where handle = ?")
                .param(handle)
                .query(Long.class)
                .single();
    }

    long videoPlays(String handle) {
        return jdbc.sql(
                        "select coalesce(sum(v.plays), 0) from intel.videos v join intel.accounts a on a.id = v.account_id"
                                + " where a.handle = ?")
                .param(handle)
                .query(Long.class)
                .single();
    }

    String nickname(String handle) {
        return jdbc.sql("select nickname from intel.accounts where handle = ?")
                .param(handle)
                .query(String.class)
                .single();
    }

    List<String> markets(String handle) {
        return jdbc.sql(
                        """
                        select m.industry || ' ' || m.country || ' ' || m.first_on || ' ' || m.last_on || ' ' || m.competitor
                        from intel.account_markets m join intel.accounts a on a.id = m.account_id
                        where a.handle = ? order by 1
                        """)
                .param(handle)
                .query(String.class)
                .list();
    }

    /** The markets as the account's videos and its competitor flag give them. */
    List<String> videoMarkets(String handle) {
        return jdbc.sql(
                        """
                        select v.industry || ' ' || v.country || ' ' || min(v.published_on) || ' '
                            || max(v.published_on) || ' ' || a.competitor
                        from intel.videos v join intel.accounts a on a.id = v.account_id
                        where a.handle = ? group by v.industry, v.country, a.competitor order by 1
                        """)
                .param(handle)
                .query(String.class)
                .list();
    }

    long pending(String handle, String other) {
        return jdbc.sql(
                        """
                        select (select count(*) from intel.account_changes c join intel.accounts a on a.id = c.account_id
                                where a.handle in (?, ?))
                            + (select count(*) from intel.market_changes c join intel.accounts a on a.id = c.account_id
                                where a.handle in (?, ?))
                            + (select count(*) from intel.figure_changes where day = ?::date)
                        """)
                .params(handle, other, handle, other, DAY)
                .query(Long.class)
                .single();
    }

    List<String> figures() {
        return DailyFigureChecks.figures(jdbc, DAY);
    }

    List<String> groupBy() {
        return DailyFigureChecks.groupBy(jdbc, DAY);
    }

    @Test
    void accountsAndVideosAreNeverDeletedSoNoVideoOrSnapshotLosesItsParent() {
        // the bulk path writes children without per-row foreign-key checks (migration V14); deletes are refused instead
        for (String table : List.of("intel.videos", "intel.accounts")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                            jdbc.sql("delete from " + table + " where false").update())
                    .as(table)
                    .hasMessageContaining("never deleted");
        }
    }

    @Test
    void textsAndHashtagsWithCharactersCopyTreatsSpeciallyArriveUnchanged() {
        String base = "7421" + (System.nanoTime() % 1_000_000_000_000L);
        List<String> tags = new ArrayList<>(List.of("a\"quote", "back\\slash", "comma,brace}{", "tab\there", "", "中文"));
        String text = "line one\nline two\ttabbed \\ backslash \u0000nul \"quoted\" 卫衣";
        store.write(List.of(video(base + "01", "store_test_c_" + base, text, tags, 10, 5)), Instant.now(), false);
        // and through the merge of stored videos: a second text, then the first again
        store.write(List.of(video(base + "01", "store_test_c_" + base, "x", List.of(), 20, 5)), Instant.now(), false);
        store.write(List.of(video(base + "01", "store_test_c_" + base, text, tags, 30, 5)), Instant.now(), false);
        assertThat(jdbc.sql("select plays from intel.videos where platform_video_id = ?")
                        .param(base + "01")
                        .query(Long.class)
                        .single())
                .isEqualTo(30L);
        assertThat(jdbc.sql("select text from intel.videos where platform_video_id = ?")
                        .param(base + "01")
                        .query(String.class)
                        .single())
                .isEqualTo(text.replace("\u0000", ""));
        assertThat(jdbc.sql("select hashtags from intel.videos where platform_video_id = ?")
                        .param(base + "01")
                        .query((rs, n) -> List.of((String[]) rs.getArray(1).getArray()))
                        .single())
                .isEqualTo(tags);
    }
}
