package com.realsourcing.board.domain;

import com.realsourcing.shared.domain.Ids;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The moderation log (seed 002 六.2): every automatic check and every decision on a posting, append-only. */
@Component
public class ModerationLog {

    /** What happened to a posting. */
    public enum Action {
        SUBMITTED,
        AUTO_BLOCKED,
        AUTO_FLAGGED,
        APPROVED,
        REJECTED,
        TAKEN_DOWN,
        WITHDRAWN,
        CLOSED,
        EXPIRED,
        REPOSTED
    }

    /** One entry as the log shows it. */
    public record Entry(
            UUID id,
            UUID postingId,
            Action action,
            boolean revision,
            UUID actorId,
            String reason,
            String hitsJson,
            Instant occurredAt) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ModerationLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void record(
            UUID postingId,
            Action action,
            boolean revision,
            UUID actorId,
            String reason,
            List<ModerationHit> hits,
            Instant at) {
        jdbc.sql(
                        """
                        insert into board.moderation_log (id, posting_id, action, revision, actor_id, reason, hits, occurred_at)
                        values (?, ?, ?, ?, ?, ?, ?::jsonb, ?)
                        """)
                .params(
                        Ids.newId(),
                        postingId,
                        action.name(),
                        revision,
                        actorId,
                        reason,
                        json.writeValueAsString(hits),
                        java.sql.Timestamp.from(at))
                .update();
    }

    public List<Entry> of(UUID postingId) {
        return jdbc.sql(
                        """
                        select id, posting_id, action, revision, actor_id, reason, hits::text, occurred_at
                        from board.moderation_log where posting_id = ? order by occurred_at, id
                        """)
                .param(postingId)
                .query((rs, n) -> new Entry(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        Action.valueOf(rs.getString(3)),
                        rs.getBoolean(4),
                        rs.getObject(5, UUID.class),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }
}
