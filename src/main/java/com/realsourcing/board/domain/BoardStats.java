package com.realsourcing.board.domain;

import com.realsourcing.identity.api.IdentityApi;
import com.realsourcing.identity.api.OrganizationType;
import com.realsourcing.identity.api.RegistrationCount;
import com.realsourcing.shared.domain.DomainException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 数据看板 (seed 002 四.(二): 用户数据、供需数据、代加工专项数据、对接转化数据, 按日/周/月): the board's figures per day, ISO
 * week (Monday first) or calendar month, counted in the board's zone (Asia/Shanghai). Every figure is one GROUP BY
 * over an indexed time column; new organisations come from identity, which counts its own table.
 *
 * <ul>
 *   <li>postings submitted: postings first sent to review in the period (a resubmission after a rejection is not a
 *       new posting; drafts never submitted do not count);
 *   <li>published: postings approved for the first time in the period;
 *   <li>approvals and rejections: every reviewer decision, new versions of published postings included;
 *   <li>contacts: 联系对方 records opened; deals: contacts a party marked as a deal in the period;
 *   <li>matches: pairs the daily digest found for the first time (a demand and a service suggested to each other
 *       count once);
 *   <li>applications made and accepted; quotes sent;
 *   <li>the funnel: of the postings first published in the range, how many were contacted and how many led to a
 *       deal (up to now).
 * </ul>
 */
@Service
public class BoardStats {

    /** How the range is cut into periods. */
    public enum Granularity {
        DAY(ChronoUnit.DAYS, "day", 366),
        WEEK(ChronoUnit.WEEKS, "week", 260),
        MONTH(ChronoUnit.MONTHS, "month", 120);

        private final ChronoUnit unit;
        private final String sqlUnit;
        private final int maxPeriods;

        Granularity(ChronoUnit unit, String sqlUnit, int maxPeriods) {
            this.unit = unit;
            this.sqlUnit = sqlUnit;
            this.maxPeriods = maxPeriods;
        }

        public static Granularity parse(String value) {
            return value == null ? DAY : valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }

        /** The first day of the period holding {@code day}. */
        public LocalDate startOf(LocalDate day) {
            return switch (this) {
                case DAY -> day;
                case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> day.withDayOfMonth(1);
            };
        }

        LocalDate next(LocalDate start) {
            return start.plus(1, unit);
        }

        /** The default range ending today: 30 days, 12 weeks or 12 months, the current one included. */
        LocalDate defaultFrom(LocalDate to) {
            return switch (this) {
                case DAY -> to.minusDays(29);
                case WEEK -> startOf(to).minusWeeks(11);
                case MONTH -> startOf(to).minusMonths(11);
            };
        }
    }

    /** OEM processing figures (代加工专项数据). */
    public record Oem(long demandsPosted, long servicesPosted, long contacts, long deals) {}

    /** One period's figures (or the range's totals). */
    public record Figures(
            Map<OrganizationType, Long> newOrganizations,
            Map<PostingKind, Long> postingsSubmitted,
            long published,
            long approvals,
            long rejections,
            long contacts,
            long deals,
            long matches,
            long applications,
            long acceptances,
            long quotes,
            Oem oem) {}

    /** A period from {@code start} to {@code end}, both inclusive; the last one may end early at the range's end. */
    public record Period(LocalDate start, LocalDate end, Figures figures) {}

    /** Posting → contact → deal for the postings first published in the range. */
    public record Funnel(long published, long contacted, long deals) {}

    public record Report(
            Granularity granularity,
            LocalDate from,
            LocalDate to,
            ZoneId zone,
            List<Period> periods,
            Figures totals,
            Funnel funnel) {}

    private static final List<OrganizationType> ORGANIZATION_TYPES = List.of(
            OrganizationType.FACTORY,
            OrganizationType.TRADING_COMPANY,
            OrganizationType.BRAND,
            OrganizationType.CREATOR,
            OrganizationType.WORKER);

    private final JdbcClient jdbc;
    private final IdentityApi identity;
    private final ZoneId zone;
    private final Clock clock;

