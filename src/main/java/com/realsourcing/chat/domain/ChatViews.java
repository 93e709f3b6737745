package com.realsourcing.chat.domain;

import com.realsourcing.files.api.StoredFile;
import com.realsourcing.identity.api.OrganizationSummary;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What one party's member sees of conversations and messages: contact details masked unless shared. */
public final class ChatViews {

    private ChatViews() {}

    /**
     * A message as the viewer's organisation sees it: {@code body} masked unless the viewer sent it or the sender's
     * organisation shared its contact ({@code masked} tells whether anything was hidden); {@code mine} when the
     * viewer's organisation sent it; {@code readByOtherParty} when the other organisation has read up to it.
     */
    public record VisibleMessage(
            Message message,
            String senderName,
            String body,
            boolean masked,
            boolean mine,
            boolean readByOtherParty,
            List<StoredFile> attachments) {

        public VisibleMessage {
            attachments = List.copyOf(attachments);
        }
    }

    /** One row of "my conversations". {@code counterpart} is null when identity no longer knows the organisation. */
    public record ConversationSummary(
            Conversation conversation, OrganizationSummary counterpart, VisibleMessage lastMessage, long unreadCount) {}

    /**
     * A user of a party as the other party sees them: mobile and e-mail in full when this user shared them in the
     * conversation, masked (138****1234) otherwise.
     */
    public record PartyContact(
            UUID userId, String displayName, String mobile, String email, boolean shared, Instant sharedAt) {}

    /** Who of the viewer's own organisation shared their contact here, and when. */
    public record OwnShare(UUID userId, String displayName, boolean me, Instant sharedAt) {}

    /** One conversation for a member of one of its parties. */
    public record ConversationDetail(
            Conversation conversation,
            UUID organizationId,
            OrganizationSummary counterpart,
            long unreadCount,
            List<OwnShare> ownShares,
            List<PartyContact> counterpartContacts) {

        public ConversationDetail {
            ownShares = List.copyOf(ownShares);
            counterpartContacts = List.copyOf(counterpartContacts);
        }

        public boolean openedByMyOrganization() {
            return conversation.initiatorOrganizationId().equals(organizationId);
        }

        public boolean counterpartShared() {
            return counterpartContacts.stream().anyMatch(PartyContact::shared);
        }
    }

    /** A slice of a thread, oldest first; {@code hasMore} when further messages lie beyond it in that direction. */
    public record MessageSlice(List<VisibleMessage> items, boolean hasMore) {

        public MessageSlice {
            items = List.copyOf(items);
        }
    }

    /** The viewer's organisation's unread messages, and in how many conversations. */
    public record UnreadCount(long messages, long conversations) {}
}
