package com.realsourcing.chat.api;

import java.util.UUID;

/** The conversation opened or found; {@code created} is false when the pair already had one about the subject. */
public record ConversationRef(UUID id, boolean created) {}
