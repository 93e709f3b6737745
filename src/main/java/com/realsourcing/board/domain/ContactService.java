package com.realsourcing.board.domain;

import com.realsourcing.chat.api.ChatApi;
import com.realsourcing.chat.api.ConversationRef;
import com.realsourcing.chat.api.OpenConversation;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.AuthenticatedUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 联系对方 (seed 002 六.3): whoever found a published posting opens a conversation with its organisation in chat,
 * visible only to the two of them; the board keeps the contact record (对接记录) and the deal either party marks,
 * which the admin funnel posting → contact → deal counts.
 */
@Service
public class ContactService {

    /** SUBJECT_TYPE of the conversations the board opens in chat. */
    public static final String SUBJECT_TYPE = "board.posting";

    /** A contact as either party sees it. */
    public record Contact(
            UUID id,
            UUID postingId,
            String postingTitle,
            PostingKind postingKind,
            UUID ownerOrganizationId,
            UUID initiatorOrganizationId,
            UUID conversationId,
            Instant createdAt,
            Instant dealMarkedAt,
            UUID dealMarkedBy) {}

    private final PostingRepository postings;
    private final ChatApi chat;
    private final JdbcClient jdbc;
    private final Clock clock;

    ContactService(PostingRepository postings, ChatApi chat, JdbcClient jdbc, Clock clock) {
        this.postings = postings;
        this.chat = chat;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Opens (or finds) the conversation with the posting's organisation; a double click opens one. */
    @Transactional
    public Contact contact(AuthenticatedUser initiator, UUID postingId, String firstMessage) {
        Posting posting =
                postings.findById(postingId).filter(Posting::isPublished).orElseThrow(PostingService::notFound);
        if (posting.getOrganizationId().equals(initiator.organizationId())) {
            throw DomainException.badRequest(BoardError.CONTACT_OWN_POSTING);
        }
        ConversationRef conversation = chat.open(new OpenConversation(
                SUBJECT_TYPE,
                postingId,
                posting.getTitle(),
                initiator.organizationId(),
                initiator.userId(),
                posting.getOrganizationId(),
                firstMessage == null || firstMessage.isBlank() ? null : firstMessage.strip()));
        Instant now = clock.instant();
        int inserted = jdbc.sql(
                        """
                        insert into board.contacts (id, posting_id, posting_kind, owner_organization_id,
                            initiator_organization_id, initiator_user_id, conversation_id, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (posting_id, initiator_organization_id) do nothing
                        """)
                .params(
                        Ids.newId(),
                        postingId,
                        posting.getKind().name(),
                        posting.getOrganizationId(),
                        initiator.organizationId(),
                        initiator.userId(),
                        conversation.id(),
                        Timestamp.from(now))
                .update();
        if (inserted == 1) {
            jdbc.sql("update board.postings set contact_count = contact_count + 1 where id = ?")
                    .param(postingId)
                    .update();
        }
        return query("c.posting_id = ? and c.initiator_organization_id = ?", postingId, initiator.organizationId())
                .get(0);
    }

    /** 对接记录: the organisation's contacts, both those it started and those about its postings. */
    @Transactional(readOnly = true)
    public List<Contact> mine(AuthenticatedUser user) {
        return query(
                "c.initiator_organization_id = ? or c.owner_organization_id = ?",
                user.organizationId(),
                user.organizationId());
    }

    /** Either party marks that the contact led to a deal (达成合作); marking again changes nothing. */
    @Transactional
    public Contact markDeal(AuthenticatedUser party, UUID contactId) {
        Contact contact = query(
                        "c.id = ? and (c.initiator_organization_id = ? or c.owner_organization_id = ?)",
                        contactId,
                        party.organizationId(),
                        party.organizationId())
                .stream()
                .findFirst()
                .orElseThrow(() -> DomainException.notFound(BoardError.CONTACT_NOT_FOUND));
        jdbc.sql(
                        "update board.contacts set deal_marked_at = ?, deal_marked_by = ? where id = ? and deal_marked_at is null")
                .params(Timestamp.from(clock.instant()), party.organizationId(), contactId)
                .update();
        return query("c.id = ?", contact.id()).get(0);
    }

    private List<Contact> query(String where, Object... params) {
        return jdbc.sql(
                        """
                        select c.id, c.posting_id, p.title, c.posting_kind, c.owner_organization_id,
                               c.initiator_organization_id, c.conversation_id, c.created_at, c.deal_marked_at,
                               c.deal_marked_by
                        from board.contacts c join board.postings p on p.id = c.posting_id
                        where """
                                + " " + where + " order by c.created_at desc limit 500")
                .params(params)
                .query((rs, n) -> new Contact(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        PostingKind.valueOf(rs.getString(4)),
                        rs.getObject(5, UUID.class),
                        rs.getObject(6, UUID.class),
                        rs.getObject(7, UUID.class),
                        rs.getTimestamp(8).toInstant(),
                        rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant(),
                        rs.getObject(10, UUID.class)))
                .list();
    }
}
