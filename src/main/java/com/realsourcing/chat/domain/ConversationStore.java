package com.realsourcing.chat.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL over the chat schema. Every read of a conversation names the organisation asking, so none leaks. */
@Component
class ConversationStore {

    private static final String CONVERSATION_COLUMNS =
            """
            c.id, c.subject_type, c.subject_id, c.subject_title, c.initiator_organization_id, c.initiator_user_id,
            c.counterpart_organization_id, c.opened_at, c.last_message_at, c.message_count""";

    private static final String MESSAGE_COLUMNS =
            """
            m.id, m.conversation_id, m.seq, m.kind, m.sender_organization_id, m.sender_user_id, m.body,
            m.attachment_file_ids, m.sent_at""";

    private final JdbcClient jdbc;

    ConversationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Database precision, so what a caller holds equals what a later read returns. */
    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    // ---- conversations

    /** Inserts the conversation unless the pair already has one about the subject; true when this call created it. */
    boolean insertIfAbsent(Conversation c) {
        int inserted = jdbc.sql(
                        """
                        insert into chat.conversations (id, subject_type, subject_id, subject_title,
                            initiator_organization_id, initiator_user_id, counterpart_organization_id, opened_at)
                        values (:id, :type, :subject, :title, :initiator, :user, :counterpart, :now)
                        on conflict (subject_type, subject_id,
                            least(initiator_organization_id, counterpart_organization_id),
                            greatest(initiator_organization_id, counterpart_organization_id)) do nothing""")
                .param("id", c.id())
                .param("type", c.subjectType())
                .param("subject", c.subjectId())
                .param("title", c.subjectTitle())
                .param("initiator", c.initiatorOrganizationId())
                .param("user", c.initiatorUserId())
                .param("counterpart", c.counterpartOrganizationId())
                .param("now", ts(c.openedAt()))
                .update();
        if (inserted == 0) {
            return false;
        }
        for (UUID party : List.of(c.initiatorOrganizationId(), c.counterpartOrganizationId())) {
            jdbc.sql("insert into chat.parties (conversation_id, organization_id) values (:c, :org)")
                    .param("c", c.id())
                    .param("org", party)
                    .update();
        }
        return true;
    }

    Optional<Conversation> findBySubjectAndPair(String subjectType, UUID subjectId, UUID a, UUID b) {
        return jdbc.sql(
                        "select " + CONVERSATION_COLUMNS
                                + """
                         from chat.conversations c
                        where c.subject_type = :type and c.subject_id = :subject
                          and least(c.initiator_organization_id, c.counterpart_organization_id) = least(:a, :b)
                          and greatest(c.initiator_organization_id, c.counterpart_organization_id) = greatest(:a, :b)""")
                .param("type", subjectType)
                .param("subject", subjectId)
                .param("a", a)
                .param("b", b)
                .query(ConversationStore::conversation)
                .optional();
    }

    /** The conversation, if the organisation is one of its parties; otherwise it does not exist for them. */
    Optional<Conversation> findForParty(UUID conversationId, UUID organizationId) {
        return jdbc.sql(
                        "select " + CONVERSATION_COLUMNS
                                + """
                         from chat.conversations c
                        where c.id = :id and (c.initiator_organization_id = :org or c.counterpart_organization_id = :org)""")
                .param("id", conversationId)
                .param("org", organizationId)
                .query(ConversationStore::conversation)
                .optional();
    }

    /**
     * Numbers the next message and records its time. The update locks the conversation's row until the sender's
     * transaction ends, so numbers follow commit order and the unread check after it sees every earlier message.
     */
    long nextSeq(UUID conversationId, Instant now) {
        return jdbc.sql(
                        """
                        update chat.conversations set message_count = message_count + 1, last_message_at = :now
                        where id = :id returning message_count""")
                .param("id", conversationId)
                .param("now", ts(now))
                .query(Long.class)
                .single();
    }

    // ---- messages

