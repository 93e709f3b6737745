package com.realsourcing.chat.web;

import com.realsourcing.chat.domain.ChatViews.ConversationDetail;
import com.realsourcing.chat.domain.ChatViews.ConversationSummary;
import com.realsourcing.chat.domain.ChatViews.MessageSlice;
import com.realsourcing.chat.domain.ChatViews.OwnShare;
import com.realsourcing.chat.domain.ChatViews.PartyContact;
import com.realsourcing.chat.domain.ChatViews.UnreadCount;
import com.realsourcing.chat.domain.ChatViews.VisibleMessage;
import com.realsourcing.chat.domain.Conversation;
import com.realsourcing.files.api.StoredFile;
import com.realsourcing.identity.api.OrganizationSummary;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the chat routes. */
final class ChatDtos {

    /** How much of the latest message a list row shows. */
    static final int PREVIEW_LENGTH = 80;

    private ChatDtos() {}

    // ---- requests ----

    /**
     * A message: text (up to 2000 characters), files uploaded by the sender's organisation (up to 9), or both. The
     * limits are checked by the service so their messages name them.
     */
    record SendMessageRequest(String body, @Size(max = 50) List<UUID> attachmentFileIds) {}

    /** Read up to this message (the last one shown); without it, up to the latest. */
    record MarkReadRequest(UUID upToMessageId) {}

    // ---- responses ----

    /** The other organisation of a conversation; name and type are null if it no longer exists. */
    record ChatPartyResponse(UUID organizationId, String name, String type) {

        static ChatPartyResponse from(UUID organizationId, OrganizationSummary summary) {
            return new ChatPartyResponse(
                    organizationId,
                    summary == null ? null : summary.name(),
                    summary == null ? null : summary.type().name());
        }
    }

    /** The latest message of a list row, shortened and masked as the viewer may see it. */
    record LastMessageResponse(
            UUID id,
            String kind,
            String preview,
            boolean masked,
            boolean mine,
            int attachmentCount,
            String senderName,
            Instant sentAt) {

        static LastMessageResponse from(VisibleMessage m) {
            if (m == null) {
                return null;
            }
            return new LastMessageResponse(
                    m.message().id(),
                    m.message().kind().name(),
                    shorten(m.body()),
                    m.masked(),
                    m.mine(),
                    m.message().attachmentFileIds().size(),
                    m.senderName(),
                    m.message().sentAt());
        }

        private static String shorten(String text) {
            String oneLine = text.replaceAll("\\s+", " ").strip();
            if (oneLine.codePointCount(0, oneLine.length()) <= PREVIEW_LENGTH) {
                return oneLine;
            }
            return oneLine.substring(0, oneLine.offsetByCodePoints(0, PREVIEW_LENGTH)) + "…";
        }
    }

    /** One row of "my conversations". {@code lastMessage} is null before the first message. */
    record ConversationSummaryResponse(
            UUID id,
            String subjectType,
            UUID subjectId,
            String subjectTitle,
            ChatPartyResponse counterpart,
            LastMessageResponse lastMessage,
            long unreadCount,
            Instant openedAt,
            Instant lastActivityAt) {

        static ConversationSummaryResponse from(ConversationSummary s, UUID viewerOrganization) {
            Conversation c = s.conversation();
            return new ConversationSummaryResponse(
                    c.id(),
                    c.subjectType(),
                    c.subjectId(),
                    c.subjectTitle(),
                    ChatPartyResponse.from(c.otherParty(viewerOrganization), s.counterpart()),
                    LastMessageResponse.from(s.lastMessage()),
                    s.unreadCount(),
                    c.openedAt(),
                    c.lastActivityAt());
        }
    }

    /**
     * A user of the other party: mobile and e-mail in full when {@code shared}, masked (138****1234) otherwise;
     * either may be null when the user has none.
     */
    record PartyContactResponse(
            UUID userId, String displayName, String mobile, String email, boolean shared, Instant sharedAt) {

        static PartyContactResponse from(PartyContact c) {
            return new PartyContactResponse(
                    c.userId(), c.displayName(), c.mobile(), c.email(), c.shared(), c.sharedAt());
        }
    }

    /** A member of the viewer's own organisation who shared their contact here. */
    record OwnShareResponse(UUID userId, String displayName, boolean me, Instant sharedAt) {

