package com.realsourcing.intel.domain;

import com.realsourcing.directory.api.ExportIndustryView;
import com.realsourcing.intel.domain.MarketViews.AccountCard;
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
 * week before, the hot products, emerging accounts (first video within the four weeks before the week's end,
 * ranked by the week's plays) and the week's industry and policy news. Computed from the daily figures.
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

    private List<AccountCard> emergingAccounts(Period period) {
        Map<UUID, long[]> perAccount = new HashMap<>();
        market.query(
                """
                select v.account_id, count(*), sum(v.plays), sum(v.likes + v.comments + v.shares + v.saves)
                from intel.videos v
                where v.published_on between ? and ?
                  and not exists (select 1 from intel.videos o where o.account_id = v.account_id
                                  and o.published_on < ?)
                group by v.account_id
                order by sum(v.plays) desc limit 10
                """,
                List.of(
                        java.sql.Date.valueOf(period.from()),
                        java.sql.Date.valueOf(period.to()),
                        java.sql.Date.valueOf(period.to().minusDays(27))),
                rs -> perAccount.put(
                        rs.getObject(1, UUID.class), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)}));
        return market.accountCards(perAccount.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<UUID, long[]> e) -> e.getValue()[1])
                        .reversed())
                .toList());
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
