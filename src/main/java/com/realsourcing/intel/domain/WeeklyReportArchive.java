package com.realsourcing.intel.domain;

import com.realsourcing.intel.domain.MarketViews.WeeklyReport;
import com.realsourcing.shared.domain.Ids;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored weekly reports: each generation of a week (the Monday schedule or an operator's "generate now") becomes a
 * new version; readers get the latest version, or a report computed on the fly when none was generated yet.
 */
@Service
public class WeeklyReportArchive {

    private final WeeklyReports reports;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    private final org.springframework.context.ApplicationEventPublisher events;

    WeeklyReportArchive(
            WeeklyReports reports,
            JdbcClient jdbc,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.reports = reports;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The week the Monday run reports on: the ISO week before the clock's current one (UTC days). */
    public String previousWeek() {
        LocalDate monday = LocalDate.now(clock.withZone(ZoneOffset.UTC))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(1);
        return WeeklyReports.isoWeek(monday);
    }

    /**
     * The scheduled generation of a week: none when the schedule already generated it (an operator's versions do
     * not count). A unique index keeps it to one even across instances.
     */
    @Transactional
    public Optional<WeeklyReport> generateScheduled(String week) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('intel.weekly_reports:' || ?))")
                .param(week)
                .query()
                .singleRow();
        boolean done = jdbc.sql(
                        "select exists (select 1 from intel.weekly_reports where week = ? and trigger = 'SCHEDULE')")
                .param(week)
                .query(Boolean.class)
                .single();
        return done ? Optional.empty() : Optional.of(generate(week, "SCHEDULE", null));
    }

    @Transactional
    public WeeklyReport generate(String week, String trigger, UUID userId) {
        WeeklyReport computed = reports.report(week);
        // one generation at a time per week: the advisory lock makes the version numbers gap-free
        jdbc.sql("select pg_advisory_xact_lock(hashtext('intel.weekly_reports:' || ?))")
                .param(computed.week())
                .query()
                .singleRow();
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from intel.weekly_reports where week = ?")
                .param(computed.week())
                .query(Integer.class)
                .single();
        UUID id = Ids.newId();
        WeeklyReport stored = new WeeklyReport(
                id,
                version,
                computed.week(),
                computed.from(),
                computed.to(),
                computed.complete(),
                computed.headlinesZh(),
                computed.industries(),
                computed.hotProducts(),
                computed.emergingAccounts(),
                computed.news(),
                computed.generatedAt());
        jdbc.sql(
                        """
                        insert into intel.weekly_reports (id, week, version, trigger, content, generated_by, generated_at)
                        values (?, ?, ?, ?, ?::jsonb, ?, ?)
                        """)
                .params(
                        id,
                        stored.week(),
                        version,
                        trigger,
                        json.writeValueAsString(stored),
                        userId,
                        java.sql.Timestamp.from(clock.instant()))
                .update();
        if (version == 1 && stored.complete()) { // a regeneration (version 2, 3 …) does not notify again
            events.publishEvent(new ReportSubscriptions.FirstGenerated(stored.week()));
        }
        return stored;
    }

    /** The latest stored version of a week, or the report computed now. */
    public WeeklyReport latest(String week) {
        String iso = WeeklyReports.isoWeek(reports.weekStart(week));
        return jdbc.sql(
                        "select id, content::text from intel.weekly_reports where week = ? order by version desc limit 1")
                .param(iso)
                .query((rs, n) -> withId(rs.getObject(1, UUID.class), rs.getString(2)))
                .optional()
                .orElseGet(() -> reports.report(week));
    }

    /** A stored version by its id. */
    public Optional<WeeklyReport> find(UUID id) {
        return jdbc.sql("select id, content::text from intel.weekly_reports where id = ?")
                .param(id)
                .query((rs, n) -> withId(rs.getObject(1, UUID.class), rs.getString(2)))
                .optional();
    }

    /** Versions stored before reports carried their id get it from the row. */
    private WeeklyReport withId(UUID id, String content) {
        WeeklyReport r = json.readValue(content, WeeklyReport.class);
        return new WeeklyReport(
                id,
                r.version(),
                r.week(),
                r.from(),
                r.to(),
                r.complete(),
                r.headlinesZh(),
                r.industries(),
                r.hotProducts(),
                r.emergingAccounts(),
                r.news(),
                r.generatedAt());
    }
}
