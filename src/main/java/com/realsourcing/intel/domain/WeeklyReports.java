package com.realsourcing.intel.domain;

import com.realsourcing.directory.api.ExportIndustryView;
import com.realsourcing.intel.domain.MarketViews.AccountCard;
import com.realsourcing.intel.domain.MarketViews.EmergingAccount;
import com.realsourcing.intel.domain.MarketViews.Figures;
import com.realsourcing.intel.domain.MarketViews.IndustryMovement;
import com.realsourcing.intel.domain.MarketViews.Period;
import com.realsourcing.intel.domain.MarketViews.ProductRank;
import com.realsourcing.intel.domain.MarketViews.RegionFigures;
import com.realsourcing.intel.domain.MarketViews.WeeklyReport;
import com.realsourcing.shared.domain.DomainException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * The weekly report of an ISO week (Monday to Sunday, UTC days): per industry the region movements against the
 * week before, the hot products, emerging accounts (new ones: first video within the four weeks before the week's
 * end, ranked by the week's plays; fast-growing ones: followers or plays up sharply over the week, from the
 * accounts' daily figures) and the week's industry and policy news. Computed from the daily figures.
 */
@Service
public class WeeklyReports {

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    private final MarketQueries market;
    private final IntelReference reference;
    private final Clock clock;

    private final NewsService news;

    WeeklyReports(MarketQueries market, IntelReference reference, Clock clock, NewsService news) {
        this.news = news;
        this.market = market;
        this.reference = reference;
        this.clock = clock;
    }

    /** The Monday of an ISO week ({@code 2026-W47}); the last complete week when blank. */
    public LocalDate weekStart(String week) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (week == null || week.isBlank()) {
            return thisMonday.minusWeeks(1);
        }
        Matcher m = WEEK.matcher(week.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw DomainException.invalidField("week", IntelError.WEEK_INVALID, week);
        }
        int year = Integer.parseInt(m.group(1));
        int number = Integer.parseInt(m.group(2));
        LocalDate start;
        try {
            LocalDate probe = LocalDate.of(year, 6, 1);
            if (number < 1
                    || number > probe.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                throw DomainException.invalidField("week", IntelError.WEEK_INVALID, week);
            }
            start = probe.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
        } catch (DateTimeParseException e) {
            throw DomainException.invalidField("week", IntelError.WEEK_INVALID, week);
        }
        if (start.isAfter(thisMonday)) {
            throw DomainException.notFound(IntelError.WEEK_IN_FUTURE, week, isoWeek(thisMonday));
        }
        return start;
    }

    public static String isoWeek(LocalDate monday) {
        return String.format(
                Locale.ROOT,
                "%d-W%02d",
                monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public WeeklyReport report(String week) {
        LocalDate from = weekStart(week);
        LocalDate to = from.plusDays(6);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Period period = new Period(isoWeek(from), from, to, from.minusDays(7), from.minusDays(1));
        List<IndustryMovement> industries = new ArrayList<>();
        List<String> headlines = new ArrayList<>();
        for (ExportIndustryView industry : reference.industries()) {
            Map<String, long[][]> byCountry = market.countryFigures(industry.code(), null, null, period);
            long[] total = new long[6];
            long[] prev = new long[6];
            Map<String, long[][]> byRegion = new LinkedHashMap<>();
            byCountry.forEach((country, f) -> {
                add(total, f[0]);
                add(prev, f[1]);
                long[][] r = byRegion.computeIfAbsent(reference.regionOf(country), k -> new long[2][6]);
                add(r[0], f[0]);
                add(r[1], f[1]);
            });
            if (total[0] == 0 && prev[0] == 0) {
                continue;
            }
            List<RegionFigures> regions = byRegion.entrySet().stream()
                    .filter(e -> !IntelReference.UNKNOWN_REGION.equals(e.getKey()))
                    .map(e -> {
                        Figures f = MarketQueries.figures(e.getValue()[0], e.getValue()[1]);
                        String nameZh = reference.regionNameZh(e.getKey());
                        return new RegionFigures(
                                e.getKey(),
                                nameZh,
                                reference
                                        .region(e.getKey())
                                        .map(IntelReference.Region::nameEn)
                                        .orElse(e.getKey()),
                                f,
                                nameZh + industry.nameZh() + "类视频播放量 " + f.playsText() + movement(f.playsChange()));
                    })
                    .sorted(Comparator.comparingLong(
                                    (RegionFigures r) -> r.figures().plays())
                            .reversed())
                    .toList();
            Figures totalFigures = MarketQueries.figures(total, prev);
            String headline = regions.isEmpty()
                    ? industry.nameZh() + "：本周无数据"
                    : regions.get(0).summaryZh();
            industries.add(new IndustryMovement(industry.code(), industry.nameZh(), totalFigures, regions, headline));
            if (!regions.isEmpty()) {
                headlines.add(headline);
            }
        }
        industries.sort(
                Comparator.comparingLong((IndustryMovement i) -> i.total().plays())
                        .reversed());
        List<ProductRank> products = market.productRanks(null, null, period, 10, false);
        products.stream()
                .filter(ProductRank::hot)
                .limit(3)
                .forEach(p -> headlines.add("爆款：" + p.nameZh() + "（" + p.hotReasonZh() + "）"));
        return new WeeklyReport(
                null,
                null,
                period.code(),
                from,
                to,
                !to.isAfter(today.minusDays(1)),
                headlines,
                industries,
                products,
                emergingAccounts(period),
                news.between(from, to, 20),
                clock.instant());
    }

    /** Followers gained over the week that make an account GROWING: at least this many and this share. */
    static final long GROWING_FOLLOWERS = 1_000;

    static final double GROWING_FOLLOWERS_SHARE = 0.2;
    /** Plays gained over the week (by its known videos, new ones included) that make an account GROWING. */
    static final long GROWING_PLAYS = 10_000;

    static final double GROWING_PLAYS_SHARE = 0.5;

    static final int EMERGING_LIMIT = 10;

    /**
     * NEW accounts (first video within the four weeks before the week's end, kept on the account by the import),
     * ranked by the week's plays, then GROWING ones: the account's figures at the end of the week against its last
     * figures before the week, ranked by the larger of the two growth rates.
     */
    List<EmergingAccount> emergingAccounts(Period period) {
        java.sql.Date from = java.sql.Date.valueOf(period.from());
        java.sql.Date to = java.sql.Date.valueOf(period.to());
        Map<UUID, long[]> week = new LinkedHashMap<>();
        Map<UUID, String> reasons = new HashMap<>();
        Map<UUID, Object[]> growth = new HashMap<>();
        market.query(
                """
                select a.id, a.first_published_on, count(*), sum(v.plays), sum(v.likes + v.comments + v.shares + v.saves)
                from intel.accounts a
                join intel.videos v on v.account_id = a.id and v.published_on between ? and ?
                where a.first_published_on between ? and ?
                group by a.id, a.first_published_on
                order by sum(v.plays) desc, a.id limit ?
                """,
                List.of(from, to, java.sql.Date.valueOf(period.to().minusDays(27)), to, EMERGING_LIMIT),
                rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    week.put(id, new long[] {rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                    reasons.put(id, "新账号：首条视频发布于 " + rs.getDate(2).toLocalDate());
                });
        List<UUID> growing = new ArrayList<>();
        market.query(
                """
                with e as (
                  select distinct on (account_id) account_id, followers, plays from intel.account_snapshots
                  where taken_on <= ? order by account_id, taken_on desc
                ), s as (
                  select distinct on (account_id) account_id, followers, plays from intel.account_snapshots
                  where taken_on < ? order by account_id, taken_on desc
                )
                select e.account_id, e.followers - s.followers, s.followers, e.plays - s.plays, s.plays
                from e join s using (account_id)
                join intel.accounts a on a.id = e.account_id
                where not (a.first_published_on between ? and ?)
                  and ((e.followers - s.followers >= ? and e.followers - s.followers >= ? * s.followers)
                    or (e.plays - s.plays >= ? and e.plays - s.plays >= ? * s.plays))
                order by greatest((e.followers - s.followers)::float8 / greatest(s.followers, 1),
                                  (e.plays - s.plays)::float8 / greatest(s.plays, 1)) desc, e.account_id
                limit ?
                """,
                List.of(
                        to,
                        from,
                        java.sql.Date.valueOf(period.to().minusDays(27)),
                        to,
                        GROWING_FOLLOWERS,
                        GROWING_FOLLOWERS_SHARE,
                        GROWING_PLAYS,
                        GROWING_PLAYS_SHARE,
                        EMERGING_LIMIT),
                rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    long followersGained = rs.getLong(2);
                    long followersBefore = rs.getLong(3);
                    long playsGained = rs.getLong(4);
                    long playsBefore = rs.getLong(5);
                    Double followersGrowth = followersBefore == 0
                            ? null
                            : MarketQueries.round4((double) followersGained / followersBefore);
                    Double playsGrowth =
                            playsBefore == 0 ? null : MarketQueries.round4((double) playsGained / playsBefore);
                    growing.add(id);
                    growth.put(id, new Object[] {followersGained, followersGrowth, playsGained, playsGrowth});
                    List<String> why = new ArrayList<>();
                    if (followersGained >= GROWING_FOLLOWERS
                            && followersGained >= GROWING_FOLLOWERS_SHARE * followersBefore) {
                        why.add("粉丝一周" + growthText(followersGrowth, followersGained));
                    }
                    if (playsGained >= GROWING_PLAYS && playsGained >= GROWING_PLAYS_SHARE * playsBefore) {
                        why.add("播放量一周" + growthText(playsGrowth, playsGained));
                    }
                    reasons.put(id, "快速成长：" + String.join("，", why));
                });
        if (!growing.isEmpty()) {
            Map<UUID, long[]> figures = new HashMap<>();
            market.query(
                    """
                    select account_id, count(*), sum(plays), sum(likes + comments + shares + saves) from intel.videos
                    where account_id = any(?) and published_on between ? and ? group by account_id
                    """,
                    List.of(growing, from, to),
                    rs -> figures.put(
                            rs.getObject(1, UUID.class), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)}));
            growing.forEach(id -> week.put(id, figures.getOrDefault(id, new long[3])));
        }
        List<AccountCard> cards = market.accountCards(new ArrayList<>(week.entrySet()));
        return cards.stream()
                .map(card -> {
                    Object[] g = growth.get(card.id());
                    return g == null
                            ? EmergingAccount.of(card, "NEW", 0, null, 0, null, reasons.get(card.id()))
                            : EmergingAccount.of(
                                    card,
                                    "GROWING",
                                    (Long) g[0],
                                    (Double) g[1],
                                    (Long) g[2],
                                    (Double) g[3],
                                    reasons.get(card.id()));
                })
                .toList();
    }

    private static String growthText(Double growth, long gained) {
        return (growth == null ? "" : String.format(Locale.ROOT, "增长 %.0f%%", growth * 100)) + "（+"
                + ChineseNumbers.format(gained) + "）";
    }

    private static String movement(Double change) {
        if (change == null) {
            return "";
        }
        return String.format(Locale.ROOT, "，环比%s %.0f%%", change >= 0 ? "增长" : "下降", Math.abs(change) * 100);
    }

    private static void add(long[] target, long[] source) {
        for (int i = 0; i < target.length; i++) {
            target[i] += source[i];
        }
    }
}
