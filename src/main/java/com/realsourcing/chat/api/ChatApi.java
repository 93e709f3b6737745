package com.realsourcing.chat.api;

import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of chat. */
public interface ChatApi {

    /**
     * The conversation between the initiator's organisation and the counterpart about a subject: opened now (with
     * the first message, when one is given) or, when the pair already talk about that subject, the existing one.
     * One conversation per subject and pair of organisations, enforced by a unique key, so a double click opens one.
     * The calling module has checked that the initiator may contact the counterpart.
     */
    ConversationRef open(OpenConversation command);

    /**
     * A message as a party of its conversation sees it; empty when the message does not exist or the organisation
     * is not one of the two parties, so a third party cannot learn that it exists (seed 002 七).
     */
    Optional<MessageView> findMessageForParty(UUID messageId, UUID organizationId);

    /** Whether the organisation is one of the conversation's two parties. */
    boolean isParty(UUID conversationId, UUID organizationId);
}
