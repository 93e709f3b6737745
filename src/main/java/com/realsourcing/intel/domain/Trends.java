package com.realsourcing.intel.domain;

import com.realsourcing.intel.domain.MarketViews.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The day-by-day line behind an industry search (the same filters): videos and plays per publish day in the period,
 * beside the plays of the matching day one period earlier. Read from the daily figures, so it costs what the
 * search's totals cost.
 */
@Service
public class Trends {

    private final MarketQueries market;

    Trends(MarketQueries market) {
        this.market = market;
    }

    /** One day; {@code previousPlays} is the plays of the day one period length before. */
    public record Point(LocalDate day, long videos, long plays, long previousPlays) {}

    public record Trend(
            String industry, String product, String region, String country, Period period, List<Point> days) {}

    public Trend trend(MarketQueries.SearchQuery query) {
        MarketQueries.Slice slice = market.resolve(query);
        Period p = slice.period();
        StringBuilder sql = new StringBuilder(
                "select day, sum(videos), sum(plays) from intel.daily_figures where day between ? and ? and industry = ?");
        List<Object> params = new ArrayList<>(
                List.of(java.sql.Date.valueOf(p.previousFrom()), java.sql.Date.valueOf(p.to()), slice.industry()));
        if (slice.product() != null) {
            sql.append(" and product = ?");
            params.add(slice.product());
        }
        if (slice.countries() != null) {
            sql.append(" and country = any(cast(? as char(2)[]))");
            params.add(slice.countries());
        }
        sql.append(" group by day");
        Map<LocalDate, long[]> byDay = new HashMap<>();
        market.query(
                sql.toString(),
                params,
                rs -> byDay.put(rs.getDate(1).toLocalDate(), new long[] {rs.getLong(2), rs.getLong(3)}));
        long length = p.to().toEpochDay() - p.from().toEpochDay() + 1;
        List<Point> days = new ArrayList<>();
        for (LocalDate day = p.from(); !day.isAfter(p.to()); day = day.plusDays(1)) {
            long[] current = byDay.getOrDefault(day, new long[2]);
            long[] previous = byDay.getOrDefault(day.minusDays(length), new long[2]);
            days.add(new Point(day, current[0], current[1], previous[1]));
        }
        return new Trend(slice.industry(), slice.product(), slice.region(), slice.country(), p, days);
    }
}
