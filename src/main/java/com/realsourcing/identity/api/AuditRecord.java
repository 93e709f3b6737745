package com.realsourcing.identity.api;

import java.util.Map;
import java.util.UUID;

/** An administrative action to keep in the audit log: who did what to which thing, and why. */
public record AuditRecord(
        UUID actorId,
        String action,
        String targetType,
        UUID targetId,
        String targetName,
        String reason,
        Map<String, Object> details) {

    public AuditRecord {
        details = Map.copyOf(details);
    }
}