    BoardStats(JdbcClient jdbc, IdentityApi identity, BoardProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.zone = properties.zone();
        this.clock = clock;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Today in the board's zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The figures from {@code from} to {@code to} (inclusive; null for the default range ending today). */
    @Transactional(readOnly = true)
    public Report report(Granularity granularity, LocalDate from, LocalDate to) {
        LocalDate end = to == null ? today() : to;
        LocalDate start = granularity.startOf(from == null ? granularity.defaultFrom(end) : from);
        if (start.isAfter(end)) {
            throw DomainException.badRequest(BoardAdminError.STATS_RANGE_INVALID);
        }
        Map<LocalDate, Counter> buckets = new LinkedHashMap<>();
        for (LocalDate p = start; !p.isAfter(end); p = granularity.next(p)) {
            buckets.put(p, new Counter());
            if (buckets.size() > granularity.maxPeriods) {
                throw DomainException.badRequest(BoardAdminError.STATS_RANGE_TOO_LONG, granularity.maxPeriods);
            }
        }
        Window window = new Window(granularity, start, end);

        for (RegistrationCount c : identity.organizationsRegisteredPerDay(start, end, zone)) {
            Counter counter = buckets.get(granularity.startOf(c.day()));
            if (counter != null) {
                counter.organizations.merge(c.type(), c.count(), Long::sum);
            }
        }
        // postings first sent to review (a later resubmission of the same posting is not counted again)
        window.rows(
                        """
                        select date_trunc(:unit, l.occurred_at at time zone :zone)::date, p.kind, count(*)
                        from board.moderation_log l join board.postings p on p.id = l.posting_id
                        where l.action = 'SUBMITTED' and not l.revision
                          and l.occurred_at >= :start and l.occurred_at < :end
                          and not exists (select 1 from board.moderation_log e where e.posting_id = l.posting_id
                              and e.action = 'SUBMITTED' and not e.revision and e.occurred_at < l.occurred_at)
                        group by 1, 2
                        """)
                .forEach(r -> buckets.get(r.bucket).submitted.merge(PostingKind.valueOf(r.key), r.count, Long::sum));
        window.rows(
                        """
                        select date_trunc(:unit, l.occurred_at at time zone :zone)::date, l.action, count(*)
                        from board.moderation_log l
                        where l.action in ('APPROVED', 'REJECTED') and l.occurred_at >= :start and l.occurred_at < :end
                        group by 1, 2
                        """)
                .forEach(r -> {
                    Counter c = buckets.get(r.bucket);
                    if (r.key.equals("APPROVED")) {
                        c.approvals += r.count;
                    } else {
                        c.rejections += r.count;
                    }
                });
        window.rows(firstPublished("'x'", "count(*)")).forEach(r -> buckets.get(r.bucket).published += r.count);
        window.rows(
                        """
                        select date_trunc(:unit, created_at at time zone :zone)::date,
                               case when posting_kind in ('OEM_DEMAND', 'OEM_SERVICE') then 'OEM' else '' end, count(*)
                        from board.contacts where created_at >= :start and created_at < :end
                        group by 1, 2
                        """)
                .forEach(r -> {
                    Counter c = buckets.get(r.bucket);
                    c.contacts += r.count;
                    c.oemContacts += r.key.equals("OEM") ? r.count : 0;
                });
        window.rows(
                        """
                        select date_trunc(:unit, deal_marked_at at time zone :zone)::date,
                               case when posting_kind in ('OEM_DEMAND', 'OEM_SERVICE') then 'OEM' else '' end, count(*)
                        from board.contacts where deal_marked_at >= :start and deal_marked_at < :end
                        group by 1, 2
                        """)
                .forEach(r -> {
                    Counter c = buckets.get(r.bucket);
                    c.deals += r.count;
                    c.oemDeals += r.key.equals("OEM") ? r.count : 0;
                });
        // a pair suggested both ways is counted once, at the earlier sighting
        window.rows(
                        """
                        select date_trunc(:unit, m.first_seen_at at time zone :zone)::date, 'x', count(*)
                        from board.matches m
                        where m.first_seen_at >= :start and m.first_seen_at < :end
                          and not (m.counterpart_type = 'POSTING' and exists (select 1 from board.matches r
                              where r.posting_id = m.counterpart_id and r.counterpart_type = 'POSTING'
                                and r.counterpart_id = m.posting_id
                                and (r.first_seen_at < m.first_seen_at
                                     or (r.first_seen_at = m.first_seen_at and r.posting_id < m.posting_id))))
                        group by 1, 2
                        """)
                .forEach(r -> buckets.get(r.bucket).matches += r.count);
        window.rows(
                        """
                        select date_trunc(:unit, created_at at time zone :zone)::date, 'x', count(*)
                        from board.job_applications where created_at >= :start and created_at < :end
                        group by 1, 2
                        """)
                .forEach(r -> buckets.get(r.bucket).applications += r.count);
        window.rows(
                        """
                        select date_trunc(:unit, decided_at at time zone :zone)::date, 'x', count(*)
                        from board.job_applications
                        where status = 'ACCEPTED' and decided_at >= :start and decided_at < :end
                        group by 1, 2
                        """)
                .forEach(r -> buckets.get(r.bucket).acceptances += r.count);
        window.rows(
                        """
                        select date_trunc(:unit, created_at at time zone :zone)::date, 'x', count(*)
                        from board.quotes where created_at >= :start and created_at < :end
                        group by 1, 2
                        """)
                .forEach(r -> buckets.get(r.bucket).quotes += r.count);

        List<Period> periods = new ArrayList<>();
        Counter total = new Counter();
        for (var entry : buckets.entrySet()) {
            LocalDate last = granularity.next(entry.getKey()).minusDays(1);
            periods.add(new Period(
                    entry.getKey(),
                    last.isAfter(end) ? end : last,
                    entry.getValue().figures()));
            total.add(entry.getValue());
        }
        Funnel funnel = window.single(
                firstPublished(
                        "'x'",
                        """
                count(*),
                sum(case when exists (select 1 from board.contacts c where c.posting_id = l.posting_id)
                    then 1 else 0 end),
                sum(case when exists (select 1 from board.contacts c where c.posting_id = l.posting_id
                    and c.deal_marked_at is not null) then 1 else 0 end)
                """));
        return new Report(granularity, start, end, zone, periods, total.figures(), funnel);
    }

    /** Postings approved for the first time (not a new version) in the window, grouped by period. */
    private static String firstPublished(String key, String aggregates) {
        return """
                select date_trunc(:unit, l.occurred_at at time zone :zone)::date, %s, %s
                from board.moderation_log l
                where l.action = 'APPROVED' and not l.revision and l.occurred_at >= :start and l.occurred_at < :end
                  and not exists (select 1 from board.moderation_log e where e.posting_id = l.posting_id
                      and e.action = 'APPROVED' and not e.revision and e.occurred_at < l.occurred_at)
                group by 1, 2
                """
                .formatted(key, aggregates);
    }

    private record Row(LocalDate bucket, String key, long count) {}

    /** The range as SQL parameters. */
    private final class Window {
        private final Granularity granularity;
        private final Timestamp start;
        private final Timestamp end;

        Window(Granularity granularity, LocalDate from, LocalDate to) {
            this.granularity = granularity;
            this.start = Timestamp.from(from.atStartOfDay(zone).toInstant());
            this.end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
        }

        private JdbcClient.StatementSpec sql(String sql) {
            return jdbc.sql(sql)
                    .param("unit", granularity.sqlUnit)
                    .param("zone", zone.getId())
                    .param("start", start)
                    .param("end", end);
        }

        List<Row> rows(String sql) {
            return sql(sql).query((rs, n) -> new Row(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getLong(3)))
                    .list();
        }

        /** The funnel: the per-period rows of the three counts, summed. */
        Funnel single(String sql) {
            long[] sums = new long[3];
            sql(sql).query(rs -> {
                sums[0] += rs.getLong(3);
                sums[1] += rs.getLong(4);
                sums[2] += rs.getLong(5);
            });
            return new Funnel(sums[0], sums[1], sums[2]);
        }
    }

    /** Mutable sums while the rows come in. */
    private static final class Counter {
        final Map<OrganizationType, Long> organizations = new EnumMap<>(OrganizationType.class);
        final Map<PostingKind, Long> submitted = new EnumMap<>(PostingKind.class);
        long published;
        long approvals;
        long rejections;
        long contacts;
        long deals;
        long oemContacts;
        long oemDeals;
        long matches;
        long applications;
        long acceptances;
        long quotes;

        void add(Counter other) {
            other.organizations.forEach((k, v) -> organizations.merge(k, v, Long::sum));
            other.submitted.forEach((k, v) -> submitted.merge(k, v, Long::sum));
            published += other.published;
            approvals += other.approvals;
            rejections += other.rejections;
            contacts += other.contacts;
            deals += other.deals;
            oemContacts += other.oemContacts;
            oemDeals += other.oemDeals;
            matches += other.matches;
            applications += other.applications;
            acceptances += other.acceptances;
            quotes += other.quotes;
        }

        Figures figures() {
            Map<OrganizationType, Long> orgs = new LinkedHashMap<>();
            ORGANIZATION_TYPES.forEach(t -> orgs.put(t, organizations.getOrDefault(t, 0L)));
            Map<PostingKind, Long> kinds = new LinkedHashMap<>();
            for (PostingKind kind : PostingKind.values()) {
                kinds.put(kind, submitted.getOrDefault(kind, 0L));
            }
            return new Figures(
                    orgs,
                    kinds,
                    published,
                    approvals,
                    rejections,
                    contacts,
                    deals,
                    matches,
                    applications,
                    acceptances,
                    quotes,
                    new Oem(
                            kinds.get(PostingKind.OEM_DEMAND),
                            kinds.get(PostingKind.OEM_SERVICE),
                            oemContacts,
                            oemDeals));
        }
    }
}
