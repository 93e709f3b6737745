package com.realsourcing.chat.domain;

import com.realsourcing.chat.api.ChatApi;
import com.realsourcing.chat.api.ConversationOpened;
import com.realsourcing.chat.api.ConversationRef;
import com.realsourcing.chat.api.MessageView;
import com.realsourcing.chat.api.OpenConversation;
import com.realsourcing.chat.domain.ChatViews.ConversationDetail;
import com.realsourcing.chat.domain.ChatViews.ConversationSummary;
import com.realsourcing.chat.domain.ChatViews.MessageSlice;
import com.realsourcing.chat.domain.ChatViews.OwnShare;
import com.realsourcing.chat.domain.ChatViews.PartyContact;
import com.realsourcing.chat.domain.ChatViews.UnreadCount;
import com.realsourcing.chat.domain.ChatViews.VisibleMessage;
import com.realsourcing.files.api.FilesApi;
import com.realsourcing.files.api.StoredFile;
import com.realsourcing.identity.api.IdentityApi;
import com.realsourcing.identity.api.OrganizationSummary;
import com.realsourcing.identity.api.UserContact;
import com.realsourcing.identity.api.UserSummary;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.shared.security.Masking;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conversations between two organisations. Every operation starts from the caller's active organisation: a
 * conversation it is not a party to answers exactly like one that does not exist. Contact details typed into
 * messages are masked for the other party until the sender's organisation shares its contact; the text is stored
 * as written and masked on every read.
 */
@Service
public class ChatService implements ChatApi {

    /** Longest message, in characters (code points, as PostgreSQL counts {@code varchar(2000)}). */
    public static final int MAX_BODY = 2000;

    public static final int MAX_ATTACHMENTS = 9;

