package com.realsourcing.board.domain;

import com.realsourcing.identity.api.AuditRecord;
import com.realsourcing.identity.api.IdentityApi;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.AuthenticatedUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公告管理 (seed 002 四.(二) 系统设置): operators write announcements with a time window; the home page shows the ones
 * whose window is open, newest first. Edits are guarded by the version the editor saw, so two operators cannot
 * silently overwrite each other.
 */
@Service
public class Announcements {

    /** How loudly the home page shows it. */
    public enum Level {
        INFO,
        WARNING,
        URGENT
    }

    /** Where an announcement stands at a moment. */
    public enum State {
        SCHEDULED,
        ACTIVE,
        ENDED
    }

    /** What an operator writes; {@code startsAt} null means now, {@code endsAt} null means until removed. */
    public record Draft(String title, String body, String link, Level level, Instant startsAt, Instant endsAt) {}

    public record Announcement(
            UUID id,
            String title,
            String body,
            String link,
            Level level,
            Instant startsAt,
            Instant endsAt,
            UUID createdBy,
            Instant createdAt,
            Instant updatedAt,
            int version) {

        public State stateAt(Instant now) {
            if (startsAt.isAfter(now)) {
                return State.SCHEDULED;
            }
            return endsAt != null && !endsAt.isAfter(now) ? State.ENDED : State.ACTIVE;
        }
    }

    /** An in-app path, or an http(s) address. */
    private static final Pattern LINK = Pattern.compile("(/(?![/\\\\])\\S*|https?://[^\\s/]+\\S*)");

    private static final int HOME_PAGE_LIMIT = 20;
    private static final String COLUMNS =
            "id, title, body, link, level, starts_at, ends_at, created_by, created_at, updated_at, version";

    private final JdbcClient jdbc;
    private final IdentityApi identity;
    private final Clock clock;

    Announcements(JdbcClient jdbc, IdentityApi identity, Clock clock) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** What the home page shows now: open windows, the latest to start first. */
    @Transactional(readOnly = true)
    public List<Announcement> active() {
        return jdbc.sql(
                        "select " + COLUMNS
                                + """
                         from board.announcements
                        where starts_at <= :now and (ends_at is null or ends_at > :now)
                        order by starts_at desc, created_at desc limit :limit
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("limit", HOME_PAGE_LIMIT)
                .query(Announcements::map)
                .list();
    }

    /** Every announcement, scheduled, showing or ended, the latest to start first. */
    @Transactional(readOnly = true)
    public Page<Announcement> list(int page, int size) {
        long total = jdbc.sql("select count(*) from board.announcements")
                .query(Long.class)
                .single();
        List<Announcement> items = jdbc.sql("select " + COLUMNS
                        + " from board.announcements order by starts_at desc, created_at desc limit ? offset ?")
                .params(size, (long) page * size)
                .query(Announcements::map)
                .list();
        return new PageImpl<>(items, PageRequest.of(page, size), total);
    }

    @Transactional(readOnly = true)
    public Announcement get(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from board.announcements where id = ?")
                .param(id)
                .query(Announcements::map)
                .optional()
                .orElseThrow(() -> DomainException.notFound(BoardAdminError.ANNOUNCEMENT_NOT_FOUND));
    }

    @Transactional
    public Announcement create(AuthenticatedUser operator, Draft draft) {
        Instant now = clock.instant();
        Draft d = check(draft, now);
        UUID id = Ids.newId();
        jdbc.sql(
                        """
                        insert into board.announcements (id, title, body, link, level, starts_at, ends_at, created_by,
                            created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        d.title(),
                        d.body(),
                        d.link(),
                        d.level().name(),
                        Timestamp.from(d.startsAt()),
                        d.endsAt() == null ? null : Timestamp.from(d.endsAt()),
                        operator.userId(),
                        Timestamp.from(now),
                        Timestamp.from(now))
                .update();
        Announcement created = get(id);
        audit(operator, "board.announcement.created", created);
        return created;
    }

    /** Replaces the announcement's content if nobody changed it since {@code version} was read. */
    @Transactional
    public Announcement update(AuthenticatedUser operator, UUID id, int version, Draft draft) {
        Announcement before = get(id);
        Draft d = check(draft, before.startsAt());
        int changed = jdbc.sql(
                        """
                        update board.announcements set title = ?, body = ?, link = ?, level = ?, starts_at = ?,
                            ends_at = ?, updated_at = ?, version = version + 1
                        where id = ? and version = ?
                        """)
                .params(
                        d.title(),
                        d.body(),
                        d.link(),
                        d.level().name(),
                        Timestamp.from(d.startsAt()),
                        d.endsAt() == null ? null : Timestamp.from(d.endsAt()),
                        Timestamp.from(clock.instant()),
                        id,
                        version)
                .update();
        if (changed == 0) {
            throw DomainException.conflict(BoardAdminError.ANNOUNCEMENT_CHANGED);
        }
        Announcement after = get(id);
        audit(operator, "board.announcement.changed", after);
        return after;
    }

    @Transactional
    public void delete(AuthenticatedUser operator, UUID id) {
        Announcement gone = get(id);
        jdbc.sql("delete from board.announcements where id = ?").param(id).update();
        audit(operator, "board.announcement.deleted", gone);
    }

    /** Trims the text and checks the window and the link; a missing start is {@code defaultStart}. */
    private static Draft check(Draft draft, Instant defaultStart) {
        Instant starts = draft.startsAt() == null ? defaultStart : draft.startsAt();
        if (draft.endsAt() != null && !draft.endsAt().isAfter(starts)) {
            throw DomainException.invalidField("endsAt", BoardAdminError.ANNOUNCEMENT_WINDOW);
        }
        String link = draft.link() == null || draft.link().isBlank()
                ? null
                : draft.link().strip();
        if (link != null && !LINK.matcher(link).matches()) {
            throw DomainException.invalidField("link", BoardAdminError.ANNOUNCEMENT_LINK);
        }
        return new Draft(
                draft.title().strip(),
                draft.body().strip(),
                link,
                draft.level() == null ? Level.INFO : draft.level(),
                starts,
                draft.endsAt());
    }

    private void audit(AuthenticatedUser operator, String action, Announcement a) {
        identity.audit(new AuditRecord(
                operator.userId(),
                action,
                "board.announcement",
                a.id(),
                a.title(),
                null,
                Map.of("level", a.level().name())));
    }

    private static Announcement map(ResultSet rs, int n) throws SQLException {
        Timestamp ends = rs.getTimestamp(7);
        return new Announcement(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                Level.valueOf(rs.getString(5)),
                rs.getTimestamp(6).toInstant(),
                ends == null ? null : ends.toInstant(),
                rs.getObject(8, UUID.class),
                rs.getTimestamp(9).toInstant(),
                rs.getTimestamp(10).toInstant(),
                rs.getInt(11));
    }
}
