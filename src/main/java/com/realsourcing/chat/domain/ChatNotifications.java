package com.realsourcing.chat.domain;

import com.realsourcing.identity.api.IdentityApi;
import com.realsourcing.identity.api.OrganizationSummary;
import com.realsourcing.notify.api.Channel;
import com.realsourcing.notify.api.NotifyApi;
import com.realsourcing.notify.api.UserNotification;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Tells the members of the receiving organisation that a message arrived (seed 002 六.3: 服务方收到消息提醒). The
 * caller decides when: once per unread spell, so a burst of twenty messages is one notification, and the next one
 * comes after somebody of the organisation has read the conversation. The text names the sender's organisation and
 * the subject, never the message (it may hold contact details the recipient may not see yet).
 */
@Component
class ChatNotifications {

    static final String CATEGORY = "chat";
    static final String MESSAGE_RECEIVED = "notify.chat.message-received";
    static final String CONTACT_SHARED = "notify.chat.contact-shared";

    private final IdentityApi identity;
    private final NotifyApi notify;

    ChatNotifications(IdentityApi identity, NotifyApi notify) {
        this.identity = identity;
        this.notify = notify;
    }

    static String link(UUID conversationId) {
        return "/chat/conversations/" + conversationId;
    }

    void newMessage(Conversation conversation, Message message, UUID recipientOrganization) {
        String sender = identity.findOrganization(message.senderOrganizationId())
                .map(OrganizationSummary::name)
                .orElse("");
        String template = message.kind() == MessageKind.CONTACT_SHARED ? CONTACT_SHARED : MESSAGE_RECEIVED;
        Map<String, Object> params = Map.of("sender", sender, "subject", conversation.subjectTitle());
        for (UUID userId : identity.membersOf(recipientOrganization)) {
            if (userId.equals(message.senderUserId())) {
                continue; // a member of both organisations wrote it
            }
            notify.notifyUser(new UserNotification(
                    userId, CATEGORY, template, params, link(conversation.id()), Set.of(Channel.IN_APP)));
        }
    }
}