    private static final int MAX_TITLE = 200;
    private static final Pattern SUBJECT_TYPE = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z][a-z0-9-]*");

    private final ConversationStore store;
    private final ChatNotifications notifications;
    private final IdentityApi identity;
    private final FilesApi files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChatService(
            ConversationStore store,
            ChatNotifications notifications,
            IdentityApi identity,
            FilesApi files,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.notifications = notifications;
        this.identity = identity;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    // ---- ChatApi

    @Override
    @Transactional
    public ConversationRef open(OpenConversation command) {
        return open(command, true);
    }

    /**
     * Opens (or finds) the conversation; {@code notifyCounterpart} false when the caller already told the other
     * party (a directory inquiry notifies the factory itself). The first message is added only when this call created
     * the conversation, so a repeated call (a double click, an event delivered twice) adds nothing.
     */
    @Transactional
    public ConversationRef open(OpenConversation command, boolean notifyCounterpart) {
        if (!SUBJECT_TYPE.matcher(command.subjectType()).matches()) {
            throw new IllegalArgumentException("Subject type must be module.kind, was " + command.subjectType());
        }
        String title = shorten(command.subjectTitle().strip(), MAX_TITLE);
        if (title.isEmpty()) {
            throw new IllegalArgumentException("A conversation needs a subject title");
        }
        String first =
                command.firstMessage() == null ? "" : command.firstMessage().strip();
        if (!first.isEmpty()) {
            checkBodyLength(first, "firstMessage");
        }
        Conversation conversation = new Conversation(
                Ids.newId(),
                command.subjectType(),
                command.subjectId(),
                title,
                command.initiatorOrganizationId(),
                command.initiatorUserId(),
                command.counterpartOrganizationId(),
                ConversationStore.micros(clock.instant()),
                null,
                0);
        if (!store.insertIfAbsent(conversation)) {
            Conversation existing = store.findBySubjectAndPair(
                            command.subjectType(),
                            command.subjectId(),
                            command.initiatorOrganizationId(),
                            command.counterpartOrganizationId())
                    .orElseThrow(() -> new IllegalStateException("Conflicting conversation vanished"));
            return new ConversationRef(existing.id(), false);
        }
        events.publishEvent(new ConversationOpened(
                conversation.id(),
                conversation.subjectType(),
                conversation.subjectId(),
                conversation.initiatorOrganizationId(),
                conversation.counterpartOrganizationId(),
                conversation.openedAt()));
        if (!first.isEmpty()) {
            append(
                    conversation,
                    command.initiatorOrganizationId(),
                    command.initiatorUserId(),
                    MessageKind.TEXT,
                    first,
                    List.of(),
                    notifyCounterpart);
        }
        return new ConversationRef(conversation.id(), true);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MessageView> findMessageForParty(UUID messageId, UUID organizationId) {
        return store.findMessage(messageId).flatMap(message -> store.findForParty(
                        message.conversationId(), organizationId)
                .map(conversation -> {
                    boolean shared =
                            store.sharingOrganizations(conversation.id()).contains(message.senderOrganizationId());
                    String body = visibleBody(message, organizationId, shared).text();
                    return new MessageView(
                            message.id(),
                            conversation.id(),
                            conversation.subjectType(),
                            conversation.subjectId(),
                            message.senderOrganizationId(),
                            message.senderUserId(),
                            body,
                            message.sentAt());
                }));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isParty(UUID conversationId, UUID organizationId) {
        return store.findForParty(conversationId, organizationId).isPresent();
    }

    // ---- the parties' operations

    /** The organisation's conversations, latest activity first; optionally only those about one subject. */
    @Transactional(readOnly = true)
    public Page<ConversationSummary> list(
            AuthenticatedUser user, String subjectType, UUID subjectId, int page, int size) {
        UUID org = user.organizationId();
        List<ConversationStore.ListRow> rows = store.listForParty(org, subjectType, subjectId, page * size, size);
        long total = page == 0 && rows.size() < size ? rows.size() : store.countForParty(org, subjectType, subjectId);
        Set<String> sharing =
                store.sharingPairs(rows.stream().map(r -> r.conversation().id()).toList());
        Names names = new Names();
        List<ConversationSummary> items = rows.stream()
                .map(row -> {
                    Conversation c = row.conversation();
                    VisibleMessage last = row.lastMessage() == null
                            ? null
                            : visible(
                                    row.lastMessage(),
                                    org,
                                    sharing.contains(
                                            c.id() + "/" + row.lastMessage().senderOrganizationId()),
                                    row.otherReadSeq(),
                                    names,
                                    false);
                    return new ConversationSummary(c, names.organization(c.otherParty(org)), last, row.unread());
                })
                .toList();
        return new PageImpl<>(items, PageRequest.of(page, size), total);
    }

    @Transactional(readOnly = true)
    public ConversationDetail detail(AuthenticatedUser user, UUID conversationId) {
        Conversation conversation = requireParty(conversationId, user.organizationId());
        return detail(user, conversation);
    }

    /**
     * A slice of the thread, oldest first: the latest {@code size} messages, those before {@code before} (scrolling
     * back), or those after {@code after} (polling for new ones).
     */
    @Transactional(readOnly = true)
    public MessageSlice messages(AuthenticatedUser user, UUID conversationId, UUID before, UUID after, int size) {
        UUID org = user.organizationId();
        Conversation conversation = requireParty(conversationId, org);
        if (before != null && after != null) {
            throw DomainException.invalidField("after", ChatError.BEFORE_AND_AFTER);
        }
        List<Message> found;
        if (after != null) {
            found = store.messagesAfter(conversationId, seqOf(conversation, after, "after"), size + 1);
        } else {
            long beforeSeq = before == null ? Long.MAX_VALUE : seqOf(conversation, before, "before");
            found = new ArrayList<>(store.messagesBefore(conversationId, beforeSeq, size + 1));
        }
        boolean hasMore = found.size() > size;
        List<Message> page = new ArrayList<>(found.subList(0, Math.min(size, found.size())));
        if (after == null) {
            Collections.reverse(page);
        }
        Set<UUID> sharing = store.sharingOrganizations(conversationId);
        long otherRead = store.readSeq(conversationId, conversation.otherParty(org));
        Names names = new Names();
        return new MessageSlice(
                page.stream()
                        .map(m -> visible(m, org, sharing.contains(m.senderOrganizationId()), otherRead, names, true))
                        .toList(),
                hasMore);
    }

    @Transactional(readOnly = true)
    public VisibleMessage message(AuthenticatedUser user, UUID conversationId, UUID messageId) {
        UUID org = user.organizationId();
        Conversation conversation = requireParty(conversationId, org);
        Message message = store.findMessage(messageId)
                .filter(m -> m.conversationId().equals(conversation.id()))
                .orElseThrow(ChatError::messageNotFound);
        boolean shared = store.sharingOrganizations(conversationId).contains(message.senderOrganizationId());
        long otherRead = store.readSeq(conversationId, conversation.otherParty(org));
        return visible(message, org, shared, otherRead, new Names(), true);
    }

    /**
     * Sends a message for the caller's organisation. Attachments must be uploads of that organisation; the other
     * party may then download them ({@link ChatFileAccess}).
     */
    @Transactional
    public VisibleMessage send(AuthenticatedUser user, UUID conversationId, String body, List<UUID> attachmentIds) {
        UUID org = user.organizationId();
        Conversation conversation = requireParty(conversationId, org);
        String text = body == null ? "" : body.strip();
        List<UUID> attachments = attachmentIds == null
                ? List.of()
                : List.copyOf(new LinkedHashSet<>(attachmentIds.stream()
                        .filter(java.util.Objects::nonNull)
                        .toList()));
        if (text.isEmpty() && attachments.isEmpty()) {
            throw DomainException.invalidField("body", ChatError.BODY_REQUIRED);
        }
        checkBodyLength(text, "body");
        if (attachments.size() > MAX_ATTACHMENTS) {
            throw DomainException.invalidField(
                    "attachmentFileIds", ChatError.TOO_MANY_ATTACHMENTS, String.valueOf(MAX_ATTACHMENTS));
        }
        for (UUID fileId : attachments) {
            if (files.findOwnedBy(fileId, org).isEmpty()) {
                throw DomainException.invalidField("attachmentFileIds", ChatError.ATTACHMENT_NOT_FOUND);
            }
        }
        Message message = append(conversation, org, user.userId(), MessageKind.TEXT, text, attachments, true);
        return visible(message, org, false, 0, new Names(), true);
    }

    /**
     * Marks the conversation read for the caller's organisation up to a message (the last one the reader was shown),
     * or to the latest; the marker never moves back. Returns what is still unread there.
     */
    @Transactional
    public long markRead(AuthenticatedUser user, UUID conversationId, UUID upTo) {
        UUID org = user.organizationId();
        Conversation conversation = requireParty(conversationId, org);
        long seq = upTo == null ? conversation.messageCount() : seqOf(conversation, upTo, "upToMessageId");
        store.markRead(conversationId, org, seq, clock.instant());
        return store.unread(conversationId, org);
    }

    /** One indexed count, outside a transaction: every open console polls it. */
    public UnreadCount unread(AuthenticatedUser user) {
        return store.unreadTotal(user.organizationId());
    }

    /**
     * The caller shares their own mobile number and e-mail address with the other party of this conversation; from
     * now on the other party sees them, and numbers the caller's organisation types here, in full. Sharing again
     * changes nothing; it cannot be taken back (the other side has seen them).
     */
    @Transactional
    public ConversationDetail shareContact(AuthenticatedUser user, UUID conversationId) {
        UUID org = user.organizationId();
        Conversation conversation = requireParty(conversationId, org);
        UserContact contact = identity.findContact(user.userId())
                .filter(c -> !c.isEmpty())
                .orElseThrow(() -> DomainException.conflict(ChatError.NO_CONTACT_DETAILS));
        if (store.insertShare(conversationId, org, contact.userId(), ConversationStore.micros(clock.instant()))) {
            append(conversation, org, user.userId(), MessageKind.CONTACT_SHARED, "", List.of(), true);
        }
        return detail(user, requireParty(conversationId, org));
    }

    // ---- helpers

    private Conversation requireParty(UUID conversationId, UUID organizationId) {
        return store.findForParty(conversationId, organizationId).orElseThrow(ChatError::conversationNotFound);
    }

    private long seqOf(Conversation conversation, UUID messageId, String field) {
        return store.findMessage(messageId)
                .filter(m -> m.conversationId().equals(conversation.id()))
                .map(Message::seq)
                .orElseThrow(() -> DomainException.invalidField(field, ChatError.MESSAGE_NOT_FOUND));
    }

    /**
     * Adds a message: numbers it (locking the conversation's row), moves the sender's read marker past it, and tells
     * the other party's members unless they already have unread messages here (one notification per unread spell).
     */
    private Message append(
            Conversation conversation,
            UUID senderOrg,
            UUID senderUser,
            MessageKind kind,
            String body,
            List<UUID> attachments,
            boolean notify) {
        Instant now = ConversationStore.micros(clock.instant());
        long seq = store.nextSeq(conversation.id(), now);
        Message message =
                new Message(Ids.newId(), conversation.id(), seq, kind, senderOrg, senderUser, body, attachments, now);
        store.insertMessage(message);
        store.markRead(conversation.id(), senderOrg, seq, now);
        UUID recipient = conversation.otherParty(senderOrg);
        if (notify && !store.hadUnreadBefore(conversation.id(), recipient, seq)) {
            notifications.newMessage(conversation, message, recipient);
        }
        return message;
    }

    private ConversationDetail detail(AuthenticatedUser user, Conversation conversation) {
        UUID org = user.organizationId();
        UUID other = conversation.otherParty(org);
        Names names = new Names();
        List<ConversationStore.Share> shares = store.shares(conversation.id());
        List<OwnShare> own = shares.stream()
                .filter(s -> s.organizationId().equals(org))
                .map(s -> new OwnShare(
                        s.userId(), names.user(s.userId()), s.userId().equals(user.userId()), s.sharedAt()))
                .toList();
        Map<UUID, Instant> sharedBy = new HashMap<>();
        shares.stream()
                .filter(s -> s.organizationId().equals(other))
                .forEach(s -> sharedBy.put(s.userId(), s.sharedAt()));
        LinkedHashSet<UUID> people = new LinkedHashSet<>();
        if (conversation.initiatorOrganizationId().equals(other)) {
            people.add(conversation.initiatorUserId());
        }
        people.addAll(store.writers(conversation.id(), other));
        people.addAll(sharedBy.keySet());
        List<PartyContact> contacts = people.stream()
                .map(userId -> identity.findContact(userId).map(contact -> {
                    Instant sharedAt = sharedBy.get(userId);
                    return sharedAt != null
                            ? new PartyContact(
                                    userId, contact.displayName(), contact.mobile(), contact.email(), true, sharedAt)
                            : new PartyContact(
                                    userId,
                                    contact.displayName(),
                                    Masking.mobile(contact.mobile()),
                                    Masking.email(contact.email()),
                                    false,
                                    null);
                }))
                .flatMap(Optional::stream)
                .toList();
        return new ConversationDetail(
                conversation, org, names.organization(other), store.unread(conversation.id(), org), own, contacts);
    }

    private VisibleMessage visible(
            Message message,
            UUID viewerOrg,
            boolean senderShared,
            long otherReadSeq,
            Names names,
            boolean withAttachments) {
        boolean mine = message.senderOrganizationId().equals(viewerOrg);
        ContactMasking.Result body =
                mine ? new ContactMasking.Result(message.body(), false) : visibleBody(message, viewerOrg, senderShared);
        List<StoredFile> attachments = withAttachments
                ? message.attachmentFileIds().stream()
                        .map(files::find)
                        .flatMap(Optional::stream)
                        .toList()
                : List.of();
        return new VisibleMessage(
                message,
                names.user(message.senderUserId()),
                body.text(),
                body.masked(),
                mine,
                mine && otherReadSeq >= message.seq(),
                attachments);
    }

    private static ContactMasking.Result visibleBody(Message message, UUID viewerOrg, boolean senderShared) {
        if (message.senderOrganizationId().equals(viewerOrg) || senderShared) {
            return new ContactMasking.Result(message.body(), false);
        }
        return ContactMasking.mask(message.body());
    }

    private static void checkBodyLength(String text, String field) {
        int length = text.codePointCount(0, text.length());
        if (length > MAX_BODY) {
            // Strings, so the message shows 2000 rather than a locale's 2,000.
            throw DomainException.invalidField(
                    field, ChatError.BODY_TOO_LONG, String.valueOf(MAX_BODY), String.valueOf(length));
        }
    }

    private static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** Names looked up once per request. */
    private final class Names {

        private final Map<UUID, String> users = new HashMap<>();
        private final Map<UUID, Optional<OrganizationSummary>> organizations = new HashMap<>();

        String user(UUID userId) {
            return users.computeIfAbsent(
                    userId,
                    id -> identity.findUser(id).map(UserSummary::displayName).orElse(null));
        }

        OrganizationSummary organization(UUID organizationId) {
            return organizations
                    .computeIfAbsent(organizationId, identity::findOrganization)
                    .orElse(null);
        }
    }
}
