package com.realsourcing.chat.domain;

import com.realsourcing.chat.api.OpenConversation;
import com.realsourcing.directory.api.InquirySent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens a conversation for every directory inquiry (询盘), between the buyer and the factory, with the inquiry's text
 * as its first message, so the two can continue there. Idempotent: the conversation is unique per inquiry and pair,
 * and its first message is added only when it is created. The factory's members are not notified again: the
 * directory already told them about the inquiry.
 */
@Component
class InquiryConversations {

    static final String SUBJECT_TYPE = "directory.inquiry";

    private final ChatService chat;

    InquiryConversations(ChatService chat) {
        this.chat = chat;
    }

    @ApplicationModuleListener
    void on(InquirySent inquiry) {
        chat.open(
                new OpenConversation(
                        SUBJECT_TYPE,
                        inquiry.inquiryId(),
                        inquiry.productName() + " · " + inquiry.quantity() + " " + inquiry.unit(),
                        inquiry.buyerOrganizationId(),
                        inquiry.buyerUserId(),
                        inquiry.factoryOrganizationId(),
                        inquiry.message()),
                false);
    }
}