    void insertMessage(Message m) {
        jdbc.sql(
                        """
                        insert into chat.messages (id, conversation_id, seq, kind, sender_organization_id,
                            sender_user_id, body, attachment_file_ids, sent_at)
                        values (:id, :c, :seq, :kind, :org, :user, :body, cast(:files as uuid[]), :sentAt)""")
                .param("id", m.id())
                .param("c", m.conversationId())
                .param("seq", m.seq())
                .param("kind", m.kind().name())
                .param("org", m.senderOrganizationId())
                .param("user", m.senderUserId())
                .param("body", m.body())
                .param(
                        "files",
                        m.attachmentFileIds().stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                .param("sentAt", ts(m.sentAt()))
                .update();
    }

    Optional<Message> findMessage(UUID messageId) {
        return jdbc.sql("select " + MESSAGE_COLUMNS + " from chat.messages m where m.id = :id")
                .param("id", messageId)
                .query(ConversationStore::message)
                .optional();
    }

    /** Up to {@code limit} messages numbered below {@code beforeSeq}, newest first. */
    List<Message> messagesBefore(UUID conversationId, long beforeSeq, int limit) {
        return jdbc.sql(
                        "select " + MESSAGE_COLUMNS
                                + """
                         from chat.messages m where m.conversation_id = :c and m.seq < :before
                        order by m.seq desc limit :limit""")
                .param("c", conversationId)
                .param("before", beforeSeq)
                .param("limit", limit)
                .query(ConversationStore::message)
                .list();
    }

    /** Up to {@code limit} messages numbered above {@code afterSeq}, oldest first. */
    List<Message> messagesAfter(UUID conversationId, long afterSeq, int limit) {
        return jdbc.sql(
                        "select " + MESSAGE_COLUMNS
                                + """
                         from chat.messages m where m.conversation_id = :c and m.seq > :after
                        order by m.seq limit :limit""")
                .param("c", conversationId)
                .param("after", afterSeq)
                .param("limit", limit)
                .query(ConversationStore::message)
                .list();
    }

    /** The users of a party who wrote in the conversation, in the order they first did. */
    List<UUID> writers(UUID conversationId, UUID organizationId) {
        return jdbc.sql(
                        """
                        select sender_user_id from chat.messages
                        where conversation_id = :c and sender_organization_id = :org
                        group by sender_user_id order by min(seq)""")
                .param("c", conversationId)
                .param("org", organizationId)
                .query(UUID.class)
                .list();
    }

    /** Whether the file is attached to a message of a conversation the organisation is a party to. */
    boolean attachmentVisibleTo(UUID fileId, UUID organizationId) {
        return jdbc.sql(
                        """
                        select exists(select 1 from chat.messages m
                            join chat.parties p on p.conversation_id = m.conversation_id and p.organization_id = :org
                            where m.attachment_file_ids @> array[cast(:file as uuid)])""")
                .param("file", fileId)
                .param("org", organizationId)
                .query(Boolean.class)
                .single();
    }

    // ---- read markers and unread counts

    /** Moves the organisation's read marker forward to {@code seq} (never back). */
    void markRead(UUID conversationId, UUID organizationId, long seq, Instant now) {
        jdbc.sql(
                        """
                        update chat.parties set read_seq = greatest(read_seq, :seq), read_at = :now
                        where conversation_id = :c and organization_id = :org""")
                .param("seq", seq)
                .param("now", ts(now))
                .param("c", conversationId)
                .param("org", organizationId)
                .update();
    }

    long readSeq(UUID conversationId, UUID organizationId) {
        return jdbc.sql("select read_seq from chat.parties where conversation_id = :c and organization_id = :org")
                .param("c", conversationId)
                .param("org", organizationId)
                .query(Long.class)
                .single();
    }

    /** Messages from the other party numbered above the organisation's read marker. */
    long unread(UUID conversationId, UUID organizationId) {
        return jdbc.sql(
                        """
                        select count(*) from chat.parties p
                        join chat.messages m on m.conversation_id = p.conversation_id and m.seq > p.read_seq
                            and m.sender_organization_id <> p.organization_id
                        where p.conversation_id = :c and p.organization_id = :org""")
                .param("c", conversationId)
                .param("org", organizationId)
                .query(Long.class)
                .single();
    }

    /** Whether the organisation had unread messages in the conversation numbered below {@code seq}. */
    boolean hadUnreadBefore(UUID conversationId, UUID organizationId, long seq) {
        return jdbc.sql(
                        """
                        select exists(select 1 from chat.parties p
                            join chat.messages m on m.conversation_id = p.conversation_id and m.seq > p.read_seq
                                and m.seq < :seq and m.sender_organization_id <> p.organization_id
                            where p.conversation_id = :c and p.organization_id = :org)""")
                .param("seq", seq)
                .param("c", conversationId)
                .param("org", organizationId)
                .query(Boolean.class)
                .single();
    }

    /** The organisation's unread messages over all its conversations, and how many conversations hold them. */
    ChatViews.UnreadCount unreadTotal(UUID organizationId) {
        return jdbc.sql(
                        """
                        select count(*) as messages, count(distinct p.conversation_id) as conversations
                        from chat.parties p
                        join chat.messages m on m.conversation_id = p.conversation_id and m.seq > p.read_seq
                            and m.sender_organization_id <> p.organization_id
                        where p.organization_id = :org""")
                .param("org", organizationId)
                .query((rs, row) -> new ChatViews.UnreadCount(rs.getLong("messages"), rs.getLong("conversations")))
                .single();
    }

    // ---- lists

    /** A conversation of the list with the viewer's unread count and its latest message, if any. */
    record ListRow(Conversation conversation, long unread, Message lastMessage, long otherReadSeq) {}

    List<ListRow> listForParty(UUID organizationId, String subjectType, UUID subjectId, int offset, int limit) {
        return jdbc.sql(
                        "select " + CONVERSATION_COLUMNS
                                + """
                        , (select count(*) from chat.messages u where u.conversation_id = c.id and u.seq > p.read_seq
                              and u.sender_organization_id <> p.organization_id) as unread,
                          (select o.read_seq from chat.parties o where o.conversation_id = c.id
                              and o.organization_id <> p.organization_id) as other_read_seq,
                          m.id as m_id, m.conversation_id as m_conversation_id, m.seq as m_seq, m.kind as m_kind,
                          m.sender_organization_id as m_sender_organization_id, m.sender_user_id as m_sender_user_id,
                          m.body as m_body, m.attachment_file_ids as m_attachment_file_ids, m.sent_at as m_sent_at
                        from chat.parties p
                        join chat.conversations c on c.id = p.conversation_id
                        left join chat.messages m on m.conversation_id = c.id and m.seq = c.message_count
                        where p.organization_id = :org
                          and (cast(:type as varchar) is null or c.subject_type = :type)
                          and (cast(:subject as uuid) is null or c.subject_id = :subject)
                        order by coalesce(c.last_message_at, c.opened_at) desc, c.id desc
                        offset :offset limit :limit""")
                .param("org", organizationId)
                .param("type", subjectType)
                .param("subject", subjectId)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, row) -> new ListRow(
                        conversation(rs, row),
                        rs.getLong("unread"),
                        rs.getObject("m_id") == null ? null : message(rs, "m_"),
                        rs.getLong("other_read_seq")))
                .list();
    }

    long countForParty(UUID organizationId, String subjectType, UUID subjectId) {
        return jdbc.sql(
                        """
                        select count(*) from chat.parties p join chat.conversations c on c.id = p.conversation_id
                        where p.organization_id = :org
                          and (cast(:type as varchar) is null or c.subject_type = :type)
                          and (cast(:subject as uuid) is null or c.subject_id = :subject)""")
                .param("org", organizationId)
                .param("type", subjectType)
                .param("subject", subjectId)
                .query(Long.class)
                .single();
    }

    // ---- contact sharing

    /** Records that the user shared their contact for their organisation; false when they already had. */
    boolean insertShare(UUID conversationId, UUID organizationId, UUID userId, Instant now) {
        return jdbc.sql(
                                """
                        insert into chat.contact_shares (conversation_id, organization_id, user_id, shared_at)
                        values (:c, :org, :user, :now) on conflict do nothing""")
                        .param("c", conversationId)
                        .param("org", organizationId)
                        .param("user", userId)
                        .param("now", ts(now))
                        .update()
                > 0;
    }

    record Share(UUID organizationId, UUID userId, Instant sharedAt) {}

    List<Share> shares(UUID conversationId) {
        return jdbc.sql(
                        """
                        select organization_id, user_id, shared_at from chat.contact_shares
                        where conversation_id = :c order by shared_at, user_id""")
                .param("c", conversationId)
                .query((rs, row) -> new Share(
                        rs.getObject("organization_id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        instant(rs, "shared_at")))
                .list();
    }

    /** The parties of the conversation that shared their contact there. */
    Set<UUID> sharingOrganizations(UUID conversationId) {
        return new HashSet<>(
                jdbc.sql("select distinct organization_id from chat.contact_shares where conversation_id = :c")
                        .param("c", conversationId)
                        .query(UUID.class)
                        .list());
    }

    /** For each conversation given, the parties that shared their contact there. */
    Set<String> sharingPairs(List<UUID> conversationIds) {
        if (conversationIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql(
                        """
                        select distinct conversation_id || '/' || organization_id from chat.contact_shares
                        where conversation_id = any(cast(:ids as uuid[]))""")
                .param("ids", conversationIds.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                .query(String.class)
                .list());
    }

    // ---- mapping

    private static Conversation conversation(ResultSet rs, int row) throws SQLException {
        return new Conversation(
                rs.getObject("id", UUID.class),
                rs.getString("subject_type"),
                rs.getObject("subject_id", UUID.class),
                rs.getString("subject_title"),
                rs.getObject("initiator_organization_id", UUID.class),
                rs.getObject("initiator_user_id", UUID.class),
                rs.getObject("counterpart_organization_id", UUID.class),
                instant(rs, "opened_at"),
                instant(rs, "last_message_at"),
                rs.getLong("message_count"));
    }

    private static Message message(ResultSet rs, int row) throws SQLException {
        return message(rs, "");
    }

    private static Message message(ResultSet rs, String prefix) throws SQLException {
        return new Message(
                rs.getObject(prefix + "id", UUID.class),
                rs.getObject(prefix + "conversation_id", UUID.class),
                rs.getLong(prefix + "seq"),
                MessageKind.valueOf(rs.getString(prefix + "kind")),
                rs.getObject(prefix + "sender_organization_id", UUID.class),
                rs.getObject(prefix + "sender_user_id", UUID.class),
                rs.getString(prefix + "body"),
                uuids(rs.getArray(prefix + "attachment_file_ids")),
                instant(rs, prefix + "sent_at"));
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(v -> (UUID) v).toList();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
