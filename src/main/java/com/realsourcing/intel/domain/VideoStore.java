package com.realsourcing.intel.domain;

import com.realsourcing.shared.domain.Ids;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes batches of labelled videos with a handful of set-based statements in one transaction, under the locks of the
 * batch's accounts' stripes ({@link #lockStripes}), so no other writer inserts or changes their videos meanwhile:
 *
 * <ol>
 *   <li>the batch's videos already stored are looked up (one probe of the unique index each);
 *   <li>the batch's accounts are upserted from arrays, each with the first and latest publish time of its videos, the
 *       plays of its new videos and its quality flags (INACTIVE, UNVERIFIED), linked to a directory factory that named
 *       its handle — or, for an import, only the new ones are inserted and the stored ones' plays logged;
 *   <li>new videos are {@code COPY}ed straight into the videos, their snapshots and fingerprints, with what follows
 *       from them computed here: the DUPLICATE flag (a text and length the account posted before), the changes of the
 *       daily figures and of the accounts' markets;
 *   <li>stored videos are {@code COPY}ed into a session-private staging table, and one merge statement updates them
 *       (a row is rewritten only when something in it changed), answers their moves of the daily figures (−old +new),
 *       widens the accounts' markets, moves their plays and adds a metric snapshot for every item;
 *   <li>the changes of rows that batches share — the daily figures, accounts' plays, markets — are appended to their
 *       logs (migration V15) and folded in by one statement each ({@link #fold}): before the batch commits, or, for an
 *       import, once at its end ({@link #finish}) with the latest profile of each account; whatever a crash left is
 *       folded in at the next start, before a curation and before a repair of days;
 *   <li>each touched account gets its figures of the day (followers, plays) for the growth in the weekly report.
 * </ol>
 *
 * The items as received are kept as the import's source file ({@link ImportSources}). Re-importing an item updates its
 * metrics, adds a snapshot and never duplicates it; labels an operator set ({@code *_source = 'MANUAL'}) are kept. The
 * transaction commits without waiting for the WAL flush ({@code synchronous_commit = off}): a crash may lose the last
 * batches of an import, never corrupt anything — a batch's logged changes commit with its videos — and an import is
 * idempotent, so running it again restores them (and the profiles of accounts it had not yet applied).
 */
@Component
class VideoStore {

    static final Duration INACTIVE_AFTER = Duration.ofDays(90);

    private final JdbcTemplate jdbc;
    private final LabelRules rules;

    VideoStore(JdbcTemplate jdbc, LabelRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /** What a batch did, and where its time went (nanoseconds). */
    record BatchResult(int inserted, int updated, int duplicates, long accountNanos, long copyNanos, long mergeNanos) {}

    /** A batch labelled before its transaction begins (an import's writer threads do this for their batches). */
    record Prepared(List<AccountRow> accounts, List<VideoRow> videos, int duplicates) {}

    record AccountRow(
            VideoItem.AccountItem item,
            double b2bScore,
            String b2bSignals,
            Instant firstPublished,
            Instant lastPublished) {

        /** The account as a later row describes it, over the publish range of both. */
        AccountRow followedBy(AccountRow later) {
            return new AccountRow(
                    later.item,
                    later.b2bScore,
                    later.b2bSignals,
                    min(firstPublished, later.firstPublished),
                    max(lastPublished, later.lastPublished));
        }
    }

    record VideoRow(VideoItem item, LabelRules.VideoLabels labels) {}

    /** The latest profile of every account a deferred writer's batches touched, added in the order they were written. */
    static final class Profiles {
        private final Map<String, AccountRow> latest = new HashMap<>();

        void add(Prepared batch) {
            for (AccountRow row : batch.accounts()) {
                latest.merge(row.item().handle(), row, AccountRow::followedBy);
            }
        }

        void clear() {
            latest.clear();
        }
    }

    /**
     * One deferred writer's memory across its batches (an import's writer, the demo data): the market ranges of the
     * accounts it wrote, as stored or as its committed batches logged them, so a batch logs only the changes that
     * widen them (an account's videos mostly fall inside ranges it has had for a while). Ranges only ever widen, so
     * what is held here is never wider than what the folds will leave.
     */
    static final class Deferred {
        /** Account → "industry country" → first and last day. */
        private final Map<UUID, Map<String, LocalDate[]>> ranges = new HashMap<>();

        private void widen(Map<MarketKey, LocalDate[]> logged) {
            logged.forEach((key, range) -> ranges.computeIfAbsent(key.account(), a -> new HashMap<>())
                    .merge(market(key.industry(), key.country()), range, VideoStore::span));
        }

        /** The key of an account's market in {@link #ranges}. */
        private static String market(String industry, String country) {
            return industry + " " + country;
        }
    }

    /** The days two ranges (first, last) span together, as a new range. */
    private static LocalDate[] span(LocalDate[] a, LocalDate[] b) {
        return new LocalDate[] {a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]};
    }

    /** Labels a batch: the same video twice in one batch keeps the later row (ON CONFLICT may touch a row once). */
    Prepared prepare(List<VideoItem> batch) {
        Map<String, VideoItem> byId = new LinkedHashMap<>();
        for (VideoItem item : batch) {
            byId.put(item.videoId(), item);
        }
        Map<String, AccountRow> accounts = new LinkedHashMap<>();
        List<VideoRow> videos = new ArrayList<>(byId.size());
        for (VideoItem v : byId.values()) {
            LabelRules.VideoLabels labels = rules.classify(v);
            videos.add(new VideoRow(v, labels));
            VideoItem.AccountItem a = v.account();
            AccountRow known = accounts.get(a.handle());
            if (known == null) {
                LabelRules.B2bSignals b2b = rules.b2b(a.nickname(), a.bio(), a.bioLink());
                accounts.put(
                        a.handle(),
                        new AccountRow(a, b2b.score(), stringsJson(b2b.signals()), v.publishedAt(), v.publishedAt()));
            } else {
                // the latest item describes the account; the publish range spans all its videos in the batch (its B2B
                // signals are found again only when the texts they come from changed)
                VideoItem.AccountItem k = known.item();
                boolean same = java.util.Objects.equals(k.nickname(), a.nickname())
                        && java.util.Objects.equals(k.bio(), a.bio())
                        && java.util.Objects.equals(k.bioLink(), a.bioLink());
                LabelRules.B2bSignals b2b = same ? null : rules.b2b(a.nickname(), a.bio(), a.bioLink());
                accounts.put(
                        a.handle(),
                        new AccountRow(
                                a,
                                b2b == null ? known.b2bScore() : b2b.score(),
                                b2b == null ? known.b2bSignals() : stringsJson(b2b.signals()),
                                min(known.firstPublished(), v.publishedAt()),
                                max(known.lastPublished(), v.publishedAt())));
            }
        }
        return new Prepared(List.copyOf(accounts.values()), videos, batch.size() - byId.size());
    }

    /**
     * The rule labels as JSON ({@code [{"kind":…,"value":…,"confidence":…,"reasons":[…]}]}), what Jackson writes for
     * them, written directly: a serializer per label cost the import 7 % of its application time.
     */
    static String labelsJson(List<LabelRules.Label> labels) {
        return labelsJson(new StringBuilder(64 + labels.size() * 96), labels).toString();
    }

    /** {@link #labelsJson(List)} into {@code out} (the import writes it straight into its COPY rows). */
    static StringBuilder labelsJson(StringBuilder out, List<LabelRules.Label> labels) {
        out.append('[');
        int start = out.length();
        for (LabelRules.Label label : labels) {
            if (out.length() > start) {
                out.append(',');
            }
            out.append("{\"kind\":");
            jsonString(out, label.kind());
            out.append(",\"value\":");
            jsonString(out, label.value());
            out.append(",\"confidence\":").append(label.confidence()).append(",\"reasons\":");
            strings(out, label.reasons());
            out.append('}');
        }
        return out.append(']');
    }

    static String stringsJson(List<String> values) {
        return strings(new StringBuilder(values.size() * 12 + 2), values).toString();
    }

    private static StringBuilder strings(StringBuilder out, List<String> values) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            jsonString(out, values.get(i));
        }
        return out.append(']');
    }

    private static void jsonString(StringBuilder out, String value) {
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        int plain = 0;
        while (plain < value.length()
                && value.charAt(plain) >= ' '
                && value.charAt(plain) != '"'
                && value.charAt(plain) != '\\') {
            plain++;
        }
        out.append(value, 0, plain); // most texts need no escape at all: appended whole
        for (int i = plain; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < ' ') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Transactional
    public BatchResult write(List<VideoItem> batch, Instant now, boolean synthetic) {
        return write(prepare(batch), now, synthetic);
    }

    @Transactional
    public BatchResult write(Prepared batch, Instant time, boolean synthetic) {
        return write(batch, time, synthetic, null);
    }

    /**
     * Writes a batch. The changes its videos make to rows other batches share — the daily figures, the accounts' plays,
     * their markets — are appended to the change logs ({@link #fold}). Without {@code deferred} they are folded in
     * before the batch commits, its accounts' profiles are upserted and their figures of the day recorded. With
     * {@code deferred} (an import) only new accounts are inserted; the caller applies the latest profile of every
     * account its batches touched and folds the logs once, at its end ({@link #finish}).
     */
    @Transactional
    public BatchResult write(Prepared batch, Instant time, boolean synthetic, Deferred deferred) {
        if (batch.videos().isEmpty()) {
            return new BatchResult(0, 0, batch.duplicates(), 0, 0, 0);
        }
        // PostgreSQL keeps microseconds: the snapshots of one import share one time whichever path wrote them
        Instant now = time.truncatedTo(ChronoUnit.MICROS);
        return jdbc.execute((ConnectionCallback<BatchResult>) con -> {
            try (Statement st = con.createStatement()) {
                st.execute("set local synchronous_commit = off");
            }
            int[] stripes = stripes(batch.accounts());
            lockStripes(con, stripes);
            long t0 = System.nanoTime();
            // under its accounts' stripe locks no other writer inserts these videos: what is not stored now is new
            Set<String> stored = storedVideoIds(con, batch.videos());
            List<VideoRow> fresh = new ArrayList<>(batch.videos().size());
            List<VideoRow> known = new ArrayList<>();
            for (VideoRow row : batch.videos()) {
                (stored.contains(row.item().videoId()) ? known : fresh).add(row);
            }
            Map<String, UUID> accountIds = deferred != null
                    ? accountIds(con, batch.accounts(), fresh, now, synthetic)
                    : upsertAccounts(con, batch.accounts(), fresh, now, synthetic);
            long t1 = System.nanoTime();
            Map<FigureKey, long[]> figures = new HashMap<>();
            int inserted = insertFresh(con, fresh, batch.videos(), accountIds, now, synthetic, figures, deferred);
            long t2 = System.nanoTime();
            int updated = 0;
            if (!known.isEmpty()) {
                copyVideos(con, known, accountIds);
                int[] counts = merge(con, now, synthetic, figures);
                inserted += counts[0];
                updated = counts[1];
            }
            figureChanges(con, figures);
            if (deferred == null) {
                fold(con, stripes);
                snapshotAccounts(con, accountIds.values(), now);
            }
            long t3 = System.nanoTime();
            return new BatchResult(inserted, updated, batch.duplicates(), t1 - t0, t2 - t1, t3 - t2);
        });
    }

    /**
     * The end of a deferred writer's batches (an import, also when it failed): the latest profile of every account they
     * touched, then every pending change folded in, then the accounts' figures of the day.
     */
    @Transactional
    public void finish(Profiles profiles, Instant time) {
        finish(profiles, time, ALL_STRIPES);
        foldFigures();
    }

    /**
     * {@link #finish(Profiles, Instant)} for the accounts of the given stripes only (the profiles of others are left
     * out), so each writer of an import finishes its own stripes, side by side; the daily figures are not folded here
     * but by {@link #foldFigures()}, which needs no stripe and runs beside them.
     */
    @Transactional
    public void finish(Profiles profiles, Instant time, int[] stripes) {
        Instant now = time.truncatedTo(ChronoUnit.MICROS);
        Set<Integer> mine = java.util.Arrays.stream(stripes).boxed().collect(Collectors.toSet());
        jdbc.execute((ConnectionCallback<Void>) con -> {
            lockStripes(con, stripes);
            List<AccountRow> rows = new ArrayList<>();
            for (AccountRow row : profiles.latest.values()) {
                if (mine.contains(stripe(row.item().handle()))) {
                    rows.add(row);
                }
            }
            List<UUID> ids = new ArrayList<>(rows.size());
            for (int from = 0; from < rows.size(); from += 10_000) {
                List<AccountRow> chunk = rows.subList(from, Math.min(rows.size(), from + 10_000));
                ids.addAll(upsertAccounts(con, chunk, List.of(), now, false).values());
            }
            foldAccounts(con, stripes);
            for (int from = 0; from < ids.size(); from += 10_000) {
                snapshotAccounts(con, ids.subList(from, Math.min(ids.size(), from + 10_000)), now);
            }
            return null;
        });
    }

    /** Folds the pending changes of the daily figures in (under the figure-fold lock only). */
    @Transactional
    public void foldFigures() {
        jdbc.execute((ConnectionCallback<Void>) con -> {
            foldFigures(con);
            return null;
        });
    }

    /** Folds in whatever changes are pending: at startup, those of batches whose import a crash stopped. */
    @Transactional
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    public void foldPending() {
        jdbc.execute((ConnectionCallback<Void>) con -> {
            lockFigures(con);
            fold(con, ALL_STRIPES);
            return null;
        });
    }

    /**
     * Folds the pending changes into their tables, one statement each, in key order: the accounts' plays and markets
     * of the given stripes (whose locks the caller holds: no batch of those accounts runs meanwhile), and all figures
     * (under the figure-fold lock, taken after the stripes', so folds take turns and never deadlock).
     */
    static void fold(Connection con, int[] stripes) throws SQLException {
        foldAccounts(con, stripes);
        foldFigures(con);
    }

    /** The accounts' plays and markets of {@link #fold}, for the given stripes (whose locks the caller holds). */
    private static void foldAccounts(Connection con, int[] stripes) throws SQLException {
        Array stripeArray = stripeArray(con, stripes);
        try (PreparedStatement plays = con.prepareStatement(
                        """
                        with c as (delete from intel.account_changes where stripe = any(?) returning account_id, plays),
                        d as (select account_id, sum(plays) as plays from c group by account_id having sum(plays) <> 0)
                        update intel.accounts a set plays_total = a.plays_total + d.plays from d where a.id = d.account_id
                        """);
                PreparedStatement markets = con.prepareStatement(
                        """
                        with c as (delete from intel.market_changes where stripe = any(?) returning *),
                        g as (select account_id, industry, country, min(first_on) as first_on, max(last_on) as last_on
                            from c group by industry, country, account_id)
                        insert into intel.account_markets as m (account_id, industry, country, first_on, last_on,
                            competitor)
                        select g.account_id, g.industry, g.country, g.first_on, g.last_on, a.competitor
                        from g join intel.accounts a on a.id = g.account_id
                        left join intel.account_markets o
                            on o.industry = g.industry and o.country = g.country and o.account_id = g.account_id
                        -- only new markets and wider ranges: most changes widen nothing, and a row the upsert
                        -- merely visits it still locks
                        where o.account_id is null or o.first_on > g.first_on or o.last_on < g.last_on
                        order by g.industry, g.country, g.account_id
                        on conflict (industry, country, account_id) do update set
                            first_on = least(m.first_on, excluded.first_on),
                            last_on = greatest(m.last_on, excluded.last_on)
                        where m.first_on > excluded.first_on or m.last_on < excluded.last_on
                        """)) {
            plays.setArray(1, stripeArray);
            plays.executeUpdate();
            markets.setArray(1, stripeArray);
            markets.executeUpdate();
        }
    }

    /**
     * The daily figures of {@link #fold}: all of them, under the figure-fold lock (taken after any stripe locks the
     * caller holds, so folds take turns and never deadlock).
     */
    private static void foldFigures(Connection con) throws SQLException {
        try (PreparedStatement lock =
                        con.prepareStatement("select pg_advisory_xact_lock(hashtext('intel.figure-fold'))");
                PreparedStatement figures = con.prepareStatement(
                        """
                        with c as (delete from intel.figure_changes returning *)
                        insert into intel.daily_figures as f (day, industry, country, product, videos, plays, likes,
                            shares, comments, saves)
                        select day, industry, country, product, sum(videos), sum(plays), sum(likes), sum(shares),
                            sum(comments), sum(saves)
                        from c group by industry, day, country, product
                        having sum(videos) <> 0 or sum(plays) <> 0 or sum(likes) <> 0 or sum(shares) <> 0
                            or sum(comments) <> 0 or sum(saves) <> 0
                        order by industry, day, country, product
                        on conflict (industry, day, country, product) do update set
                            videos = f.videos + excluded.videos, plays = f.plays + excluded.plays,
                            likes = f.likes + excluded.likes, shares = f.shares + excluded.shares,
                            comments = f.comments + excluded.comments, saves = f.saves + excluded.saves
                        """)) {
            lock.execute();
            figures.executeUpdate();
        }
    }

    /** The platform ids of the batch's videos that are stored already (one probe of the unique index each). */
    private static Set<String> storedVideoIds(Connection con, List<VideoRow> videos) throws SQLException {
        String[] ids = new String[videos.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = videos.get(i).item().videoId();
        }
        Set<String> stored = new HashSet<>();
        try (PreparedStatement ps = con.prepareStatement(
                "select platform_video_id from intel.videos where platform = 'TIKTOK' and platform_video_id = any(?)")) {
            ps.setArray(1, con.createArrayOf("text", ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
        }
        return stored;
    }

    /**
     * A video's fingerprint: the MD5 of its text and length, as {@code md5(text || '|' || coalesce(duration::text,
     * ''))::uuid} gives it in PostgreSQL (the fingerprints of earlier imports were computed there).
     */
    static UUID fingerprint(String text, Integer durationSeconds) {
        String key = clean(text) + "|" + (durationSeconds == null ? "" : durationSeconds.toString());
        try {
            byte[] md5 = java.security.MessageDigest.getInstance("MD5").digest(key.getBytes(StandardCharsets.UTF_8));
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(md5);
            return new UUID(bytes.getLong(), bytes.getLong());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Fingerprint(UUID account, UUID value) {}

    /**
     * New videos go straight into their tables by {@code COPY} — no staging table, no conflict handling, no look-up of
     * old rows — with everything that follows from them computed here: the DUPLICATE flag (a text and length the
     * account posted before, or an earlier video of this batch has), the owners of new fingerprints, the metric
     * snapshot, and the deltas of the daily figures and of the accounts' markets. The accounts' plays were added by
     * their upsert.
     */
    private int insertFresh(
            Connection con,
            List<VideoRow> fresh,
            List<VideoRow> batch,
            Map<String, UUID> accountIds,
            Instant now,
            boolean synthetic,
            Map<FigureKey, long[]> figures,
            Deferred deferred)
            throws SQLException {
        if (fresh.isEmpty()) {
            return 0;
        }
        // the first video (by publish time, then id) of each account and fingerprint in this batch owns it
        Map<Fingerprint, VideoRow> first = new HashMap<>();
        Map<VideoRow, Fingerprint> prints = new java.util.IdentityHashMap<>(); // rows are records: no deep hashing
        for (VideoRow row : batch) {
            VideoItem v = row.item();
            if (v.text().isEmpty()) {
                continue;
            }
            Fingerprint fp =
                    new Fingerprint(accountIds.get(v.account().handle()), fingerprint(v.text(), v.durationSeconds()));
            prints.put(row, fp);
            first.merge(fp, row, (a, b) -> earlier(a, b) ? a : b);
        }
        Set<Fingerprint> taken = takenFingerprints(con, prints, fresh);
        BinaryCopy videos = new BinaryCopy(fresh.size() * 600);
        BinaryCopy snapshots = new BinaryCopy(fresh.size() * 80);
        BinaryCopy owners = new BinaryCopy(1024);
        Map<Fingerprint, Boolean> owned = new HashMap<>();
        Map<MarketKey, LocalDate[]> markets = new HashMap<>();
        for (VideoRow row : fresh) {
            VideoItem v = row.item();
            LabelRules.VideoLabels l = row.labels();
            UUID account = accountIds.get(v.account().handle());
            UUID id = Ids.newId();
            Fingerprint fp = prints.get(row);
            boolean duplicate = fp != null && (taken.contains(fp) || first.get(fp) != row);
            if (fp != null && !taken.contains(fp) && owned.putIfAbsent(fp, Boolean.TRUE) == null) {
                // the fingerprint's first new video owns it (when a stored video of the batch would, nobody had)
                owners.row(3).uuid(fp.account()).uuid(fp.value()).uuid(id);
            }
            LocalDate day = day(published(v));
            videoColumns(videos.row(VIDEO_COLUMN_COUNT + 4), id, row, account)
                    .textArray(duplicate ? DUPLICATE : List.of())
                    .bool(synthetic)
                    .timestamptz(now)
                    .timestamptz(now);
            snapshots
                    .row(7)
                    .uuid(id)
                    .timestamptz(now)
                    .int8(v.plays())
                    .int8(v.likes())
                    .int8(v.shares())
                    .int8(v.comments())
                    .int8(v.saves());
            long[] sums = figures.computeIfAbsent(
                    new FigureKey(l.industry(), day, l.country(), l.product()), k -> new long[6]);
            sums[0]++;
            sums[1] += v.plays();
            sums[2] += v.likes();
            sums[3] += v.shares();
            sums[4] += v.comments();
            sums[5] += v.saves();
            markets.merge(
                    new MarketKey(
                            l.industry(),
                            l.country(),
                            account,
                            stripe(v.account().handle())),
                    new LocalDate[] {day, day},
                    VideoStore::span);
        }
        videos.copyInto(
                con, "intel.videos (" + VIDEO_COLUMNS + ", quality_flags, synthetic, first_seen_at, updated_at)");
        snapshots.copyInto(con, "intel.video_snapshots (video_id, taken_at, plays, likes, shares, comments, saves)");
        owners.copyInto(con, "intel.video_fingerprints (account_id, fingerprint, video_id)");
        if (deferred == null) {
            marketChanges(con, markets);
        } else {
            Map<MarketKey, LocalDate[]> widening = widening(con, deferred, markets);
            marketChanges(con, widening);
            // remembered once the batch is committed: a batch rolled back logged nothing
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            deferred.widen(widening);
                        }
                    });
        }
        return fresh.size();
    }

    private static final List<String> DUPLICATE = List.of("DUPLICATE");

    /** The columns {@link #videoColumns} writes, in its order (the staging table has them under the same names). */
    private static final String VIDEO_COLUMNS =
            "id, platform_video_id, account_id, text, hashtags, language, published_at,"
                    + " published_on, plays, likes, shares, comments, saves, duration_seconds, cover_url, web_url, location,"
                    + " search_query, industry, hs_chapter, product, country, region, rule_labels, platform";

    private static final int VIDEO_COLUMN_COUNT = VIDEO_COLUMNS.split(",").length;

    /** A video's publish time as stored: to the millisecond, as the provider gives it. */
    private static Instant published(VideoItem v) {
        return Instant.ofEpochMilli(v.publishedAt().toEpochMilli());
    }

    /** A labelled video's {@link #VIDEO_COLUMNS}: for new videos and for the staging table of stored ones alike. */
    private static BinaryCopy videoColumns(BinaryCopy out, UUID id, VideoRow row, UUID account) {
        VideoItem v = row.item();
        LabelRules.VideoLabels l = row.labels();
        Instant published = published(v);
        return out.uuid(id)
                .text(v.videoId())
                .uuid(account)
                .text(v.text())
                .textArray(v.hashtags())
                .text(v.language())
                .timestamptz(published)
                .date(day(published))
                .int8(v.plays())
                .int8(v.likes())
                .int8(v.shares())
                .int8(v.comments())
                .int8(v.saves())
                .int4(v.durationSeconds())
                .text(v.coverUrl())
                .text(v.webUrl())
                .text(v.location())
                .text(v.searchQuery())
                .text(l.industry())
                .text(l.hsChapter())
                .text(l.product())
                .text(l.country())
                .text(l.region())
                .text(json -> labelsJson(json, l.labels()))
                .text("TIKTOK");
    }

    private static boolean earlier(VideoRow a, VideoRow b) {
        int byTime = Long.compare(
                a.item().publishedAt().toEpochMilli(), b.item().publishedAt().toEpochMilli());
        return byTime != 0 ? byTime < 0 : a.item().videoId().compareTo(b.item().videoId()) < 0;
    }

    /** Which of the new videos' fingerprints an account's stored video already owns. */
    private static Set<Fingerprint> takenFingerprints(
            Connection con, Map<VideoRow, Fingerprint> prints, List<VideoRow> fresh) throws SQLException {
        List<UUID> accounts = new ArrayList<>();
        List<UUID> values = new ArrayList<>();
        for (VideoRow row : fresh) {
            Fingerprint fp = prints.get(row);
            if (fp != null) {
                accounts.add(fp.account());
                values.add(fp.value());
            }
        }
        Set<Fingerprint> taken = new HashSet<>();
        if (accounts.isEmpty()) {
            return taken;
        }
        try (PreparedStatement ps = con.prepareStatement(
                """
                select f.account_id, f.fingerprint
                from unnest(?::uuid[], ?::uuid[]) as k(account_id, fingerprint)
                join intel.video_fingerprints f on f.account_id = k.account_id and f.fingerprint = k.fingerprint
                """)) {
            ps.setArray(1, con.createArrayOf("uuid", accounts.toArray()));
            ps.setArray(2, con.createArrayOf("uuid", values.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    taken.add(new Fingerprint(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)));
                }
            }
        }
        return taken;
    }

    private record FigureKey(String industry, LocalDate day, String country, String product) {}

    /** An account's market (industry and target country); its stripe says who may fold its changes. */
    private record MarketKey(String industry, String country, UUID account, int stripe) {}

    /** Appends a batch's changes of the daily figures to their log (folded in by {@link #fold}). */
    private static void figureChanges(Connection con, Map<FigureKey, long[]> changes) throws SQLException {
        BinaryCopy out = new BinaryCopy(changes.size() * 90);
        for (Map.Entry<FigureKey, long[]> e : changes.entrySet()) {
            long[] sums = e.getValue();
            if (java.util.Arrays.stream(sums).allMatch(v -> v == 0)) {
                continue;
            }
            FigureKey key = e.getKey();
            out.row(10)
                    .date(key.day())
                    .text(key.industry())
                    .text(key.country())
                    .text(key.product())
                    .int4(Math.toIntExact(sums[0]));
            for (int k = 1; k < 6; k++) {
                out.int8(sums[k]);
            }
        }
        out.copyInto(
                con,
                "intel.figure_changes (day, industry, country, product, videos, plays, likes, shares, comments,"
                        + " saves)");
    }

    /** The markets whose ranges the batch widens, of those the deferred writer knows or now looks up. */
    private static Map<MarketKey, LocalDate[]> widening(
            Connection con, Deferred known, Map<MarketKey, LocalDate[]> markets) throws SQLException {
        Set<UUID> unknown = new HashSet<>();
        for (MarketKey key : markets.keySet()) {
            if (!known.ranges.containsKey(key.account())) {
                unknown.add(key.account());
            }
        }
        if (!unknown.isEmpty()) {
            for (UUID account : unknown) {
                known.ranges.put(account, new HashMap<>());
            }
            try (PreparedStatement ps = con.prepareStatement(
                    """
                    select account_id, industry, country, first_on, last_on from intel.account_markets
                    where account_id = any(?)
                    """)) {
                ps.setArray(1, con.createArrayOf("uuid", unknown.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        known.ranges
                                .get(rs.getObject(1, UUID.class))
                                .put(Deferred.market(rs.getString(2), rs.getString(3)), new LocalDate[] {
                                    rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate()
                                });
                    }
                }
            }
        }
        Map<MarketKey, LocalDate[]> widening = new HashMap<>();
        markets.forEach((key, range) -> {
            LocalDate[] held = known.ranges.get(key.account()).get(Deferred.market(key.industry(), key.country()));
            if (held == null || range[0].isBefore(held[0]) || range[1].isAfter(held[1])) {
                widening.put(key, range);
            }
        });
        return widening;
    }

    /** Appends the publish range of each account's new videos per market to their log (folded in by {@link #fold}). */
    private static void marketChanges(Connection con, Map<MarketKey, LocalDate[]> markets) throws SQLException {
        BinaryCopy out = new BinaryCopy(markets.size() * 60);
        for (Map.Entry<MarketKey, LocalDate[]> e : markets.entrySet()) {
            MarketKey key = e.getKey();
            out.row(6)
                    .int4(key.stripe())
                    .uuid(key.account())
                    .text(key.industry())
                    .text(key.country())
                    .date(e.getValue()[0])
                    .date(e.getValue()[1]);
        }
        out.copyInto(con, "intel.market_changes (stripe, account_id, industry, country, first_on, last_on)");
    }

    /**
     * Writers of videos take turns per stripe of accounts: an account's videos (a video belongs to its author) are
     * written under the lock of its stripe, so an import's writers of different stripes work side by side while two
     * writers of the same videos (two instances importing) take turns — the daily figures move by deltas computed from
     * the videos as a statement saw them, and two writers changing one video at once would both subtract the same old
     * value. A few stripes more than writers keep the stripes of a batch's accounts spread evenly.
     */
    static final int STRIPES = 8;

    private static final int[] ALL_STRIPES =
            java.util.stream.IntStream.range(0, STRIPES).toArray();

    /** The stripe of an account (its handle is its key and never changes). */
    static int stripe(String handle) {
        return Math.floorMod(handle.hashCode(), STRIPES);
    }

    private static int[] stripes(List<AccountRow> accounts) {
        return accounts.stream()
                .mapToInt(a -> stripe(a.item().handle()))
                .distinct()
                .sorted()
                .toArray();
    }

    /** Takes the stripes' locks for the transaction, in ascending order (so two writers never wait on each other). */
    static void lockStripes(Connection con, int[] stripes) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(
                "select pg_advisory_xact_lock(hashtext('intel.video-figures'), s) from unnest(?::int[]) s")) {
            ps.setArray(1, stripeArray(con, stripes));
            ps.execute();
        }
    }

    private static Array stripeArray(Connection con, int[] stripes) throws SQLException {
        return con.createArrayOf(
                "integer", java.util.Arrays.stream(stripes).boxed().toArray());
    }

    /** All stripes: for writers that move figures of any account (curation, the repair of days). */
    static void lockFigures(Connection con) throws SQLException {
        lockStripes(con, ALL_STRIPES);
    }

    static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** The account columns an import sets on a known account; the row is rewritten only when one of them changes. */
    private static String accountUpdate(Instant inactiveBefore) {
        String cutoff = "timestamptz '" + inactiveBefore + "'";
        Map<String, String> set = new LinkedHashMap<>();
        set.put("platform_user_id", "coalesce(excluded.platform_user_id, a.platform_user_id)");
        set.put("nickname", "coalesce(excluded.nickname, a.nickname)");
        set.put("profile_url", "coalesce(excluded.profile_url, a.profile_url)");
        set.put("bio", "coalesce(excluded.bio, a.bio)");
        set.put("bio_link", "coalesce(excluded.bio_link, a.bio_link)");
        set.put("verified", "excluded.verified");
        set.put("seller", "excluded.seller or a.seller");
        set.put(
                "followers",
                "greatest(excluded.followers, case when excluded.followers = 0 then a.followers else 0 end)");
        set.put(
                "following",
                "greatest(excluded.following, case when excluded.following = 0 then a.following else 0 end)");
        set.put(
                "likes_total",
                "greatest(excluded.likes_total, case when excluded.likes_total = 0 then a.likes_total else 0 end)");
        set.put(
                "video_total",
                "greatest(excluded.video_total, case when excluded.video_total = 0 then a.video_total else 0 end)");
        set.put("b2b_score", "excluded.b2b_score");
        set.put("b2b_signals", "excluded.b2b_signals");
        set.put("factory_id", "coalesce(a.factory_id, excluded.factory_id)");
        set.put("first_published_on", "least(a.first_published_on, excluded.first_published_on)");
        set.put("last_published_at", "greatest(a.last_published_at, excluded.last_published_at)");
        // the plays of the account's videos new in this batch (those of stored videos move with their delta)
        set.put("plays_total", "a.plays_total + excluded.plays_total");
        set.put(
                "quality_flags",
                "array_remove(array[case when greatest(a.last_published_at, excluded.last_published_at) < " + cutoff
                        + " then 'INACTIVE' end, case when not excluded.verified"
                        + " and coalesce(a.factory_id, excluded.factory_id) is null then 'UNVERIFIED' end], null)");
        return conditionalUpdate("a", set);
    }

    /** {@code SET c = e, … , updated_at = excluded.updated_at WHERE (t.c, …) IS DISTINCT FROM (e, …)}. */
    private static String conditionalUpdate(String alias, Map<String, String> set) {
        String assignments = set.entrySet().stream()
                .map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining(", "));
        String columns = set.keySet().stream().map(c -> alias + "." + c).collect(Collectors.joining(", "));
        String values = String.join(", ", set.values());
        return "do update set " + assignments + ", updated_at = excluded.updated_at where (" + columns
                + ") is distinct from (" + values + ")";
    }

    /** The plays of a batch's new videos per account handle. */
    private static Map<String, Long> freshPlays(List<VideoRow> fresh) {
        Map<String, Long> plays = new HashMap<>();
        for (VideoRow row : fresh) {
            plays.merge(row.item().account().handle(), row.item().plays(), Long::sum);
        }
        return plays;
    }

    /**
     * The ids of a deferred batch's accounts: new ones are inserted whole (with the plays of their new videos), the
     * plays of stored ones' new videos go to their log; their profiles are left to {@link #finish}.
     */
    private Map<String, UUID> accountIds(
            Connection con, List<AccountRow> accounts, List<VideoRow> fresh, Instant now, boolean synthetic)
            throws SQLException {
        String[] handles = new String[accounts.size()];
        for (int i = 0; i < handles.length; i++) {
            handles[i] = accounts.get(i).item().handle();
        }
        Map<String, UUID> ids = new HashMap<>();
        try (PreparedStatement ps = con.prepareStatement(
                "select handle, id from intel.accounts where platform = 'TIKTOK' and handle = any(?)")) {
            ps.setArray(1, con.createArrayOf("text", handles));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getObject(2, UUID.class));
                }
            }
        }
        List<AccountRow> missing = new ArrayList<>();
        Set<String> inserted = new HashSet<>();
        for (AccountRow row : accounts) {
            if (!ids.containsKey(row.item().handle())) {
                missing.add(row);
                inserted.add(row.item().handle());
            }
        }
        if (!missing.isEmpty()) {
            ids.putAll(upsertAccounts(con, missing, fresh, now, synthetic));
        }
        Map<String, Long> plays = freshPlays(fresh);
        BinaryCopy changes = new BinaryCopy(accounts.size() * 40);
        for (AccountRow row : accounts) {
            String handle = row.item().handle();
            long added = plays.getOrDefault(handle, 0L);
            if (added != 0 && !inserted.contains(handle)) {
                changes.row(3).int4(stripe(handle)).uuid(ids.get(handle)).int8(added);
            }
        }
        changes.copyInto(con, "intel.account_changes (stripe, account_id, plays)");
        return ids;
    }

    /** Upserts the batch's accounts (adding the plays of their new videos) and answers their ids by handle. */
    private Map<String, UUID> upsertAccounts(
            Connection con, List<AccountRow> accounts, List<VideoRow> fresh, Instant now, boolean synthetic)
            throws SQLException {
        Map<String, Long> freshPlays = freshPlays(fresh);
        int n = accounts.size();
        String[] ids = new String[n];
        String[] handles = new String[n];
        String[] userIds = new String[n];
        String[] nicknames = new String[n];
        String[] profileUrls = new String[n];
        String[] bios = new String[n];
        String[] bioLinks = new String[n];
        Boolean[] verified = new Boolean[n];
        Boolean[] seller = new Boolean[n];
        Long[] followers = new Long[n];
        Long[] following = new Long[n];
        Long[] likes = new Long[n];
        Long[] videos = new Long[n];
        Double[] b2bScores = new Double[n];
        String[] b2bSignals = new String[n];
        Long[] firstPublished = new Long[n];
        Long[] lastPublished = new Long[n];
        Long[] plays = new Long[n];
        int i = 0;
        for (AccountRow row : accounts) {
            VideoItem.AccountItem a = row.item();
            ids[i] = Ids.newId().toString();
            handles[i] = a.handle();
            userIds[i] = a.platformUserId();
            nicknames[i] = a.nickname();
            profileUrls[i] = a.profileUrl();
            bios[i] = clean(a.bio());
            bioLinks[i] = a.bioLink();
            verified[i] = a.verified();
            seller[i] = a.seller();
            followers[i] = a.followers();
            following[i] = a.following();
            likes[i] = a.likesTotal();
            videos[i] = a.videoTotal();
            b2bScores[i] = row.b2bScore();
            b2bSignals[i] = row.b2bSignals();
            firstPublished[i] = row.firstPublished().toEpochMilli();
            lastPublished[i] = row.lastPublished().toEpochMilli();
            plays[i] = freshPlays.getOrDefault(a.handle(), 0L);
            i++;
        }
        String cutoff = "timestamptz '" + now.minus(INACTIVE_AFTER) + "'";
        String sql =
                """
                with u as (
                  select u.*, h.factory_id,
                      (to_timestamp(u.first_ms / 1000.0) at time zone 'UTC')::date as first_on,
                      to_timestamp(u.last_ms / 1000.0) as last_at
                  from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                      ?::boolean[], ?::boolean[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::numeric[],
                      ?::text[], ?::bigint[], ?::bigint[], ?::bigint[])
                      as u(id, handle, user_id, nickname, profile_url, bio, bio_link, verified, seller, followers,
                           following, likes, videos, b2b_score, b2b_signals, first_ms, last_ms, plays)
                  left join intel.factory_handles h on h.platform = 'TIKTOK' and h.handle_key = lower(u.handle)
                ), up as (
                  insert into intel.accounts as a (id, platform, handle, platform_user_id, nickname, profile_url, bio,
                      bio_link, verified, seller, followers, following, likes_total, video_total, b2b_score,
                      b2b_signals, factory_id, first_published_on, last_published_at, plays_total, quality_flags,
                      synthetic, first_seen_at, updated_at)
                  select u.id::uuid, 'TIKTOK', u.handle, u.user_id, u.nickname, u.profile_url, u.bio, u.bio_link,
                      u.verified, u.seller, u.followers, u.following, u.likes, u.videos, u.b2b_score,
                      u.b2b_signals::jsonb, u.factory_id, u.first_on, u.last_at, u.plays,
                      array_remove(array[case when u.last_at < %s then 'INACTIVE' end,
                          case when not u.verified and u.factory_id is null then 'UNVERIFIED' end], null),
                      ?, ?, ?
                  from u
                  on conflict (platform, handle) %s
                  returning a.handle, a.id
                )
                select handle, id from up
                union all
                select a.handle, a.id from u join intel.accounts a on a.platform = 'TIKTOK' and a.handle = u.handle
                where not exists (select 1 from up where up.handle = u.handle)
                """
                        .formatted(cutoff, accountUpdate(now.minus(INACTIVE_AFTER)));
        java.sql.Timestamp ts = java.sql.Timestamp.from(now);
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            int p = set(con, ps, 1, "text", ids, handles, userIds, nicknames, profileUrls, bios, bioLinks);
            p = set(con, ps, p, "boolean", verified, seller);
            p = set(con, ps, p, "bigint", followers, following, likes, videos);
            p = set(con, ps, p, "float8", b2bScores);
            p = set(con, ps, p, "text", b2bSignals);
            p = set(con, ps, p, "bigint", firstPublished, lastPublished, plays);
            ps.setBoolean(p++, synthetic);
            ps.setTimestamp(p++, ts);
            ps.setTimestamp(p, ts);
            Map<String, UUID> result = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getString(1), rs.getObject(2, UUID.class));
                }
            }
            return result;
        }
    }

    private static final String STAGE =
            """
            create temp table if not exists intel_video_stage (
                id uuid, platform_video_id text, account_id uuid, text text, hashtags text[], language text,
                published_at timestamptz, published_on date, plays bigint, likes bigint, shares bigint,
                comments bigint, saves bigint, duration_seconds int, cover_url text, web_url text, location text,
                search_query text, industry text, hs_chapter text, product text, country text, region text,
                rule_labels text, platform text
            ) on commit delete rows
            """;

    /** The batch into the staging table by binary COPY, the fastest way rows reach PostgreSQL. */
    private void copyVideos(Connection con, List<VideoRow> videos, Map<String, UUID> accountIds) throws SQLException {
        try (Statement st = con.createStatement()) {
            st.execute("set local client_min_messages = warning");
            st.execute(STAGE);
        }
        BinaryCopy stage = new BinaryCopy(videos.size() * 700);
        for (VideoRow row : videos) {
            videoColumns(
                    stage.row(25),
                    Ids.newId(),
                    row,
                    accountIds.get(row.item().account().handle()));
        }
        stage.copyInto(con, "intel_video_stage (" + VIDEO_COLUMNS + ")");
        try (Statement st = con.createStatement()) {
            // a temporary table has no statistics; with them the merge probes the videos' unique index per row
            st.execute("analyze intel_video_stage (platform_video_id, account_id)");
        }
    }

    private static final String VIDEO_UPDATE;

    static {
        Map<String, String> set = new LinkedHashMap<>();
        set.put("account_id", "excluded.account_id");
        set.put("text", "excluded.text");
        set.put("hashtags", "excluded.hashtags");
        set.put("language", "excluded.language");
        set.put("plays", "excluded.plays");
        set.put("likes", "excluded.likes");
        set.put("shares", "excluded.shares");
        set.put("comments", "excluded.comments");
        set.put("saves", "excluded.saves");
        set.put("duration_seconds", "coalesce(excluded.duration_seconds, v.duration_seconds)");
        set.put("cover_url", "excluded.cover_url");
        set.put("web_url", "excluded.web_url");
        set.put("location", "coalesce(excluded.location, v.location)");
        set.put("search_query", "coalesce(excluded.search_query, v.search_query)");
        set.put("industry", "case when v.industry_source = 'MANUAL' then v.industry else excluded.industry end");
        set.put("hs_chapter", "case when v.industry_source = 'MANUAL' then v.hs_chapter else excluded.hs_chapter end");
        set.put("product", "case when v.product_source = 'MANUAL' then v.product else excluded.product end");
        set.put("country", "case when v.country_source = 'MANUAL' then v.country else excluded.country end");
        set.put("region", "case when v.country_source = 'MANUAL' then v.region else excluded.region end");
        set.put("rule_labels", "excluded.rule_labels");
        VIDEO_UPDATE = conditionalUpdate("v", set);
    }

    private static final String MERGE =
            """
            with s as materialized (
              select st.*, md5(st.text || '|' || coalesce(st.duration_seconds::text, ''))::uuid as fp
              from intel_video_stage st
            ), ranked as (
              select s.*, row_number() over (partition by s.account_id, s.fp order by s.published_at,
                  s.platform_video_id) as fp_rank
              from s
            ), old as materialized (
              select v.id, v.platform_video_id, v.account_id, v.published_on, v.industry, v.country, v.product,
                  v.plays, v.likes, v.shares, v.comments, v.saves
              from s join intel.videos v on v.platform = 'TIKTOK' and v.platform_video_id = s.platform_video_id
            ), up as (
              insert into intel.videos as v (id, platform, platform_video_id, account_id, text, hashtags, language,
                  published_at, published_on, plays, likes, shares, comments, saves, duration_seconds, cover_url,
                  web_url, location, search_query, industry, hs_chapter, product, country, region, rule_labels,
                  quality_flags, synthetic, first_seen_at, updated_at)
              select r.id, 'TIKTOK', r.platform_video_id, r.account_id, r.text, r.hashtags, r.language,
                  r.published_at, r.published_on, r.plays, r.likes, r.shares, r.comments, r.saves,
                  r.duration_seconds, r.cover_url, r.web_url, r.location, r.search_query, r.industry, r.hs_chapter,
                  r.product, r.country, r.region, r.rule_labels,
                  case when r.text <> '' and (r.fp_rank > 1 or exists (select 1 from intel.video_fingerprints f
                      where f.account_id = r.account_id and f.fingerprint = r.fp))
                    then array['DUPLICATE'] else '{}'::text[] end,
                  ?, ?, ?
              from ranked r
              on conflict (platform, platform_video_id) %s
              returning v.id, v.platform_video_id, (v.xmax = 0) as inserted, v.account_id, v.published_on,
                  v.industry, v.country, v.product, v.plays, v.likes, v.shares, v.comments, v.saves
            ), fingerprints as (
              insert into intel.video_fingerprints (account_id, fingerprint, video_id)
              select s.account_id, s.fp, up.id from up join s on s.platform_video_id = up.platform_video_id
              where up.inserted and s.text <> ''
              on conflict do nothing
            ), moves as (
              select published_on as day, industry, country, product, 1 as n, plays, likes, shares, comments, saves,
                  account_id
              from up
              union all
              select o.published_on, o.industry, o.country, o.product, -1, -o.plays, -o.likes, -o.shares,
                  -o.comments, -o.saves, o.account_id
              from old o join up on up.id = o.id
            ), account_plays as (
              update intel.accounts a set plays_total = a.plays_total + d.plays
              from (select account_id, sum(plays) as plays from moves group by account_id having sum(plays) <> 0) d
              where a.id = d.account_id
            ), markets as (
              insert into intel.account_markets as m (account_id, industry, country, first_on, last_on)
              select account_id, industry, country, min(published_on), max(published_on) from up
              group by account_id, industry, country
              on conflict (industry, country, account_id) do update set
                  first_on = least(m.first_on, excluded.first_on), last_on = greatest(m.last_on, excluded.last_on)
              where m.first_on > excluded.first_on or m.last_on < excluded.last_on
            ), ids as (
              select coalesce(up.id, o.id) as id, s.plays, s.likes, s.shares, s.comments, s.saves
              from s left join up on up.platform_video_id = s.platform_video_id
              left join old o on o.platform_video_id = s.platform_video_id
            ), snapshots as (
              insert into intel.video_snapshots as n (video_id, taken_at, plays, likes, shares, comments, saves)
              select id, ?, plays, likes, shares, comments, saves from ids
              on conflict (video_id, taken_at) do update set plays = excluded.plays, likes = excluded.likes,
                  shares = excluded.shares, comments = excluded.comments, saves = excluded.saves
              where (n.plays, n.likes, n.shares, n.comments, n.saves) is distinct from
                  (excluded.plays, excluded.likes, excluded.shares, excluded.comments, excluded.saves)
            )
            select null::date, null::text, null::text, null::text, (select count(*) from up where inserted),
                (select count(*) from old), 0::numeric, 0::numeric, 0::numeric, 0::numeric
            union all
            select day, industry, country, product, sum(n), sum(plays), sum(likes), sum(shares), sum(comments),
                sum(saves)
            from moves group by day, industry, country, product
            """
                    .formatted(VIDEO_UPDATE);

    /**
     * Merges the staged (stored) videos; their moves of the daily figures (−old +new) are added to {@code figures},
     * written with the new videos' by one statement. Answers the videos inserted (stored ones that vanished) and
     * found.
     */
    private int[] merge(Connection con, Instant now, boolean synthetic, Map<FigureKey, long[]> figures)
            throws SQLException {
        java.sql.Timestamp ts = java.sql.Timestamp.from(now);
        try (PreparedStatement ps = con.prepareStatement(MERGE)) {
            ps.setBoolean(1, synthetic);
            ps.setTimestamp(2, ts);
            ps.setTimestamp(3, ts);
            ps.setTimestamp(4, ts);
            int[] counts = new int[2];
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getDate(1) == null) {
                        counts[0] = rs.getInt(5);
                        counts[1] = rs.getInt(6);
                        continue;
                    }
                    long[] sums = figures.computeIfAbsent(
                            new FigureKey(
                                    rs.getString(2), rs.getDate(1).toLocalDate(), rs.getString(3), rs.getString(4)),
                            k -> new long[6]);
                    for (int i = 0; i < 6; i++) {
                        sums[i] += rs.getLong(5 + i);
                    }
                }
            }
            return counts;
        }
    }

    /** The day's followers and plays of each touched account (the last import of a day wins). */
    private void snapshotAccounts(Connection con, Collection<UUID> accounts, Instant now) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(
                """
                insert into intel.account_snapshots as s (account_id, taken_on, followers, plays)
                select id, ?, followers, plays_total from intel.accounts where id = any(?)
                on conflict (account_id, taken_on) do update set followers = excluded.followers, plays = excluded.plays
                where (s.followers, s.plays) is distinct from (excluded.followers, excluded.plays)
                """)) {
            ps.setDate(1, java.sql.Date.valueOf(day(now)));
            ps.setArray(2, con.createArrayOf("uuid", accounts.toArray()));
            ps.executeUpdate();
        }
    }

    private static String clean(String text) {
        return text == null ? null : text.replace("\u0000", "");
    }

    static int set(Connection con, PreparedStatement ps, int index, String type, Object[]... arrays)
            throws SQLException {
        for (Object[] values : arrays) {
            Array array = con.createArrayOf(type, values);
            ps.setArray(index++, array);
        }
        return index;
    }

    /** Records that a video's account posts for its (possibly corrected) industry and country. */
    public void markMarket(UUID videoId) {
        jdbc.update(
                """
                insert into intel.account_markets as m (account_id, industry, country, first_on, last_on)
                select account_id, industry, country, published_on, published_on from intel.videos where id = ?
                on conflict (industry, country, account_id) do update set
                    first_on = least(m.first_on, excluded.first_on), last_on = greatest(m.last_on, excluded.last_on)
                """,
                videoId);
    }

    /** A video's place in the daily figures and its metrics, to move it by a delta when an operator corrects it. */
    record FigureRow(
            LocalDate day,
            String industry,
            String country,
            String product,
            long plays,
            long likes,
            long shares,
            long comments,
            long saves) {}

    /** Adds ({@code sign} 1) or removes ({@code sign} −1) one video's metrics to the daily figures of its slot. */
    public void applyFigures(FigureRow row, int sign) {
        jdbc.update(
                """
                insert into intel.daily_figures as f (day, industry, country, product, videos, plays, likes, shares,
                    comments, saves)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (industry, day, country, product) do update set videos = f.videos + excluded.videos,
                    plays = f.plays + excluded.plays, likes = f.likes + excluded.likes,
                    shares = f.shares + excluded.shares, comments = f.comments + excluded.comments,
                    saves = f.saves + excluded.saves
                """,
                java.sql.Date.valueOf(row.day()),
                row.industry(),
                row.country(),
                row.product(),
                sign,
                sign * row.plays(),
                sign * row.likes(),
                sign * row.shares(),
                sign * row.comments(),
                sign * row.saves());
        jdbc.update(
                "delete from intel.daily_figures where industry = ? and day = ? and country = ? and product = ?"
                        + " and videos = 0",
                row.industry(),
                java.sql.Date.valueOf(row.day()),
                row.country(),
                row.product());
    }

    /**
     * A video's current slot and metrics (locked, with the figures lock), or null. The pending changes are folded in
     * first, so the caller moves exact figures and plays.
     */
    FigureRow figureRow(UUID videoId) {
        jdbc.execute((ConnectionCallback<Void>) con -> {
            lockFigures(con);
            fold(con, ALL_STRIPES);
            return null;
        });
        List<FigureRow> rows = jdbc.query(
                """
                select published_on, industry, country, product, plays, likes, shares, comments, saves
                from intel.videos where id = ? for update
                """,
                (rs, n) -> new FigureRow(
                        rs.getDate(1).toLocalDate(),
                        rs.getString(2),
                        rs.getString(3).strip(),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8),
                        rs.getLong(9)),
                videoId);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * Repair: rebuilds the daily figures of the given publish days (all days when empty) from the videos. The import
     * keeps them by deltas; this is for an operator after a manual fix in the database.
     */
    @Transactional
    public int rebuildDays(Collection<LocalDate> days) {
        return jdbc.execute((ConnectionCallback<Integer>) con -> {
            lockFigures(con);
            fold(con, ALL_STRIPES); // what is pending is in the videos: recounted below, not to be added on top
            boolean all = days.isEmpty();
            Array array = con.createArrayOf(
                    "date", days.stream().map(java.sql.Date::valueOf).toArray());
            try (PreparedStatement delete =
                            con.prepareStatement("delete from intel.daily_figures where ? or day = any(?)");
                    PreparedStatement insert = con.prepareStatement(
                            """
                            insert into intel.daily_figures (day, industry, country, product, videos, plays, likes,
                                shares, comments, saves)
                            select published_on, industry, country, product, count(*), sum(plays), sum(likes),
                                sum(shares), sum(comments), sum(saves)
                            from intel.videos where ? or published_on = any(?)
                            group by published_on, industry, country, product
                            """)) {
                delete.setBoolean(1, all);
                delete.setArray(2, array);
                delete.executeUpdate();
                insert.setBoolean(1, all);
                insert.setArray(2, array);
                return insert.executeUpdate();
            }
        });
    }
}
