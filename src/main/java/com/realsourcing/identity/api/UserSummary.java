package com.realsourcing.identity.api;

import java.util.UUID;

/** A user as other modules see it: no contact details (ask the user to share them). */
public record UserSummary(UUID id, String displayName, String state, String locale, String timeZone) {}
