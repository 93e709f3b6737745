package com.realsourcing.intel.domain;

import com.realsourcing.directory.api.CountryView;
import com.realsourcing.directory.api.ExportIndustryView;
import com.realsourcing.intel.domain.MarketViews.AccountCard;
import com.realsourcing.intel.domain.MarketViews.Advice;
import com.realsourcing.intel.domain.MarketViews.CountryFigures;
import com.realsourcing.intel.domain.MarketViews.Figures;
import com.realsourcing.intel.domain.MarketViews.IndustrySearch;
import com.realsourcing.intel.domain.MarketViews.Period;
import com.realsourcing.intel.domain.MarketViews.ProductRank;
import com.realsourcing.intel.domain.MarketViews.RegionFigures;
import com.realsourcing.intel.domain.MarketViews.ScorePart;
import com.realsourcing.intel.domain.MarketViews.VideoCard;
import com.realsourcing.shared.domain.DomainException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seed's questions: "我们做纺织的，适合出口到哪里？" Totals per region and country come from the daily figures
 * (one row per day, industry, country and product instead of a million videos); top videos come from the
 * {@code (industry, plays)} index; top accounts and the competition count per country from one index-only scan of
 * the period's videos.
 */
@Service
public class MarketQueries {

    static final String TRADE_NOTE = "无贸易流量数据：建议仅基于 TikTok 需求（播放、互动、增长）与已有工厂账号数量计算，不含海关贸易数据。";
    private static final Pattern PERIOD = Pattern.compile("(\\d{1,3})d");

    private final JdbcTemplate jdbc;
    private final IntelReference reference;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    private final TradeFlows trade;

    /**
     * Runs an answer's independent reads side by side (each on its own pooled connection), so one search takes about
     * as long as its slowest part instead of their sum. Bounded: under many searches at once the request threads run
     * the parts no free thread takes.
     */
    private final java.util.concurrent.ExecutorService parts;

