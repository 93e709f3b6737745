package com.realsourcing.identity.api;

import java.util.UUID;

/** Published when a platform admin changes an account's state (NORMAL, RESTRICTED, DISABLED). */
public record UserStateChanged(UUID userId, String state, String reason, UUID changedBy) {}
