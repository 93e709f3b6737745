package com.realsourcing.chat.domain;

/** What a message is: text (with attachments) someone wrote, or the mark left when a sender shared their contact. */
public enum MessageKind {
    TEXT,
    CONTACT_SHARED
}