    MarketQueries(JdbcTemplate jdbc, IntelReference reference, Clock clock, TradeFlows trade) {
        this.jdbc = jdbc;
        this.reference = reference;
        this.clock = clock;
        this.trade = trade;
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        // no queue: a part no free thread takes runs at once on the request thread, so a busy server answers at
        // worst one part after another, as before, and never waits behind other requests' parts
        this.parts = new java.util.concurrent.ThreadPoolExecutor(
                4,
                4,
                0,
                java.util.concurrent.TimeUnit.SECONDS,
                new java.util.concurrent.SynchronousQueue<>(),
                r -> {
                    Thread thread = new Thread(r, "intel-search-" + n.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                new java.util.concurrent.ThreadPoolExecutor.CallerRunsPolicy());
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        parts.shutdownNow();
    }

    /** A part of an answer, started now on the parts' threads. */
    private <T> java.util.concurrent.Future<T> start(java.util.concurrent.Callable<T> part) {
        return parts.submit(part);
    }

    /** The filters of an industry search; null means "all". */
    public record SearchQuery(
            String keyword, String industry, String region, String country, String productType, String period) {}

    /** A resolved slice of the data: validated codes and the period. */
    record Slice(
            String industry, String product, String region, List<String> countries, String country, Period period) {}

    // ------------------------------------------------------------------ resolution of filters

    Slice resolve(SearchQuery q) {
        String industry = null;
        String product = null;
        if (q.industry() != null && !q.industry().isBlank()) {
            industry = industryCode(q.industry());
        }
        if (q.productType() != null && !q.productType().isBlank()) {
            IntelReference.Product p = productOf(q.productType().strip());
            product = p.code();
            if (industry == null) {
                industry = p.industry();
            }
        }
        if (industry == null) {
            if (q.keyword() == null || q.keyword().isBlank()) {
                throw IntelError.invalidChoice("industry", IntelError.SEARCH_EMPTY, "", industryCodes());
            }
            String keyword = q.keyword().strip();
            Optional<String> byName = matchIndustry(keyword);
            if (byName.isPresent()) {
                industry = byName.get();
            } else {
                IntelReference.Product p = matchProduct(keyword)
                        .orElseThrow(() -> IntelError.invalidChoice(
                                "keyword", IntelError.KEYWORD_UNMATCHED, keyword, industryCodes()));
                industry = p.industry();
                product = p.code();
            }
        }
        String region = null;
        List<String> countries = null;
        if (q.region() != null && !q.region().isBlank()) {
            IntelReference.Region r = regionOf(q.region().strip());
            region = r.code();
            countries = r.countries();
        }
        String country = null;
        if (q.country() != null && !q.country().isBlank()) {
            CountryView c = reference
                    .country(q.country().strip())
                    .orElseThrow(
                            () -> DomainException.invalidField("country", IntelError.COUNTRY_UNKNOWN, q.country()));
            country = c.alpha2();
            countries = List.of(country);
            region = c.regionCode();
        }
        return new Slice(industry, product, region, countries, country, period(q.period()));
    }

    String industryCode(String value) {
        String v = value.strip();
        return reference.industries().stream()
                .filter(i -> i.code().equalsIgnoreCase(v)
                        || i.nameZh().equals(v)
                        || i.nameEn().equalsIgnoreCase(v))
                .map(ExportIndustryView::code)
                .findFirst()
                .orElseThrow(
                        () -> IntelError.invalidChoice("industry", IntelError.INDUSTRY_UNKNOWN, v, industryCodes()));
    }

    private IntelReference.Product productOf(String value) {
        return reference.products().stream()
                .filter(p -> p.code().equalsIgnoreCase(value) || p.nameZh().equals(value))
                .findFirst()
                .orElseThrow(() -> IntelError.invalidChoice(
                        "productType",
                        IntelError.PRODUCT_UNKNOWN,
                        value,
                        reference.products().stream()
                                .map(IntelReference.Product::code)
                                .toList()));
    }

    IntelReference.Region regionOf(String value) {
        return reference.regions().stream()
                .filter(r -> r.code().equalsIgnoreCase(value)
                        || r.nameZh().equals(value)
                        || r.nameEn().equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> IntelError.invalidChoice(
                        "region",
                        IntelError.REGION_UNKNOWN,
                        value,
                        reference.regions().stream()
                                .map(IntelReference.Region::code)
                                .toList()));
    }

    private Optional<String> matchIndustry(String keyword) {
        String k = keyword.toLowerCase(Locale.ROOT);
        return reference.industries().stream()
                .filter(i -> !i.code().equals(IntelReference.OTHER))
                .filter(i -> i.code().equals(k)
                        || i.nameZh().contains(keyword)
                        || keyword.contains(i.nameZh())
                        || i.nameEn().toLowerCase(Locale.ROOT).contains(k))
                .map(ExportIndustryView::code)
                .findFirst();
    }

    private Optional<IntelReference.Product> matchProduct(String keyword) {
        String k = keyword.toLowerCase(Locale.ROOT);
        return reference.products().stream()
                .filter(p -> p.nameZh().equals(keyword)
                        || p.nameEn().equalsIgnoreCase(keyword)
                        || p.keywordsZh().stream().anyMatch(w -> w.equals(keyword) || keyword.contains(w))
                        || p.keywordsEn().stream().anyMatch(w -> w.equals(k)))
                .findFirst();
    }

    private List<String> industryCodes() {
        return reference.industries().stream().map(ExportIndustryView::code).toList();
    }

    Period period(String code) {
        String c = code == null || code.isBlank() ? "30d" : code.strip().toLowerCase(Locale.ROOT);
        Matcher m = PERIOD.matcher(c);
        int days = m.matches() ? Integer.parseInt(m.group(1)) : -1;
        if (days < 1 || days > 365) {
            throw IntelError.invalidChoice("period", IntelError.PERIOD_INVALID, c, List.of("7d", "30d", "90d"));
        }
        LocalDate to = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate from = to.minusDays(days - 1L);
        return new Period(c, from, to, from.minusDays(days), from.minusDays(1));
    }

    // ------------------------------------------------------------------ the industry search

    public IndustrySearch search(SearchQuery query) {
        return search(query, true);
    }

    /**
     * What a poster draws: the totals, the region or country figures, the top videos (whether the data is synthetic)
     * and the hot products — without ranking the accounts and advising on countries, the answer's costliest parts.
     * The account and advice lists are empty.
     */
    public IndustrySearch overview(SearchQuery query) {
        return search(query, false);
    }

    private IndustrySearch search(SearchQuery query, boolean accountsAndAdvice) {
        Slice slice = resolve(query);
        // the independent reads side by side; the figures on this thread
        var topVideosPart = start(() -> topVideos(slice, 10));
        var productsPart = start(() -> productRanks(slice.industry(), slice.countries(), slice.period(), 5, false));
        var topAccountsPart = accountsAndAdvice ? start(() -> topAccounts(slice)) : null;
        var competitionPart = accountsAndAdvice ? start(() -> competition(slice)) : null;
        Map<String, long[][]> byCountry =
                countryFigures(slice.industry(), slice.product(), slice.countries(), slice.period());
        long[] total = new long[6];
        long[] totalPrev = new long[6];
        Map<String, long[][]> byRegion = new LinkedHashMap<>();
        byCountry.forEach((country, f) -> {
            add(total, f[0]);
            add(totalPrev, f[1]);
            long[][] r = byRegion.computeIfAbsent(reference.regionOf(country), k -> new long[2][6]);
            add(r[0], f[0]);
            add(r[1], f[1]);
        });
        String industryName = reference.industryNameZh(slice.industry());
        List<RegionFigures> regions = byRegion.entrySet().stream()
                .map(e -> regionFigures(industryName, e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(
                                (RegionFigures r) -> r.figures().plays())
                        .reversed())
                .toList();
        List<CountryFigures> countries = byCountry.entrySet().stream()
                .map(e -> countryFigures(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(
                                (CountryFigures c) -> c.figures().plays())
                        .reversed())
                .toList();
        Figures totalFigures = figures(total, totalPrev);
        Optional<TradeFlows.Table> tradeTable = trade.table(slice.industry());
        List<VideoCard> topVideos = Tasks.await(topVideosPart);
        List<ProductRank> products = Tasks.await(productsPart);
        AccountScan scan =
                accountsAndAdvice ? new AccountScan(Tasks.await(topAccountsPart), Tasks.await(competitionPart)) : null;
        return new IndustrySearch(
                slice.industry(),
                industryName,
                slice.product(),
                slice.region(),
                slice.country(),
                slice.period(),
                totalFigures,
                regions,
                countries,
                topVideos,
                scan == null ? List.of() : scan.topAccounts(),
                products,
                scan == null ? List.of() : countryAdvice(countries, scan.activeAccounts(), totalFigures, tradeTable),
                scan == null ? List.of() : regionAdvice(regions, scan, totalFigures, tradeTable),
                tradeTable.map(MarketQueries::tradeNote).orElse(TRADE_NOTE));
    }

    /** Per country: [current, previous] × [videos, plays, likes, shares, comments, saves]. */
    Map<String, long[][]> countryFigures(String industry, String product, List<String> countries, Period period) {
        StringBuilder sql = new StringBuilder(
                """
                select country, day >= ? as current, sum(videos), sum(plays), sum(likes), sum(shares), sum(comments),
                    sum(saves)
                from intel.daily_figures
                where day between ? and ?
                """);
        List<Object> params = new ArrayList<>(List.of(
                java.sql.Date.valueOf(period.from()),
                java.sql.Date.valueOf(period.previousFrom()),
                java.sql.Date.valueOf(period.to())));
        if (industry != null) {
            sql.append(" and industry = ?");
            params.add(industry);
        }
        if (product != null) {
            sql.append(" and product = ?");
            params.add(product);
        }
        if (countries != null) {
            sql.append(" and country = any(cast(? as char(2)[]))");
            params.add(countries);
        }
        sql.append(" group by 1, 2");
        Map<String, long[][]> result = new HashMap<>();
        query(sql.toString(), params, rs -> {
            long[][] f = result.computeIfAbsent(rs.getString(1), k -> new long[2][6]);
            long[] target = rs.getBoolean(2) ? f[0] : f[1];
            for (int i = 0; i < 6; i++) {
                target[i] += rs.getLong(3 + i);
            }
        });
        return result;
    }

    private RegionFigures regionFigures(String industryName, String region, long[][] f) {
        IntelReference.Region r = reference.region(region).orElse(null);
        Figures figures = figures(f[0], f[1]);
        String nameZh = r == null ? "未知地区" : r.nameZh();
        return new RegionFigures(
                region,
                nameZh,
                r == null ? "Unknown" : r.nameEn(),
                figures,
                nameZh + industryName + "类视频播放量 " + figures.playsText());
    }

    private CountryFigures countryFigures(String country, long[][] f) {
        Optional<CountryView> c = reference.country(country);
        String region = reference.regionOf(country);
        return new CountryFigures(
                country,
                c.map(CountryView::nameZh).orElse("未知"),
                c.map(CountryView::nameEn).orElse("Unknown"),
                region,
                reference.regionNameZh(region),
                figures(f[0], f[1]));
    }

    static Figures figures(long[] cur, long[] prev) {
        long engaged = cur[2] + cur[3] + cur[4] + cur[5];
        return new Figures(
                cur[0],
                cur[1],
                ChineseNumbers.format(cur[1]),
                cur[2],
                ChineseNumbers.format(cur[2]),
                cur[3],
                cur[4],
                cur[5],
                cur[1] == 0 ? 0 : round4((double) engaged / cur[1]),
                change(cur[0], prev[0]),
                change(cur[1], prev[1]));
    }

    private static Double change(long current, long previous) {
        return previous == 0 ? null : round4((double) (current - previous) / previous);
    }

    static double round4(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    private static void add(long[] target, long[] source) {
        for (int i = 0; i < target.length; i++) {
            target[i] += source[i];
        }
    }

    private static final String VIDEO_COLUMNS =
            """
            v.id, v.platform_video_id, v.web_url, v.text, a.handle, a.nickname, a.factory_id, v.industry, v.product,
            v.country, v.published_at, v.plays, v.likes, v.shares, v.comments, v.saves, v.synthetic
            """;

    List<VideoCard> topVideos(Slice slice, int limit) {
        List<Object> params = new ArrayList<>();
        return mostPlayed(videoFilter("", slice, params), params, limit);
    }

    /**
     * The most played videos matching {@code filter} (unprefixed columns of intel.videos): their ids come from an
     * index-only walk of a plays index, whose entries carry the publish day, account, country, product and id
     * (migration V11), and only those few rows are then read. Reading each walked entry's row instead, to test its
     * day, cost a 7-day slice thousands of row reads.
     */
    private List<VideoCard> mostPlayed(String filter, List<Object> params, int limit) {
        String sql = "select " + VIDEO_COLUMNS + " from (select id, plays from intel.videos where " + filter
                + " order by plays desc limit " + limit + ") t"
                + " join intel.videos v on v.id = t.id join intel.accounts a on a.id = v.account_id"
                + " order by t.plays desc";
        List<VideoCard> cards = new ArrayList<>();
        query(sql, params, rs -> cards.add(videoCard(rs)));
        return cards;
    }

    static VideoCard videoCard(ResultSet rs) throws SQLException {
        long plays = rs.getLong("plays");
        long engaged = rs.getLong("likes") + rs.getLong("shares") + rs.getLong("comments") + rs.getLong("saves");
        String text = rs.getString("text");
        return new VideoCard(
                rs.getObject("id", UUID.class),
                rs.getString("platform_video_id"),
                rs.getString("web_url"),
                text.length() > 200 ? text.substring(0, 200) + "…" : text,
                rs.getString("handle"),
                rs.getString("nickname"),
                rs.getObject("factory_id", UUID.class),
                rs.getString("industry"),
                rs.getString("product"),
                rs.getString("country"),
                rs.getTimestamp("published_at").toInstant(),
                plays,
                ChineseNumbers.format(plays),
                rs.getLong("likes"),
                rs.getLong("shares"),
                rs.getLong("comments"),
                plays == 0 ? 0 : round4((double) engaged / plays),
                rs.getBoolean("synthetic"));
    }

    /** Top accounts of the slice and the number of active factory/B2B accounts per target country. */
    record AccountScan(List<AccountCard> topAccounts, Map<String, Integer> activeAccounts) {}

    /** The slice's ten most played accounts, with their exact totals in the slice. */
    List<AccountCard> topAccounts(Slice slice) {
        // candidates: the accounts behind the slice's 200 most played videos (the (industry, plays) index); their
        // totals in the slice are then exact. An account with many small videos and none among those 200 is missed.
        List<Object> params = new ArrayList<>();
        String inner = videoFilter("", slice, params);
        String outer = videoFilter("v.", slice, params);
        Map<UUID, long[]> perAccount = new LinkedHashMap<>();
        // each candidate's totals by one index-only range of videos_account_slice_idx (the lateral join keeps it so)
        query(
                "with top as (select distinct account_id from (select account_id from intel.videos where " + inner
                        + " order by plays desc limit 200) t)"
                        + " select t.account_id, s.n, s.plays, s.engaged from top t cross join lateral"
                        + " (select count(*) as n, sum(v.plays) as plays,"
                        + " sum(v.likes + v.comments + v.shares + v.saves) as engaged"
                        + " from intel.videos v where v.account_id = t.account_id and " + outer + ") s"
                        + " where s.n > 0 order by 3 desc limit 10",
                params,
                rs -> perAccount.put(
                        rs.getObject(1, UUID.class), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)}));
        return accountCards(new ArrayList<>(perAccount.entrySet()));
    }

    /** Per target country, how many competing accounts were active for the slice's industry in its period. */
    Map<String, Integer> competition(Slice slice) {
        // competition: factory and B2B accounts that posted for the industry and country within the period (a
        // consumer or creator account selling nothing to importers is no competitor of an export factory). An
        // account is a competitor when it is linked to a directory factory or its B2B score is at least 0.5 (two
        // signals, e.g. OEM and WhatsApp in the bio); each market row carries the flag (migration V11), so the count
        // is one index-only range of account_markets_competitors_idx.
        StringBuilder sql = new StringBuilder(
                """
                select m.country, count(*) from intel.account_markets m
                where m.competitor and m.industry = ? and m.last_on >= ? and m.first_on <= ?
                """);
        List<Object> marketParams = new ArrayList<>(List.of(
                slice.industry(),
                java.sql.Date.valueOf(slice.period().from()),
                java.sql.Date.valueOf(slice.period().to())));
        if (slice.countries() != null) {
            sql.append(" and m.country = any(cast(? as char(2)[]))");
            marketParams.add(slice.countries());
        }
        sql.append(" group by m.country");
        Map<String, Integer> active = new HashMap<>();
        query(sql.toString(), marketParams, rs -> active.put(rs.getString(1), rs.getInt(2)));
        return active;
    }

    /** The slice as a condition on intel.videos (columns prefixed with {@code alias}); appends its parameters. */
    private static String videoFilter(String alias, Slice slice, List<Object> params) {
        StringBuilder sql = new StringBuilder(alias + "industry = ? and " + alias + "published_on between ? and ?");
        params.add(slice.industry());
        params.add(java.sql.Date.valueOf(slice.period().from()));
        params.add(java.sql.Date.valueOf(slice.period().to()));
        if (slice.product() != null) {
            sql.append(" and ").append(alias).append("product = ?");
            params.add(slice.product());
        }
        if (slice.countries() != null) {
            sql.append(" and ").append(alias).append("country = any(cast(? as char(2)[]))");
            params.add(slice.countries());
        }
        return sql.toString();
    }

    List<AccountCard> accountCards(List<Map.Entry<UUID, long[]>> ranked) {
        if (ranked.isEmpty()) {
            return List.of();
        }
        Map<UUID, AccountCard> cards = new HashMap<>();
        List<UUID> ids = ranked.stream().map(Map.Entry::getKey).toList();
        Map<UUID, long[]> figures = new HashMap<>();
        ranked.forEach(e -> figures.put(e.getKey(), e.getValue()));
        query(
                """
                select id, handle, nickname, profile_url, followers, factory_id, b2b_score, b2b_signals::text,
                    quality_flags
                from intel.accounts where id = any(?)
                """,
                List.of(ids),
                rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    long[] f = figures.get(id);
                    List<String> signals = new ArrayList<>();
                    json.readTree(rs.getString(8)).forEach(n -> signals.add(n.asString()));
                    Array flags = rs.getArray(9);
                    cards.put(
                            id,
                            new AccountCard(
                                    id,
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getLong(5),
                                    ChineseNumbers.format(rs.getLong(5)),
                                    rs.getObject(6, UUID.class),
                                    rs.getDouble(7),
                                    signals,
                                    List.of((String[]) flags.getArray()),
                                    f[0],
                                    f[1],
                                    ChineseNumbers.format(f[1]),
                                    f[1] == 0 ? 0 : round4((double) f[2] / f[1])));
                });
        return ids.stream().map(cards::get).filter(java.util.Objects::nonNull).toList();
    }

    // ------------------------------------------------------------------ products

    public MarketViews.HotProducts hotProducts(String industry, String region, String period) {
        String industryCode = industry == null || industry.isBlank() ? null : industryCode(industry);
        IntelReference.Region r = region == null || region.isBlank() ? null : regionOf(region.strip());
        Period p = period(period);
        List<ProductRank> ranks = productRanks(industryCode, r == null ? null : r.countries(), p, 20, true);
        return new MarketViews.HotProducts(industryCode, r == null ? null : r.code(), p, ranks);
    }

    List<ProductRank> productRanks(String industry, List<String> countries, Period period, int limit, boolean samples) {
        StringBuilder sql = new StringBuilder(
                """
                select product, day >= ? as current, sum(videos), sum(plays), sum(likes), sum(shares), sum(comments),
                    sum(saves)
                from intel.daily_figures where day between ? and ? and product <> ''
                """);
        List<Object> params = new ArrayList<>(List.of(
                java.sql.Date.valueOf(period.from()),
                java.sql.Date.valueOf(period.previousFrom()),
                java.sql.Date.valueOf(period.to())));
        if (industry != null) {
            sql.append(" and industry = ?");
            params.add(industry);
        }
        if (countries != null) {
            sql.append(" and country = any(cast(? as char(2)[]))");
            params.add(countries);
        }
        sql.append(" group by 1, 2");
        Map<String, long[][]> byProduct = new HashMap<>();
        query(sql.toString(), params, rs -> {
            long[][] f = byProduct.computeIfAbsent(rs.getString(1), k -> new long[2][6]);
            long[] target = rs.getBoolean(2) ? f[0] : f[1];
            for (int i = 0; i < 6; i++) {
                target[i] += rs.getLong(3 + i);
            }
        });
        long totalPlays = byProduct.values().stream().mapToLong(f -> f[0][1]).sum();
        List<Map.Entry<String, long[][]>> ranked = byProduct.entrySet().stream()
                .filter(e -> e.getValue()[0][0] > 0)
                .sorted(Comparator.comparingLong((Map.Entry<String, long[][]> e) -> e.getValue()[0][1])
                        .reversed())
                .limit(limit)
                .toList();
        List<ProductRank> result = new ArrayList<>();
        int rank = 0;
        for (Map.Entry<String, long[][]> e : ranked) {
            rank++;
            IntelReference.Product product = reference.product(e.getKey()).orElse(null);
            Figures f = figures(e.getValue()[0], e.getValue()[1]);
            double share = totalPlays == 0 ? 0 : (double) f.plays() / totalPlays;
            Double growth = f.playsChange();
            String reason = null;
            boolean hot = false;
            if (growth != null && growth >= 0.3 && share >= 0.05) {
                hot = true;
                reason = String.format(
                        Locale.ROOT, "播放量 %s，较上期增长 %.0f%%，占比 %.0f%%", f.playsText(), growth * 100, share * 100);
            } else if (rank == 1 && f.plays() > 0 && (growth == null || growth >= 0)) {
                hot = true;
                reason = String.format(Locale.ROOT, "播放量第一（%s），占比 %.0f%%", f.playsText(), share * 100);
            }
            List<VideoCard> sample = samples ? sampleVideos(e.getKey(), countries, period) : List.of();
            result.add(new ProductRank(
                    rank,
                    e.getKey(),
                    product == null ? e.getKey() : product.nameZh(),
                    product == null ? e.getKey() : product.nameEn(),
                    product == null ? IntelReference.OTHER : product.industry(),
                    product == null ? null : product.hsChapter(),
                    f,
                    hot,
                    reason,
                    sample));
        }
        return result;
    }

    private List<VideoCard> sampleVideos(String product, List<String> countries, Period period) {
        // a product belongs to one industry: its most played videos are found walking that industry's plays index
        // (videos_industry_plays_idx), so the videos need no index of their own per product
        String industry =
                reference.product(product).map(IntelReference.Product::industry).orElse(null);
        StringBuilder filter = new StringBuilder("product = ? and published_on between ? and ?");
        List<Object> params = new ArrayList<>(
                List.of(product, java.sql.Date.valueOf(period.from()), java.sql.Date.valueOf(period.to())));
        if (industry != null) {
            filter.append(" and industry = ?");
            params.add(industry);
        }
        if (countries != null) {
            filter.append(" and country = any(cast(? as char(2)[]))");
            params.add(countries);
        }
        return mostPlayed(filter.toString(), params, 3);
    }

    // ------------------------------------------------------------------ where to export

    static String tradeNote(TradeFlows.Table t) {
        return t.source().synthetic()
                ? String.format(Locale.ROOT, "贸易流量为合成示例数据（%d 年，非海关统计），仅供演示；导入授权贸易表（如 UN Comtrade）后自动替换。", t.year())
                : String.format(
                        Locale.ROOT,
                        "贸易流量：%s（%d 年，%s）。",
                        t.source().name(),
                        t.year(),
                        t.source().licence());
    }

    /** A market's share of the industry's exports relative to the biggest market, with the reason; null without data. */
    record TradeLeg(double value, String reason) {}

    static TradeLeg tradeLeg(Optional<TradeFlows.Table> table, java.math.BigDecimal exports) {
        if (table.isEmpty()) {
            return null;
        }
        TradeFlows.Table t = table.get();
        java.math.BigDecimal max = t.max();
        java.math.BigDecimal value = exports == null ? java.math.BigDecimal.ZERO : exports;
        double share = max.signum() == 0 ? 0 : value.doubleValue() / max.doubleValue();
        return new TradeLeg(
                share,
                String.format(
                        Locale.ROOT,
                        "贸易：中国本行业对该市场出口 %s 美元，为最大市场的 %.0f%%（%d 年%s）",
                        ChineseNumbers.format(value.longValue()),
                        share * 100,
                        t.year(),
                        t.source().synthetic() ? "，合成示例数据" : "，" + t.source().name()));
    }

    private List<Advice> countryAdvice(
            List<CountryFigures> countries,
            Map<String, Integer> active,
            Figures total,
            Optional<TradeFlows.Table> tradeTable) {
        List<CountryFigures> known = countries.stream()
                .filter(c -> !IntelReference.UNKNOWN_COUNTRY.equals(c.country()))
                .filter(c -> c.figures().videos() > 0)
                .toList();
        long maxPlays = known.stream().mapToLong(c -> c.figures().plays()).max().orElse(0);
        int maxAccounts = known.stream()
                .mapToInt(c -> active.getOrDefault(c.country(), 0))
                .max()
                .orElse(0);
        return known.stream()
                .map(c -> advice(
                        "COUNTRY",
                        c.country(),
                        c.nameZh(),
                        c.figures(),
                        maxPlays,
                        active.getOrDefault(c.country(), 0),
                        maxAccounts,
                        total.engagementRate(),
                        tradeLeg(
                                tradeTable,
                                tradeTable
                                        .map(t -> t.byPartner().get(c.country()))
                                        .orElse(null))))
                .sorted(Comparator.comparingDouble(Advice::score).reversed())
                .limit(10)
                .toList();
    }

    private List<Advice> regionAdvice(
            List<RegionFigures> regions, AccountScan scan, Figures total, Optional<TradeFlows.Table> tradeTable) {
        Optional<TradeFlows.Table> byRegion = tradeTable.map(t -> {
            Map<String, java.math.BigDecimal> sums = new HashMap<>();
            t.byPartner()
                    .forEach((country, v) -> sums.merge(reference.regionOf(country), v, java.math.BigDecimal::add));
            return new TradeFlows.Table(t.source(), t.year(), sums);
        });
        Map<String, Integer> activeByRegion = new HashMap<>();
        scan.activeAccounts()
                .forEach((country, n) -> activeByRegion.merge(reference.regionOf(country), n, Integer::sum));
        List<RegionFigures> known = regions.stream()
                .filter(r -> !IntelReference.UNKNOWN_REGION.equals(r.region()))
                .filter(r -> r.figures().videos() > 0)
                .toList();
        long maxPlays = known.stream().mapToLong(r -> r.figures().plays()).max().orElse(0);
        int maxAccounts = known.stream()
                .mapToInt(r -> activeByRegion.getOrDefault(r.region(), 0))
                .max()
                .orElse(0);
        return known.stream()
                .map(r -> advice(
                        "REGION",
                        r.region(),
                        r.nameZh(),
                        r.figures(),
                        maxPlays,
                        activeByRegion.getOrDefault(r.region(), 0),
                        maxAccounts,
                        total.engagementRate(),
                        tradeLeg(
                                byRegion,
                                byRegion.map(t -> t.byPartner().get(r.region())).orElse(null))))
                .sorted(Comparator.comparingDouble(Advice::score).reversed())
                .toList();
    }

    /**
     * Without trade data: score = 100 × (0.5 × demand + 0.2 × engagement + 0.2 × growth + 0.1 × (1 − competition));
     * with it: 100 × (0.4 × demand + 0.15 × engagement + 0.15 × growth + 0.1 × (1 − competition) + 0.2 × trade).
     * Demand is plays relative to the best market, engagement the market's rate against the slice's (capped at
     * twice), growth the change of plays mapped from [−100 %, +100 %] onto [0, 1], competition the active accounts
     * relative to the most crowded market, trade China's exports of the industry's HS chapters to the market
     * relative to its biggest market.
     */
    static Advice advice(
            String kind,
            String code,
            String nameZh,
            Figures f,
            long maxPlays,
            int accounts,
            int maxAccounts,
            double averageEngagement,
            TradeLeg trade) {
        double demand = maxPlays == 0 ? 0 : (double) f.plays() / maxPlays;
        double engagement = averageEngagement == 0 ? 0 : Math.min(2, f.engagementRate() / averageEngagement) / 2;
        double growth = f.playsChange() == null ? 0.5 : (Math.max(-1, Math.min(1, f.playsChange())) + 1) / 2;
        double competition = maxAccounts == 0 ? 0 : (double) accounts / maxAccounts;
        double wDemand = trade == null ? 0.5 : 0.4;
        double wEngagement = trade == null ? 0.2 : 0.15;
        double wGrowth = trade == null ? 0.2 : 0.15;
        double wTrade = trade == null ? 0 : 0.2;
        double score = 100
                * (wDemand * demand
                        + wEngagement * engagement
                        + wGrowth * growth
                        + 0.1 * (1 - competition)
                        + (trade == null ? 0 : wTrade * trade.value()));
        List<String> reasons = new ArrayList<>();
        reasons.add(String.format(Locale.ROOT, "需求：播放量 %s（为最高市场的 %.0f%%）", f.playsText(), demand * 100));
        reasons.add(
                String.format(Locale.ROOT, "互动率 %.1f%%（平均 %.1f%%）", f.engagementRate() * 100, averageEngagement * 100));
        reasons.add(
                f.playsChange() == null
                        ? "增长：上期无数据"
                        : String.format(
                                Locale.ROOT,
                                "增长：播放量较上期%s %.0f%%",
                                f.playsChange() >= 0 ? "增长" : "下降",
                                Math.abs(f.playsChange()) * 100));
        reasons.add(String.format(
                Locale.ROOT,
                "竞争：已有 %d 个活跃的工厂/B2B 账号%s",
                accounts,
                competition <= 0.34 ? "（竞争较少）" : competition >= 0.67 ? "（竞争激烈）" : ""));
        List<ScorePart> parts = new ArrayList<>(List.of(
                new ScorePart("demand", round4(demand), wDemand),
                new ScorePart("engagement", round4(engagement), wEngagement),
                new ScorePart("growth", round4(growth), wGrowth),
                new ScorePart("competition", round4(competition), -0.1)));
        if (trade != null) {
            reasons.add(trade.reason());
            parts.add(new ScorePart("trade", round4(trade.value()), wTrade));
        }
        return new Advice(kind, code, nameZh, Math.round(score * 10) / 10.0, List.copyOf(parts), reasons);
    }

    // ------------------------------------------------------------------ plumbing

    interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    /**
     * Runs a query binding lists as SQL arrays (text[] or uuid[]; country lists are cast to char(2)[] in the SQL so
     * the country indexes apply), planned for its actual parameters every time.
     */
    void query(String sql, List<Object> params, RowHandler handler) {
        jdbc.execute((ConnectionCallback<Void>) con -> {
            try (var ps = con.prepareStatement(sql)) {
                // Never a server-side prepared statement: its generic plan, made without the industry, dates and
                // countries, walked the wrong index (1.5 s instead of 40 ms for a region over 1,000,000 videos).
                if (ps.isWrapperFor(org.postgresql.PGStatement.class)) {
                    ps.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(0);
                }
                for (int i = 0; i < params.size(); i++) {
                    Object p = params.get(i);
                    if (p instanceof List<?> list) {
                        String type = !list.isEmpty() && list.get(0) instanceof UUID ? "uuid" : "text";
                        ps.setArray(i + 1, con.createArrayOf(type, list.toArray()));
                    } else {
                        ps.setObject(i + 1, p);
                    }
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        handler.row(rs);
                    }
                }
            }
            return null;
        });
    }
}
