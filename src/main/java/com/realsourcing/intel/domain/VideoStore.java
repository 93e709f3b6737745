package com.realsourcing.intel.domain;

import com.realsourcing.shared.domain.Ids;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes batches of labelled videos with a few set-based statements: accounts and videos are upserted from arrays
 * ({@code INSERT … SELECT FROM unnest(…) ON CONFLICT DO UPDATE}) and every written video gets a metric snapshot in
 * the same statement. Re-importing an item updates its metrics, adds a snapshot and never duplicates it; labels
 * an operator set ({@code *_source = 'MANUAL'}) are kept.
 */
@Component
class VideoStore {

    static final String SEP = "\u001f";

    private final JdbcTemplate jdbc;
    private final LabelRules rules;
    private final JsonMapper json = JsonMapper.builder().build();

    VideoStore(JdbcTemplate jdbc, LabelRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /** What a batch did; {@code days} are the publish days whose daily figures must be rebuilt. */
    record BatchResult(int inserted, int updated, int duplicates, Set<LocalDate> days, Set<UUID> accounts) {}

    @Transactional
    public BatchResult write(List<VideoItem> batch, Instant now, boolean synthetic) {
        // the same video twice in one batch: the later row wins (ON CONFLICT may touch a row only once)
        Map<String, VideoItem> byId = new LinkedHashMap<>();
        for (VideoItem item : batch) {
            byId.put(item.videoId(), item);
        }
        int duplicates = batch.size() - byId.size();
        Map<String, VideoItem.AccountItem> accounts = new LinkedHashMap<>();
        for (VideoItem item : byId.values()) {
            accounts.put(item.account().handle(), item.account());
        }
        Map<String, UUID> accountIds = upsertAccounts(accounts.values(), now, synthetic);
        int[] counts = upsertVideos(byId.values(), accountIds, now, synthetic);
        Set<LocalDate> days = new TreeSet<>();
        byId.values().forEach(v -> days.add(day(v.publishedAt())));
        return new BatchResult(counts[0], counts[1], duplicates, days, Set.copyOf(accountIds.values()));
    }

    static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private Map<String, UUID> upsertAccounts(
            Collection<VideoItem.AccountItem> accounts, Instant now, boolean synthetic) {
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
        int i = 0;
        for (VideoItem.AccountItem a : accounts) {
            ids[i] = Ids.newId().toString();
            handles[i] = a.handle();
            userIds[i] = a.platformUserId();
            nicknames[i] = a.nickname();
            profileUrls[i] = a.profileUrl();
            bios[i] = a.bio();
            bioLinks[i] = a.bioLink();
            verified[i] = a.verified();
            seller[i] = a.seller();
            followers[i] = a.followers();
            following[i] = a.following();
            likes[i] = a.likesTotal();
            videos[i] = a.videoTotal();
            LabelRules.B2bSignals b2b = rules.b2b(a.nickname(), a.bio(), a.bioLink());
            b2bScores[i] = b2b.score();
            b2bSignals[i] = json.writeValueAsString(b2b.signals());
            i++;
        }
        String sql =
                """
                insert into intel.accounts (id, platform, handle, platform_user_id, nickname, profile_url, bio, bio_link,
                    verified, seller, followers, following, likes_total, video_total, b2b_score, b2b_signals,
                    synthetic, first_seen_at, updated_at)
                select u.id::uuid, 'TIKTOK', u.handle, u.user_id, u.nickname, u.profile_url, u.bio, u.bio_link,
                    u.verified, u.seller, u.followers, u.following, u.likes, u.videos, u.b2b_score, u.b2b_signals::jsonb,
                    ?, ?, ?
                from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[],
                    ?::boolean[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::numeric[], ?::text[])
                    as u(id, handle, user_id, nickname, profile_url, bio, bio_link, verified, seller, followers,
                         following, likes, videos, b2b_score, b2b_signals)
                on conflict (platform, handle) do update set
                    platform_user_id = coalesce(excluded.platform_user_id, accounts.platform_user_id),
                    nickname = coalesce(excluded.nickname, accounts.nickname),
                    profile_url = coalesce(excluded.profile_url, accounts.profile_url),
                    bio = coalesce(excluded.bio, accounts.bio),
                    bio_link = coalesce(excluded.bio_link, accounts.bio_link),
                    verified = excluded.verified,
                    seller = excluded.seller or accounts.seller,
                    followers = greatest(excluded.followers, case when excluded.followers = 0 then accounts.followers else 0 end),
                    following = excluded.following,
                    likes_total = greatest(excluded.likes_total, case when excluded.likes_total = 0 then accounts.likes_total else 0 end),
                    video_total = greatest(excluded.video_total, case when excluded.video_total = 0 then accounts.video_total else 0 end),
                    b2b_score = excluded.b2b_score,
                    b2b_signals = excluded.b2b_signals,
                    updated_at = excluded.updated_at
                returning handle, id
                """;
        java.sql.Timestamp ts = java.sql.Timestamp.from(now);
        return jdbc.execute((ConnectionCallback<Map<String, UUID>>) con -> {
            try (PreparedStatement ps = con.prepareStatement(sql)) {
                int p = 1;
                ps.setBoolean(p++, synthetic);
                ps.setTimestamp(p++, ts);
                ps.setTimestamp(p++, ts);
                p = set(con, ps, p, "text", ids, handles, userIds, nicknames, profileUrls, bios, bioLinks);
                p = set(con, ps, p, "boolean", verified, seller);
                p = set(con, ps, p, "bigint", followers, following, likes, videos);
                p = set(con, ps, p, "float8", b2bScores);
                set(con, ps, p, "text", b2bSignals);
                Map<String, UUID> result = new LinkedHashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.put(rs.getString(1), rs.getObject(2, UUID.class));
                    }
                }
                return result;
            }
        });
    }

    private int[] upsertVideos(
            Collection<VideoItem> items, Map<String, UUID> accountIds, Instant now, boolean synthetic) {
        int n = items.size();
        String[] ids = new String[n];
        String[] videoIds = new String[n];
        String[] accounts = new String[n];
        String[] texts = new String[n];
        String[] hashtags = new String[n];
        String[] languages = new String[n];
        Long[] published = new Long[n];
        Long[] plays = new Long[n];
        Long[] likes = new Long[n];
        Long[] shares = new Long[n];
        Long[] comments = new Long[n];
        Long[] saves = new Long[n];
        Integer[] durations = new Integer[n];
        String[] covers = new String[n];
        String[] urls = new String[n];
        String[] locations = new String[n];
        String[] queries = new String[n];
        String[] industries = new String[n];
        String[] chapters = new String[n];
        String[] products = new String[n];
        String[] countries = new String[n];
        String[] regions = new String[n];
        String[] labels = new String[n];
        String[] raws = new String[n];
        int i = 0;
        for (VideoItem v : items) {
            LabelRules.VideoLabels l = rules.classify(v);
            ids[i] = Ids.newId().toString();
            videoIds[i] = v.videoId();
            accounts[i] = accountIds.get(v.account().handle()).toString();
            texts[i] = v.text().replace("\u0000", "");
            hashtags[i] = String.join(SEP, v.hashtags());
            languages[i] = v.language();
            published[i] = v.publishedAt().toEpochMilli();
            plays[i] = v.plays();
            likes[i] = v.likes();
            shares[i] = v.shares();
            comments[i] = v.comments();
            saves[i] = v.saves();
            durations[i] = v.durationSeconds();
            covers[i] = v.coverUrl();
            urls[i] = v.webUrl();
            locations[i] = v.location();
            queries[i] = v.searchQuery();
            industries[i] = l.industry();
            chapters[i] = l.hsChapter();
            products[i] = l.product();
            countries[i] = l.country();
            regions[i] = l.region();
            labels[i] = json.writeValueAsString(l.labels());
            raws[i] = v.raw() == null ? null : v.raw().replace("\\u0000", "");
            i++;
        }
        String sql =
                """
                with up as (
                  insert into intel.videos as v (id, platform, platform_video_id, account_id, text, hashtags, language,
                      published_at, published_on, plays, likes, shares, comments, saves, duration_seconds, cover_url,
                      web_url, location, search_query, industry, hs_chapter, product, country, region, rule_labels,
                      synthetic, raw, first_seen_at, updated_at)
                  select u.id::uuid, 'TIKTOK', u.vid, u.account::uuid, u.text,
                      case when u.tags = '' then '{}'::text[] else string_to_array(u.tags, chr(31)) end, u.lang,
                      to_timestamp(u.pub / 1000.0), (to_timestamp(u.pub / 1000.0) at time zone 'UTC')::date,
                      u.plays, u.likes, u.shares, u.comments, u.saves, u.duration, u.cover, u.url, u.loc, u.query,
                      u.industry, u.chapter, u.product, u.country, u.region, u.labels::jsonb, ?, u.raw::jsonb, ?, ?
                  from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::bigint[],
                      ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::int[], ?::text[], ?::text[], ?::text[],
                      ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                      as u(id, vid, account, text, tags, lang, pub, plays, likes, shares, comments, saves, duration,
                           cover, url, loc, query, industry, chapter, product, country, region, labels, raw)
                  on conflict (platform, platform_video_id) do update set
                      account_id = excluded.account_id,
                      text = excluded.text,
                      hashtags = excluded.hashtags,
                      language = excluded.language,
                      plays = excluded.plays,
                      likes = excluded.likes,
                      shares = excluded.shares,
                      comments = excluded.comments,
                      saves = excluded.saves,
                      duration_seconds = coalesce(excluded.duration_seconds, v.duration_seconds),
                      cover_url = excluded.cover_url,
                      web_url = excluded.web_url,
                      location = coalesce(excluded.location, v.location),
                      search_query = coalesce(excluded.search_query, v.search_query),
                      industry = case when v.industry_source = 'MANUAL' then v.industry else excluded.industry end,
                      hs_chapter = case when v.industry_source = 'MANUAL' then v.hs_chapter else excluded.hs_chapter end,
                      product = case when v.product_source = 'MANUAL' then v.product else excluded.product end,
                      country = case when v.country_source = 'MANUAL' then v.country else excluded.country end,
                      region = case when v.country_source = 'MANUAL' then v.region else excluded.region end,
                      rule_labels = excluded.rule_labels,
                      raw = excluded.raw,
                      updated_at = excluded.updated_at
                  returning v.id, (v.xmax = 0) as inserted, v.plays, v.likes, v.shares, v.comments, v.saves,
                      v.account_id, v.industry, v.country, v.published_on
                ), markets as (
                  insert into intel.account_markets as m (account_id, industry, country, first_on, last_on)
                  select account_id, industry, country, min(published_on), max(published_on) from up
                  group by account_id, industry, country
                  on conflict (industry, country, account_id) do update set
                      first_on = least(m.first_on, excluded.first_on), last_on = greatest(m.last_on, excluded.last_on)
                ), snap as (
                  insert into intel.video_snapshots (video_id, taken_at, plays, likes, shares, comments, saves)
                  select id, ?, plays, likes, shares, comments, saves from up
                  on conflict (video_id, taken_at) do update set plays = excluded.plays, likes = excluded.likes,
                      shares = excluded.shares, comments = excluded.comments, saves = excluded.saves
                )
                select count(*) filter (where inserted), count(*) filter (where not inserted) from up
                """;
        java.sql.Timestamp ts = java.sql.Timestamp.from(now);
        return jdbc.execute((ConnectionCallback<int[]>) con -> {
            try (PreparedStatement ps = con.prepareStatement(sql)) {
                int p = 1;
                ps.setBoolean(p++, synthetic);
                ps.setTimestamp(p++, ts);
                ps.setTimestamp(p++, ts);
                p = set(con, ps, p, "text", ids, videoIds, accounts, texts, hashtags, languages);
                p = set(con, ps, p, "bigint", published, plays, likes, shares, comments, saves);
                p = set(con, ps, p, "int4", durations);
                p = set(
                        con,
                        ps,
                        p,
                        "text",
                        covers,
                        urls,
                        locations,
                        queries,
                        industries,
                        chapters,
                        products,
                        countries,
                        regions,
                        labels,
                        raws);
                ps.setTimestamp(p, ts);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new int[] {rs.getInt(1), rs.getInt(2)};
                }
            }
        });
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

    /** Rebuilds the daily figures of the given publish days from the videos. */
    @Transactional
    public void rebuildDays(Collection<LocalDate> days) {
        if (days.isEmpty()) {
            return;
        }
        List<LocalDate> list = new ArrayList<>(days);
        jdbc.execute((ConnectionCallback<Void>) con -> {
            Array array = con.createArrayOf(
                    "date", list.stream().map(java.sql.Date::valueOf).toArray());
            try (PreparedStatement delete = con.prepareStatement("delete from intel.daily_figures where day = any(?)");
                    PreparedStatement insert = con.prepareStatement(
                            """
                            insert into intel.daily_figures (day, industry, country, product, videos, plays, likes,
                                shares, comments, saves)
                            select published_on, industry, country, product, count(*), sum(plays), sum(likes),
                                sum(shares), sum(comments), sum(saves)
                            from intel.videos where published_on = any(?)
                            group by published_on, industry, country, product
                            """)) {
                delete.setArray(1, array);
                delete.executeUpdate();
                insert.setArray(1, array);
                insert.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Quality flags of the given accounts and their videos: INACTIVE (nothing posted for 90 days), UNVERIFIED (not
     * verified by the platform and not linked to a directory factory), DUPLICATE (a video repeating an earlier one
     * of the same account: same text and length).
     */
    @Transactional
    public void refreshQualityFlags(Collection<UUID> accountIds, Instant now) {
        if (accountIds.isEmpty()) {
            return;
        }
        jdbc.execute((ConnectionCallback<Void>) con -> {
            Array ids = con.createArrayOf("uuid", accountIds.toArray());
            // Accounts whose handle a directory factory named on its profile belong to that factory.
            try (PreparedStatement link = con.prepareStatement(
                    """
                    update intel.accounts a set factory_id = h.factory_id from intel.factory_handles h
                    where a.id = any(?) and a.factory_id is null
                      and h.platform = a.platform and h.handle_key = lower(a.handle)
                    """)) {
                link.setArray(1, ids);
                link.executeUpdate();
            }
            try (PreparedStatement accounts = con.prepareStatement(
                            """
                            with flags as (
                              select a.id, array_remove(array[
                                  case when coalesce((select max(v.published_at) from intel.videos v
                                      where v.account_id = a.id), 'epoch'::timestamptz) < ? then 'INACTIVE' end,
                                  case when not a.verified and a.factory_id is null then 'UNVERIFIED' end], null) as f
                              from intel.accounts a where a.id = any(?))
                            update intel.accounts a set quality_flags = flags.f from flags
                            where a.id = flags.id and a.quality_flags is distinct from flags.f
                            """);
                    PreparedStatement videos = con.prepareStatement(
                            """
                            with flags as (
                              select v.id, case when v.text <> '' and exists (
                                  select 1 from intel.videos o where o.account_id = v.account_id and o.text = v.text
                                    and o.duration_seconds is not distinct from v.duration_seconds
                                    and (o.published_at, o.id) < (v.published_at, v.id))
                                  then array['DUPLICATE'] else '{}'::text[] end as f
                              from intel.videos v where v.account_id = any(?))
                            update intel.videos v set quality_flags = flags.f from flags
                            where v.id = flags.id and v.quality_flags is distinct from flags.f
                            """)) {
                accounts.setTimestamp(1, java.sql.Timestamp.from(now.minus(java.time.Duration.ofDays(90))));
                accounts.setArray(2, ids);
                accounts.executeUpdate();
                videos.setArray(1, ids);
                videos.executeUpdate();
            }
            return null;
        });
    }
}
