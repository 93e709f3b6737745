package com.realsourcing.board.domain;

import com.realsourcing.identity.api.AuditRecord;
import com.realsourcing.identity.api.IdentityApi;
import com.realsourcing.notify.api.NotifyApi;
import com.realsourcing.notify.api.UserNotification;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.shared.security.Masking;
import com.realsourcing.shared.security.PiiProtection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 意见反馈 (seed 002 个人中心; 七: 设立投诉反馈通道): a user writes to the platform with an optional way to reach them,
 * sees only their own feedback and the replies to it; operators work through the inbox, reply once (the user is
 * told in-app) or close it. The contact is personal data: encrypted at rest, masked in the inbox, shown in full to an
 * operator only on request, and that request is audited.
 */
@Service
public class FeedbackService {

    public enum Category {
        SUGGESTION,
        PROBLEM,
        ACCOUNT,
        OTHER
    }

    public enum Status {
        OPEN,
        REPLIED,
        CLOSED
    }

    /** Feedback as its author or an operator sees it; {@code contact} is masked. */
    public record Feedback(
            UUID id,
            UUID organizationId,
            UUID userId,
            Category category,
            String content,
            String contact,
            Status status,
            String reply,
            Instant repliedAt,
            Instant createdAt) {}

    private static final String COLUMNS =
            "id, organization_id, user_id, category, content, contact, status, reply, replied_at, created_at";

    private final JdbcClient jdbc;
    private final PiiProtection pii;
    private final IdentityApi identity;
    private final NotifyApi notify;
    private final Clock clock;

    FeedbackService(JdbcClient jdbc, PiiProtection pii, IdentityApi identity, NotifyApi notify, Clock clock) {
        this.jdbc = jdbc;
        this.pii = pii;
        this.identity = identity;
        this.notify = notify;
        this.clock = clock;
    }

    @Transactional
    public Feedback submit(AuthenticatedUser author, Category category, String content, String contact) {
        String text = content == null ? "" : content.strip();
        if (text.isEmpty()) {
            throw DomainException.invalidField("content", BoardAdminError.FEEDBACK_CONTENT);
        }
        String reach = contact == null || contact.isBlank() ? null : contact.strip();
        UUID id = Ids.newId();
        jdbc.sql(
                        """
                        insert into board.feedback (id, organization_id, user_id, category, content, contact, status,
                            created_at)
                        values (?, ?, ?, ?, ?, ?, 'OPEN', ?)
                        """)
                .params(
                        id,
                        author.organizationId(),
                        author.userId(),
                        category.name(),
                        text,
                        reach == null ? null : pii.encrypt(reach),
                        Timestamp.from(clock.instant()))
                .update();
        return find(id);
    }

    /** The author's own feedback, newest first. */
    @Transactional(readOnly = true)
    public Page<Feedback> mine(AuthenticatedUser author, int page, int size) {
        long total = jdbc.sql("select count(*) from board.feedback where user_id = ?")
                .param(author.userId())
                .query(Long.class)
                .single();
        List<Feedback> items = jdbc.sql("select " + COLUMNS
                        + " from board.feedback where user_id = ? order by created_at desc, id desc limit ? offset ?")
                .params(author.userId(), size, (long) page * size)
                .query(this::map)
                .list();
        return new PageImpl<>(items, PageRequest.of(page, size), total);
    }

    /** The operators' inbox, oldest open first (or any one status). */
    @Transactional(readOnly = true)
    public Page<Feedback> inbox(Status status, Category category, int page, int size) {
        String where = " where (cast(:status as varchar) is null or status = cast(:status as varchar))"
                + " and (cast(:category as varchar) is null or category = cast(:category as varchar))";
        long total = jdbc.sql("select count(*) from board.feedback" + where)
                .param("status", status == null ? null : status.name())
                .param("category", category == null ? null : category.name())
                .query(Long.class)
                .single();
        List<Feedback> items = jdbc.sql("select " + COLUMNS + " from board.feedback" + where
                        + " order by created_at, id limit :limit offset :offset")
                .param("status", status == null ? null : status.name())
                .param("category", category == null ? null : category.name())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(this::map)
                .list();
        return new PageImpl<>(items, PageRequest.of(page, size), total);
    }

    /** The contact in full, for an operator who needs to reach the author outside the platform (audited). */
    @Transactional
    public String revealContact(AuthenticatedUser operator, UUID id) {
        String cipher = jdbc.sql("select contact from board.feedback where id = ?")
                .param(id)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1)))
                .optional()
                .orElseThrow(() -> DomainException.notFound(BoardAdminError.FEEDBACK_NOT_FOUND))
                .orElse(null);
        identity.audit(new AuditRecord(
                operator.userId(), "board.feedback.contact-revealed", "board.feedback", id, null, null, Map.of()));
        return cipher == null ? null : pii.decrypt(cipher);
    }

    /** Answers open feedback once; the author is told in-app. */
    @Transactional
    public Feedback reply(AuthenticatedUser operator, UUID id, String reply) {
        Feedback before = find(id);
        int changed = jdbc.sql(
                        """
                        update board.feedback set status = 'REPLIED', reply = ?, replied_by = ?, replied_at = ?
                        where id = ? and status = 'OPEN'
                        """)
                .params(reply.strip(), operator.userId(), Timestamp.from(clock.instant()), id)
                .update();
        if (changed == 0) {
            throw DomainException.conflict(
                    BoardAdminError.FEEDBACK_DECIDED, before.status().name());
        }
        Feedback after = find(id);
        notify.notifyUser(UserNotification.inApp(
                after.userId(),
                "board",
                "notify.board.feedback-replied",
                Map.of("content", excerpt(after.content()), "reply", after.reply())));
        return after;
    }

    /** Closes open feedback without a reply (spam, a duplicate, handled elsewhere). */
    @Transactional
    public Feedback close(AuthenticatedUser operator, UUID id) {
        Feedback before = find(id);
        int changed = jdbc.sql(
                        "update board.feedback set status = 'CLOSED', replied_by = ? where id = ? and status = 'OPEN'")
                .params(operator.userId(), id)
                .update();
        if (changed == 0) {
            throw DomainException.conflict(
                    BoardAdminError.FEEDBACK_DECIDED, before.status().name());
        }
        return find(id);
    }

    private Feedback find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from board.feedback where id = ?")
                .param(id)
                .query(this::map)
                .optional()
                .orElseThrow(() -> DomainException.notFound(BoardAdminError.FEEDBACK_NOT_FOUND));
    }

    private static String excerpt(String content) {
        return content.length() <= 30 ? content : content.substring(0, 30) + "…";
    }

    private Feedback map(ResultSet rs, int n) throws SQLException {
        String contact = rs.getString(6);
        Timestamp replied = rs.getTimestamp(9);
        return new Feedback(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class),
                Category.valueOf(rs.getString(4)),
                rs.getString(5),
                contact == null ? null : mask(pii.decrypt(contact)),
                Status.valueOf(rs.getString(7)),
                rs.getString(8),
                replied == null ? null : replied.toInstant(),
                rs.getTimestamp(10).toInstant());
    }

    /** A contact may be a mobile number, an e-mail address or a WeChat id: masked by its shape. */
    static String mask(String contact) {
        String c = contact.strip();
        if (c.contains("@")) {
            return Masking.email(c);
        }
        if (c.matches("\\+?[\\d\\s-]{7,}")) {
            return Masking.mobile(c.replaceAll("[\\s-]", ""));
        }
        return c.length() <= 2 ? "**" : c.charAt(0) + "****" + c.charAt(c.length() - 1);
    }
}
