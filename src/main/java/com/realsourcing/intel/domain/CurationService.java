package com.realsourcing.intel.domain;

import com.realsourcing.directory.api.DirectoryApi;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Operators' curation: add and correct accounts (profile, seller flag, linked directory factory) and videos (text,
 * hashtags, metrics, labels), link an account to a factory, and label a video by hand. A manual label is stored with
 * who set it, replaces the rule's value on the video at once (and moves the video in the daily figures), and
 * survives every later import. The curation CSV import goes through the same methods.
 */
@Service
public class CurationService {

    private final JdbcClient jdbc;
    private final IntelReference reference;
    private final VideoStore store;
    private final Clock clock;

    private final LabelRules rules;
    private final DirectoryApi directory;
    private final JsonMapper json = JsonMapper.builder().build();

    CurationService(
            JdbcClient jdbc,
            IntelReference reference,
            VideoStore store,
            Clock clock,
            LabelRules rules,
            DirectoryApi directory) {
        this.jdbc = jdbc;
        this.reference = reference;
        this.store = store;
        this.clock = clock;
        this.rules = rules;
        this.directory = directory;
    }

    /** A manual correction of a video; null leaves a label as it is. */
    public record LabelChange(String industry, String product, String country, String note) {}

    @Transactional
    public void linkFactory(UUID accountId, UUID factoryId) {
        int changed = jdbc.sql(
                        """
                        update intel.accounts set factory_id = ?, updated_at = ?,
                            quality_flags = array_remove(quality_flags, 'UNVERIFIED')
                              || case when ?::uuid is null and not verified then array['UNVERIFIED'] else '{}'::text[] end
                        where id = ?
                        """)
                .params(factoryId, java.sql.Timestamp.from(clock.instant()), factoryId, accountId)
                .update();
        if (changed == 0) {
            throw DomainException.notFound(IntelError.ACCOUNT_NOT_FOUND);
        }
    }

    public Optional<UUID> accountByHandle(String handle) {
        String h = handle.strip();
        h = h.startsWith("@") ? h.substring(1) : h;
        return jdbc.sql("select id from intel.accounts where platform = 'TIKTOK' and handle = ?")
                .param(h)
                .query(UUID.class)
                .optional();
    }

    public Optional<UUID> videoByPlatformId(String videoId) {
        return jdbc.sql("select id from intel.videos where platform = 'TIKTOK' and platform_video_id = ?")
                .param(videoId)
                .query(UUID.class)
                .optional();
    }

    @Transactional
    public void label(UUID videoId, LabelChange change, UUID userId) {
        VideoStore.FigureRow before = store.figureRow(videoId);
        if (before == null) {
            throw DomainException.notFound(IntelError.VIDEO_NOT_FOUND);
        }
        applyLabels(videoId, change, userId);
        store.markMarket(videoId);
        moveFigures(videoId, before);
    }

    private void applyLabels(UUID videoId, LabelChange change, UUID userId) {
        List<String> kinds = new ArrayList<>();
        if (change.industry() != null) {
            String industry = validIndustry(change.industry());
            jdbc.sql("update intel.videos set industry = ?, hs_chapter = null, industry_source = 'MANUAL' where id = ?")
                    .params(industry, videoId)
                    .update();
            save(videoId, "INDUSTRY", industry, change.note(), userId);
            kinds.add("INDUSTRY");
        }
        if (change.product() != null) {
            IntelReference.Product product = reference
                    .product(change.product())
                    .orElseThrow(() -> IntelError.invalidChoice(
                            "product",
                            IntelError.PRODUCT_UNKNOWN,
                            change.product(),
                            reference.products().stream()
                                    .map(IntelReference.Product::code)
                                    .toList()));
            jdbc.sql("update intel.videos set product = ?, product_source = 'MANUAL' where id = ?")
                    .params(product.code(), videoId)
                    .update();
            save(videoId, "PRODUCT", product.code(), change.note(), userId);
        }
        if (change.country() != null) {
            String country = change.country().strip().toUpperCase(Locale.ROOT);
            if (reference.country(country).isEmpty()) {
                throw DomainException.invalidField("country", IntelError.COUNTRY_UNKNOWN, change.country());
            }
            jdbc.sql("update intel.videos set country = ?, region = ?, country_source = 'MANUAL' where id = ?")
                    .params(country, reference.regionOf(country), videoId)
                    .update();
            save(videoId, "COUNTRY", country, change.note(), userId);
        }
    }

