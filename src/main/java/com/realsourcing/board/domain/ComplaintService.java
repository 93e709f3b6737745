package com.realsourcing.board.domain;

import com.realsourcing.chat.api.ChatApi;
import com.realsourcing.chat.api.MessageView;
import com.realsourcing.notify.api.NotifyApi;
import com.realsourcing.notify.api.UserNotification;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.AuthenticatedUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 投诉反馈 (seed 002 七: 纠纷处理机制): anyone signed in reports a posting or a chat message they can see; the reported
 * text is copied when filed (so a later edit does not erase it) and is the only part of a conversation the platform
 * ever reads. Operators resolve or dismiss; upholding a complaint about a posting can take it down; the reporter is
 * told the outcome.
 */
@Service
public class ComplaintService {

    public enum TargetType {
        POSTING,
        MESSAGE
    }

    public enum Reason {
        FRAUD,
        FALSE_INFORMATION,
        PROHIBITED,
        HARASSMENT,
        SPAM,
        OTHER
    }

    public enum Status {
        OPEN,
        RESOLVED,
        DISMISSED
    }

    public enum Action {
        NONE,
        TAKE_DOWN
    }

    public record Complaint(
            UUID id,
            TargetType targetType,
            UUID targetId,
            UUID postingId,
            UUID reportedOrganizationId,
            UUID reporterOrganizationId,
            UUID reporterUserId,
            Reason reason,
            String description,
            String evidence,
            Status status,
            String resolution,
            Action action,
            Instant createdAt,
            Instant resolvedAt) {}

    private final PostingRepository postings;
    private final ChatApi chat;
    private final PostingReviews reviews;
    private final NotifyApi notify;
    private final JdbcClient jdbc;
    private final Clock clock;

    ComplaintService(
            PostingRepository postings,
            ChatApi chat,
            PostingReviews reviews,
            NotifyApi notify,
            JdbcClient jdbc,
            Clock clock) {
        this.postings = postings;
        this.chat = chat;
        this.reviews = reviews;
        this.notify = notify;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Complaint file(
            AuthenticatedUser reporter, TargetType type, UUID targetId, Reason reason, String description) {
        UUID postingId;
        UUID reported;
        String evidence;
        if (type == TargetType.POSTING) {
            Posting posting = postings.findById(targetId)
                    .filter(Posting::isPublished)
                    .orElseThrow(() -> DomainException.notFound(BoardError.COMPLAINT_TARGET_NOT_FOUND));
            postingId = posting.getId();
            reported = posting.getOrganizationId();
            evidence = posting.getTitle() + "\n" + posting.getDescription();
        } else {
            MessageView message = chat.findMessageForParty(targetId, reporter.organizationId())
                    .orElseThrow(() -> DomainException.notFound(BoardError.COMPLAINT_TARGET_NOT_FOUND));
            postingId = ContactService.SUBJECT_TYPE.equals(message.subjectType()) ? message.subjectId() : null;
            reported = message.senderOrganizationId();
            evidence = message.body();
        }
        if (reported.equals(reporter.organizationId())) {
            throw DomainException.notFound(BoardError.COMPLAINT_TARGET_NOT_FOUND);
        }
        UUID id = Ids.newId();
        try {
            jdbc.sql(
                            """
                            insert into board.complaints (id, target_type, target_id, posting_id,
                                reported_organization_id, reporter_organization_id, reporter_user_id, reason,
                                description, evidence, status, created_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)
                            """)
                    .params(
                            id,
                            type.name(),
                            targetId,
                            postingId,
                            reported,
                            reporter.organizationId(),
                            reporter.userId(),
                            reason.name(),
                            description == null ? "" : description.strip(),
                            evidence.length() > 4000 ? evidence.substring(0, 4000) : evidence,
                            Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict(BoardError.COMPLAINT_DUPLICATE);
        }
        return find(id);
    }

    /** The reporter's own complaints. */
    @Transactional(readOnly = true)
    public List<Complaint> mine(AuthenticatedUser reporter) {
        return query("reporter_organization_id = ?", reporter.organizationId());
    }

    /** The operators' queue, oldest open first. */
    @Transactional(readOnly = true)
    public List<Complaint> queue(Status status) {
        return query("status = ?", (status == null ? Status.OPEN : status).name());
    }

    @Transactional
    public Complaint resolve(AuthenticatedUser operator, UUID id, boolean upheld, String resolution, Action action) {
        Complaint complaint = find(id);
        if (complaint.status() != Status.OPEN) {
            throw DomainException.conflict(
                    BoardError.COMPLAINT_DECIDED, complaint.status().name());
        }
        if (resolution == null || resolution.isBlank()) {
            throw DomainException.invalidField("resolution", BoardError.REASON_REQUIRED);
        }
        Action taken = upheld && action != null ? action : Action.NONE;
        if (taken == Action.TAKE_DOWN) {
            if (complaint.postingId() == null) {
                throw DomainException.invalidField("action", BoardError.COMPLAINT_TARGET_NOT_FOUND);
            }
            reviews.takeDown(operator, complaint.postingId(), resolution);
        }
        Instant now = clock.instant();
        int updated = jdbc.sql(
                        """
                        update board.complaints set status = ?, resolution = ?, action = ?, resolved_by = ?,
                            resolved_at = ?
                        where id = ? and status = 'OPEN'
                        """)
                .params(
                        (upheld ? Status.RESOLVED : Status.DISMISSED).name(),
                        resolution.strip(),
                        taken.name(),
                        operator.userId(),
                        Timestamp.from(now),
                        id)
                .update();
        if (updated == 0) {
            throw DomainException.conflict(BoardError.COMPLAINT_DECIDED, Status.OPEN.name());
        }
        notify.notifyUser(UserNotification.inApp(
                complaint.reporterUserId(),
                "board",
                "notify.board.complaint-" + (upheld ? "resolved" : "dismissed"),
                Map.of("resolution", resolution.strip())));
        return find(id);
    }

    private Complaint find(UUID id) {
        return query("id = ?", id).stream()
                .findFirst()
                .orElseThrow(() -> DomainException.notFound(BoardError.COMPLAINT_NOT_FOUND));
    }

    private List<Complaint> query(String where, Object... params) {
        return jdbc.sql(
                        """
                        select id, target_type, target_id, posting_id, reported_organization_id,
                               reporter_organization_id, reporter_user_id, reason, description, evidence, status,
                               resolution, action, created_at, resolved_at
                        from board.complaints where """
                                + " " + where + " order by created_at limit 500")
                .params(params)
                .query((rs, n) -> new Complaint(
                        rs.getObject(1, UUID.class),
                        TargetType.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class),
                        rs.getObject(5, UUID.class),
                        rs.getObject(6, UUID.class),
                        rs.getObject(7, UUID.class),
                        Reason.valueOf(rs.getString(8)),
                        rs.getString(9),
                        rs.getString(10),
                        Status.valueOf(rs.getString(11)),
                        rs.getString(12),
                        rs.getString(13) == null ? null : Action.valueOf(rs.getString(13)),
                        rs.getTimestamp(14).toInstant(),
                        rs.getTimestamp(15) == null ? null : rs.getTimestamp(15).toInstant()))
                .list();
    }
}
