package com.realsourcing.chat.domain;

import com.realsourcing.shared.domain.DomainException;

/** Chat's error codes; each is also the message key in {@code messages/chat*.properties}. */
final class ChatError {

    static final String CONVERSATION_NOT_FOUND = "chat.conversation-not-found";
    static final String MESSAGE_NOT_FOUND = "chat.message-not-found";
    static final String BODY_REQUIRED = "chat.body-required";
    static final String BODY_TOO_LONG = "chat.body-too-long";
    static final String TOO_MANY_ATTACHMENTS = "chat.too-many-attachments";
    static final String ATTACHMENT_NOT_FOUND = "chat.attachment-not-found";
    static final String NO_CONTACT_DETAILS = "chat.no-contact-details";
    static final String BEFORE_AND_AFTER = "chat.before-and-after";

    private ChatError() {}

    /** The same answer whether the conversation does not exist or the caller is not a party (seed 002 七). */
    static DomainException conversationNotFound() {
        return DomainException.notFound(CONVERSATION_NOT_FOUND);
    }

    static DomainException messageNotFound() {
        return DomainException.notFound(MESSAGE_NOT_FOUND);
    }
}