    /** The video leaves its old slot of the daily figures and joins its new one (exact, by deltas). */
    private void moveFigures(UUID videoId, VideoStore.FigureRow before) {
        VideoStore.FigureRow after = store.figureRow(videoId);
        if (!after.equals(before)) {
            store.applyFigures(before, -1);
            store.applyFigures(after, 1);
        }
    }

    // ------------------------------------------------------------------ accounts

    /** An account as operators edit it; {@code factoryId} null means not linked. */
    public record AccountFields(
            String handle,
            String nickname,
            String profileUrl,
            String bio,
            String bioLink,
            long followers,
            boolean verified,
            boolean seller,
            UUID factoryId) {}

    /** An account with everything curation shows: its profile, link, B2B evidence, flags and known figures. */
    public record CuratedAccount(
            UUID id,
            String platform,
            String handle,
            String nickname,
            String profileUrl,
            String bio,
            String bioLink,
            long followers,
            boolean verified,
            boolean seller,
            UUID factoryId,
            double b2bScore,
            List<String> b2bSignals,
            List<String> qualityFlags,
            long plays,
            Instant lastPublishedAt,
            boolean synthetic) {}

    /** A page of accounts whose handle or nickname contains {@code q} (all when blank), most followed first. */
    public Page<CuratedAccount> accounts(String q, int page, int size) {
        String pattern = "%" + likeEscape(q == null ? "" : q.strip().replaceFirst("^@", "")) + "%";
        List<CuratedAccount> items = jdbc.sql(ACCOUNT_SELECT
                        + " where a.handle ilike :p or coalesce(a.nickname, '') ilike :p"
                        + " order by a.followers desc, a.id limit :limit offset :offset")
                .param("p", pattern)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> account(rs))
                .list();
        long total = jdbc.sql("select count(*) from intel.accounts a where a.handle ilike :p"
                        + " or coalesce(a.nickname, '') ilike :p")
                .param("p", pattern)
                .query(Long.class)
                .single();
        return new Page<>(items, page, size, total);
    }

    /** A page of items and the total (the web layer turns it into a PageResponse). */
    public record Page<T>(List<T> items, int page, int size, long total) {}

    public CuratedAccount account(UUID id) {
        return jdbc.sql(ACCOUNT_SELECT + " where a.id = ?")
                .param(id)
                .query((rs, n) -> account(rs))
                .optional()
                .orElseThrow(() -> DomainException.notFound(IntelError.ACCOUNT_NOT_FOUND));
    }

    /** Adds an account by hand (TikTok only for now); its handle must be new. */
    @Transactional
    public CuratedAccount createAccount(AccountFields fields) {
        AccountFields f = normalise(fields, null);
        LabelRules.B2bSignals b2b = rules.b2b(f.nickname(), f.bio(), f.bioLink());
        UUID id = Ids.newId();
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        try {
            jdbc.sql(
                            """
                            insert into intel.accounts (id, platform, handle, nickname, profile_url, bio, bio_link,
                                followers, verified, seller, factory_id, b2b_score, b2b_signals, quality_flags,
                                first_seen_at, updated_at)
                            values (?, 'TIKTOK', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb,
                                case when not ? and ?::uuid is null then array['UNVERIFIED'] else '{}'::text[] end, ?, ?)
                            """)
                    .params(
                            id,
                            f.handle(),
                            f.nickname(),
                            f.profileUrl(),
                            f.bio(),
                            f.bioLink(),
                            f.followers(),
                            f.verified(),
                            f.seller(),
                            f.factoryId(),
                            b2b.score(),
                            json.writeValueAsString(b2b.signals()),
                            f.verified(),
                            f.factoryId(),
                            now,
                            now)
                    .update();
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict(IntelError.ACCOUNT_HANDLE_TAKEN, f.handle());
        }
        return account(id);
    }

    /** Corrects an account: every field is replaced (a later import still refreshes what the provider sends). */
    @Transactional
    public CuratedAccount updateAccount(UUID id, AccountFields fields) {
        AccountFields f = normalise(fields, account(id).factoryId());
        LabelRules.B2bSignals b2b = rules.b2b(f.nickname(), f.bio(), f.bioLink());
        int changed;
        try {
            changed = jdbc.sql(
                            """
                            update intel.accounts set handle = ?, nickname = ?, profile_url = ?, bio = ?, bio_link = ?,
                                followers = ?, verified = ?, seller = ?, factory_id = ?, b2b_score = ?,
                                b2b_signals = ?::jsonb,
                                quality_flags = array_remove(quality_flags, 'UNVERIFIED')
                                  || case when not ? and ?::uuid is null then array['UNVERIFIED'] else '{}'::text[] end,
                                updated_at = ?
                            where id = ?
                            """)
                    .params(
                            f.handle(),
                            f.nickname(),
                            f.profileUrl(),
                            f.bio(),
                            f.bioLink(),
                            f.followers(),
                            f.verified(),
                            f.seller(),
                            f.factoryId(),
                            b2b.score(),
                            json.writeValueAsString(b2b.signals()),
                            f.verified(),
                            f.factoryId(),
                            java.sql.Timestamp.from(clock.instant()),
                            id)
                    .update();
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict(IntelError.ACCOUNT_HANDLE_TAKEN, f.handle());
        }
        if (changed == 0) {
            throw DomainException.notFound(IntelError.ACCOUNT_NOT_FOUND);
        }
        return account(id);
    }

    /** Trims the fields, checks the handle, and checks a factory that is newly linked exists in the directory. */
    private AccountFields normalise(AccountFields f, UUID linkedFactory) {
        String handle = f.handle() == null ? "" : f.handle().strip();
        handle = handle.startsWith("@") ? handle.substring(1) : handle;
        if (handle.isEmpty() || !HANDLE.matcher(handle).matches()) {
            throw DomainException.invalidField("handle", IntelError.ACCOUNT_HANDLE_INVALID, handle);
        }
        if (f.factoryId() != null
                && !f.factoryId().equals(linkedFactory)
                && directory.findFactory(f.factoryId()).isEmpty()) {
            throw DomainException.invalidField("factoryId", IntelError.FACTORY_NOT_FOUND, f.factoryId());
        }
        return new AccountFields(
                handle,
                blankToNull(f.nickname()),
                blankToNull(f.profileUrl()),
                blankToNull(f.bio()),
                blankToNull(f.bioLink()),
                f.followers(),
                f.verified(),
                f.seller(),
                f.factoryId());
    }

    private static final java.util.regex.Pattern HANDLE = java.util.regex.Pattern.compile("[\\w.]{1,100}");

    private static final String ACCOUNT_SELECT =
            """
            select a.id, a.platform, a.handle, a.nickname, a.profile_url, a.bio, a.bio_link, a.followers, a.verified,
                a.seller, a.factory_id, a.b2b_score, a.b2b_signals::text, a.quality_flags, a.plays_total,
                a.last_published_at, a.synthetic
            from intel.accounts a
            """;

    private CuratedAccount account(java.sql.ResultSet rs) throws java.sql.SQLException {
        List<String> signals = new ArrayList<>();
        json.readTree(rs.getString("b2b_signals")).forEach(n -> signals.add(n.asString()));
        java.sql.Timestamp last = rs.getTimestamp("last_published_at");
        return new CuratedAccount(
                rs.getObject("id", UUID.class),
                rs.getString("platform"),
                rs.getString("handle"),
                rs.getString("nickname"),
                rs.getString("profile_url"),
                rs.getString("bio"),
                rs.getString("bio_link"),
                rs.getLong("followers"),
                rs.getBoolean("verified"),
                rs.getBoolean("seller"),
                rs.getObject("factory_id", UUID.class),
                rs.getDouble("b2b_score"),
                signals,
                List.of((String[]) rs.getArray("quality_flags").getArray()),
                rs.getLong("plays_total"),
                last == null ? null : last.toInstant(),
                rs.getBoolean("synthetic"));
    }

    // ------------------------------------------------------------------ videos

    /**
     * A video as operators add or correct it. In a correction a null field keeps the video's value; labels left null
     * keep (or, for a new video, get) the rules' values.
     */
    public record VideoFields(
            String text,
            List<String> hashtags,
            String language,
            Integer durationSeconds,
            Long plays,
            Long likes,
            Long shares,
            Long comments,
            Long saves,
            String industry,
            String product,
            String country,
            String note) {}

    /**
     * Videos to pick from: with a TikTok link or number, that video; otherwise those of {@code accountId} (when
     * given) whose text contains {@code q}, newest first.
     */
    public Page<MarketViews.VideoCard> videos(UUID accountId, String q, int page, int size) {
        String query = q == null ? "" : q.strip();
        java.util.regex.Matcher m = VIDEO_LINK.matcher(query);
        String videoId = m.find() ? m.group(1) : query.matches("\\d{6,25}") ? query : null;
        StringBuilder where = new StringBuilder(" where true");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (videoId != null) {
            where.append(" and v.platform = 'TIKTOK' and v.platform_video_id = :vid");
            params.put("vid", videoId);
        } else if (!query.isEmpty()) {
            where.append(" and v.text ilike :p");
            params.put("p", "%" + likeEscape(query) + "%");
        }
        if (accountId != null) {
            where.append(" and v.account_id = :account");
            params.put("account", accountId);
        }
        List<MarketViews.VideoCard> items = jdbc.sql(
                        """
                        select v.id, v.platform_video_id, v.web_url, v.text, a.handle, a.nickname, a.factory_id,
                            v.industry, v.product, v.country, v.published_at, v.plays, v.likes, v.shares, v.comments,
                            v.saves, v.synthetic
                        from intel.videos v join intel.accounts a on a.id = v.account_id
                        """
                                + where + " order by v.published_at desc, v.id limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> MarketQueries.videoCard(rs))
                .list();
        long total = jdbc.sql("select count(*) from intel.videos v" + where)
                .params(params)
                .query(Long.class)
                .single();
        return new Page<>(items, page, size, total);
    }

    private static final java.util.regex.Pattern VIDEO_LINK =
            java.util.regex.Pattern.compile("tiktok\\.com/@[^/?#]+/(?:video|photo)/(\\d{6,25})");

    /**
     * Adds a video by hand to an account: labelled by the rules like an imported one (manual labels given here win),
     * counted in the daily figures, with a first metric snapshot.
     */
    @Transactional
    public UUID createVideo(UUID accountId, String url, Instant publishedAt, VideoFields fields, UUID userId) {
        CuratedAccount account = account(accountId);
        String link = url == null ? "" : url.strip();
        java.util.regex.Matcher m = VIDEO_LINK.matcher(link);
        String videoId = m.find() ? m.group(1) : link.matches("\\d{6,25}") ? link : null;
        if (videoId == null) {
            throw DomainException.invalidField("url", IntelError.VIDEO_URL_INVALID, link);
        }
        if (videoByPlatformId(videoId).isPresent()) {
            throw DomainException.conflict(IntelError.VIDEO_EXISTS, videoId);
        }
        Instant now = clock.instant();
        if (publishedAt == null || publishedAt.isAfter(now)) {
            throw DomainException.invalidField("publishedAt", IntelError.VIDEO_PUBLISHED_INVALID);
        }
        VideoItem.AccountItem author = new VideoItem.AccountItem(
                account.handle(),
                null,
                account.nickname(),
                account.profileUrl(),
                account.bio(),
                account.bioLink(),
                account.verified(),
                account.seller(),
                account.followers(),
                0,
                0,
                0);
        VideoItem item = new VideoItem(
                videoId,
                link.startsWith("http") ? link : "https://www.tiktok.com/@" + account.handle() + "/video/" + videoId,
                fields.text() == null ? "" : fields.text().strip(),
                hashtags(fields.hashtags()),
                blankToNull(fields.language()),
                publishedAt,
                orZero(fields.plays()),
                orZero(fields.likes()),
                orZero(fields.shares()),
                orZero(fields.comments()),
                orZero(fields.saves()),
                fields.durationSeconds(),
                null,
                null,
                null,
                author);
        validateLabels(fields);
        store.write(List.of(item), now, false);
        UUID id = videoByPlatformId(videoId).orElseThrow();
        if (fields.industry() != null || fields.product() != null || fields.country() != null) {
            label(id, new LabelChange(fields.industry(), fields.product(), fields.country(), fields.note()), userId);
        }
        return id;
    }

    /**
     * Corrects a video: text, hashtags, language, length and metrics are replaced (the daily figures and the
     * account's plays move by the difference, and the metrics get a snapshot); labels given become manual ones. A
     * later import refreshes what the provider sends; manual labels stay.
     */
    @Transactional
    public void updateVideo(UUID videoId, VideoFields fields, UUID userId) {
        VideoStore.FigureRow before = store.figureRow(videoId);
        if (before == null) {
            throw DomainException.notFound(IntelError.VIDEO_NOT_FOUND);
        }
        validateLabels(fields);
        Instant now = clock.instant();
        jdbc.sql(
                        """
                        update intel.videos set text = coalesce(?, text), hashtags = coalesce(?, hashtags),
                            language = coalesce(?, language), duration_seconds = coalesce(?, duration_seconds),
                            plays = coalesce(?, plays), likes = coalesce(?, likes), shares = coalesce(?, shares),
                            comments = coalesce(?, comments), saves = coalesce(?, saves), updated_at = ?
                        where id = ?
                        """)
                .params(
                        fields.text() == null ? null : fields.text().strip(),
                        fields.hashtags() == null
                                ? null
                                : hashtags(fields.hashtags()).toArray(String[]::new),
                        blankToNull(fields.language()),
                        fields.durationSeconds(),
                        fields.plays(),
                        fields.likes(),
                        fields.shares(),
                        fields.comments(),
                        fields.saves(),
                        java.sql.Timestamp.from(now),
                        videoId)
                .update();
        VideoStore.FigureRow metrics = store.figureRow(videoId);
        jdbc.sql(
                        """
                        update intel.accounts a set plays_total = greatest(0, a.plays_total + ?)
                        from intel.videos v where v.id = ? and a.id = v.account_id
                        """)
                .params(metrics.plays() - before.plays(), videoId)
                .update();
        if (!metrics.equals(before)) {
            jdbc.sql(
                            """
                            insert into intel.video_snapshots (video_id, taken_at, plays, likes, shares, comments,
                                saves)
                            values (?, ?, ?, ?, ?, ?, ?)
                            on conflict (video_id, taken_at) do update set plays = excluded.plays,
                                likes = excluded.likes, shares = excluded.shares, comments = excluded.comments,
                                saves = excluded.saves
                            """)
                    .params(
                            videoId,
                            java.sql.Timestamp.from(now),
                            metrics.plays(),
                            metrics.likes(),
                            metrics.shares(),
                            metrics.comments(),
                            metrics.saves())
                    .update();
        }
        applyLabels(
                videoId, new LabelChange(fields.industry(), fields.product(), fields.country(), fields.note()), userId);
        store.markMarket(videoId);
        moveFigures(videoId, before);
    }

    /** Fails before anything is written when a label names an unknown industry, product or country. */
    private void validateLabels(VideoFields fields) {
        if (fields.industry() != null) {
            validIndustry(fields.industry());
        }
        if (fields.product() != null && reference.product(fields.product()).isEmpty()) {
            throw IntelError.invalidChoice(
                    "product",
                    IntelError.PRODUCT_UNKNOWN,
                    fields.product(),
                    reference.products().stream()
                            .map(IntelReference.Product::code)
                            .toList());
        }
        if (fields.country() != null
                && reference
                        .country(fields.country().strip().toUpperCase(Locale.ROOT))
                        .isEmpty()) {
            throw DomainException.invalidField("country", IntelError.COUNTRY_UNKNOWN, fields.country());
        }
    }

    private static List<String> hashtags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        return tags.stream()
                .map(t -> t == null ? "" : t.strip().replaceFirst("^#", "").toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    String validIndustry(String code) {
        return reference
                .industry(code)
                .orElseThrow(() -> IntelError.invalidChoice(
                        "industry",
                        IntelError.INDUSTRY_UNKNOWN,
                        code,
                        reference.industries().stream().map(i -> i.code()).toList()))
                .code();
    }

    private void save(UUID videoId, String kind, String value, String note, UUID userId) {
        jdbc.sql(
                        """
                        insert into intel.manual_labels (id, video_id, kind, value, note, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (video_id, kind) do update set value = excluded.value, note = excluded.note,
                            created_by = excluded.created_by, created_at = excluded.created_at
                        """)
                .params(Ids.newId(), videoId, kind, value, note, userId, java.sql.Timestamp.from(clock.instant()))
                .update();
    }
}