        static OwnShareResponse from(OwnShare s) {
            return new OwnShareResponse(s.userId(), s.displayName(), s.me(), s.sharedAt());
        }
    }

    /**
     * A conversation for a member of one of its parties. {@code contactShared}: the viewer's organisation shared its
     * contact here (so the other party sees numbers it types); {@code sharedByMe}: the viewer did;
     * {@code counterpartShared}: somebody of the other party did.
     */
    record ConversationResponse(
            UUID id,
            String subjectType,
            UUID subjectId,
            String subjectTitle,
            ChatPartyResponse counterpart,
            boolean openedByMyOrganization,
            Instant openedAt,
            Instant lastActivityAt,
            long unreadCount,
            boolean contactShared,
            boolean sharedByMe,
            List<OwnShareResponse> ownShares,
            boolean counterpartShared,
            List<PartyContactResponse> counterpartContacts) {

        static ConversationResponse from(ConversationDetail d) {
            Conversation c = d.conversation();
            return new ConversationResponse(
                    c.id(),
                    c.subjectType(),
                    c.subjectId(),
                    c.subjectTitle(),
                    ChatPartyResponse.from(c.otherParty(d.organizationId()), d.counterpart()),
                    d.openedByMyOrganization(),
                    c.openedAt(),
                    c.lastActivityAt(),
                    d.unreadCount(),
                    !d.ownShares().isEmpty(),
                    d.ownShares().stream().anyMatch(OwnShare::me),
                    d.ownShares().stream().map(OwnShareResponse::from).toList(),
                    d.counterpartShared(),
                    d.counterpartContacts().stream()
                            .map(PartyContactResponse::from)
                            .toList());
        }
    }

    /** A file attached to a message; the other party may download it too. */
    record ChatAttachmentResponse(
            UUID id,
            String filename,
            String contentType,
            long size,
            Integer width,
            Integer height,
            String url,
            String thumbnailUrl) {

        static ChatAttachmentResponse from(StoredFile file) {
            String url = "/api/files/" + file.id();
            return new ChatAttachmentResponse(
                    file.id(),
                    file.filename(),
                    file.contentType(),
                    file.size(),
                    file.width(),
                    file.height(),
                    url,
                    file.thumbnail() ? url + "/thumbnail" : null);
        }
    }

    /**
     * A message as the viewer sees it. {@code kind} TEXT or CONTACT_SHARED (the sender shared their contact: see the
     * conversation's contacts). {@code masked}: contact details in {@code body} were hidden because the sender's
     * organisation has not shared its contact. {@code mine}: the viewer's organisation sent it;
     * {@code readByOtherParty}: the other organisation has read it (for {@code mine} messages).
     */
    record ChatMessageResponse(
            UUID id,
            UUID conversationId,
            String kind,
            UUID senderOrganizationId,
            UUID senderUserId,
            String senderName,
            boolean mine,
            String body,
            boolean masked,
            List<ChatAttachmentResponse> attachments,
            boolean readByOtherParty,
            Instant sentAt) {

        static ChatMessageResponse from(VisibleMessage m) {
            return new ChatMessageResponse(
                    m.message().id(),
                    m.message().conversationId(),
                    m.message().kind().name(),
                    m.message().senderOrganizationId(),
                    m.message().senderUserId(),
                    m.senderName(),
                    m.mine(),
                    m.body(),
                    m.masked(),
                    m.attachments().stream().map(ChatAttachmentResponse::from).toList(),
                    m.readByOtherParty(),
                    m.message().sentAt());
        }
    }

    /** Part of a thread, oldest first; {@code hasMore}: more messages lie beyond it in the direction asked. */
    record MessageSliceResponse(List<ChatMessageResponse> items, boolean hasMore) {

        static MessageSliceResponse from(MessageSlice slice) {
            return new MessageSliceResponse(
                    slice.items().stream().map(ChatMessageResponse::from).toList(), slice.hasMore());
        }
    }

    /** What is still unread in the conversation after marking it read. */
    record ChatReadResponse(long unreadCount) {}

    /** Unread messages of the active organisation over all its conversations, and in how many conversations. */
    record ChatUnreadResponse(long count, long conversations) {

        static ChatUnreadResponse from(UnreadCount unread) {
            return new ChatUnreadResponse(unread.messages(), unread.conversations());
        }
    }
}
