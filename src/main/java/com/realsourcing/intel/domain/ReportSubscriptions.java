package com.realsourcing.intel.domain;

import com.realsourcing.intel.domain.MarketViews.IndustryMovement;
import com.realsourcing.intel.domain.MarketViews.WeeklyReport;
import com.realsourcing.notify.api.Channel;
import com.realsourcing.notify.api.NotifyApi;
import com.realsourcing.notify.api.UserNotification;
import com.realsourcing.shared.domain.DomainException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Weekly-report subscriptions: a user picks the export industries they follow and the channels (in-app always;
 * e-mail and WeChat subscribe message when they have those addresses). When a week's report is first generated
 * every subscriber is told, with the headline of the first industry they follow.
 */
@Service
public class ReportSubscriptions {

    public record Subscription(UUID userId, List<String> industries, Set<Channel> channels) {}

    private static final Set<Channel> OPTIONAL = EnumSet.of(Channel.EMAIL, Channel.WECHAT);

    private final JdbcClient jdbc;
    private final MarketQueries market;
    private final NotifyApi notify;
    private final Clock clock;

    private final WeeklyReportArchive archive;

    ReportSubscriptions(
            JdbcClient jdbc,
            MarketQueries market,
            NotifyApi notify,
            Clock clock,
            @org.springframework.context.annotation.Lazy WeeklyReportArchive archive) {
        this.archive = archive;
        this.jdbc = jdbc;
        this.market = market;
        this.notify = notify;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Subscription> find(UUID userId) {
        return jdbc.sql("select user_id, industries, channels from intel.report_subscriptions where user_id = ?")
                .param(userId)
                .query((rs, n) -> new Subscription(
                        rs.getObject(1, UUID.class),
                        List.of((String[]) rs.getArray(2).getArray()),
                        channels((String[]) rs.getArray(3).getArray())))
                .optional();
    }

    /** Subscribes or changes the subscription; industries accept codes or Chinese names, unknown ones are refused. */
    @Transactional
    public Subscription subscribe(UUID userId, UUID organizationId, List<String> industries, Set<Channel> channels) {
        List<String> codes = new ArrayList<>(new LinkedHashSet<>(
                industries.stream().map(market::industryCode).toList()));
        Set<Channel> chosen = EnumSet.of(Channel.IN_APP);
        for (Channel channel : channels) {
            if (channel != Channel.IN_APP && !OPTIONAL.contains(channel)) {
                throw DomainException.invalidField("channels", "intel.subscription-channel", channel.name());
            }
            chosen.add(channel);
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("insert into intel.report_subscriptions (user_id, organization_id, industries, channels, created_at,"
                        + " updated_at) values (?, ?, ?, ?, ?, ?) on conflict (user_id) do update set"
                        + " organization_id = excluded.organization_id, industries = excluded.industries,"
                        + " channels = excluded.channels, updated_at = excluded.updated_at")
                .params(
                        userId,
                        organizationId,
                        codes.toArray(String[]::new),
                        chosen.stream().map(Enum::name).toArray(String[]::new),
                        now,
                        now)
                .update();
        return new Subscription(userId, codes, chosen);
    }

    @Transactional
    public void unsubscribe(UUID userId) {
        jdbc.sql("delete from intel.report_subscriptions where user_id = ?")
                .param(userId)
                .update();
    }

    /** A week's report was generated for the first time (published by {@link WeeklyReportArchive}). */
    record FirstGenerated(String week) {}

    /** After the report's transaction commits, in a transaction of its own: every subscriber is told. */
    @ApplicationModuleListener
    void on(FirstGenerated event) {
        announce(archive.latest(event.week()));
    }

    /** Tells every subscriber about a new week's report; returns how many were told. */
    @Transactional
    public int announce(WeeklyReport report) {
        List<Subscription> all = jdbc.sql("select user_id, industries, channels from intel.report_subscriptions")
                .query((rs, n) -> new Subscription(
                        rs.getObject(1, UUID.class),
                        List.of((String[]) rs.getArray(2).getArray()),
                        channels((String[]) rs.getArray(3).getArray())))
                .list();
        for (Subscription s : all) {
            notify.notifyUser(new UserNotification(
                    s.userId(),
                    "intel",
                    "notify.intel.weekly-report",
                    Map.of("week", report.week(), "headline", headline(report, s.industries())),
                    "/intel/reports/" + report.week(),
                    s.channels()));
        }
        return all.size();
    }

    /** The headline of the first followed industry that has one, else the report's first. */
    static String headline(WeeklyReport report, List<String> industries) {
        for (String industry : industries) {
            for (IndustryMovement m : report.industries()) {
                if (m.industry().equals(industry) && !m.regions().isEmpty()) {
                    return m.headlineZh();
                }
            }
        }
        return report.headlinesZh().isEmpty()
                ? report.week()
                : report.headlinesZh().get(0);
    }

    private static Set<Channel> channels(String[] names) {
        Set<Channel> set = EnumSet.noneOf(Channel.class);
        Arrays.stream(names).map(Channel::valueOf).forEach(set::add);
        return set;
    }
}
