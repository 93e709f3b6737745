package com.realsourcing.identity.domain;

import com.realsourcing.identity.api.AuditRecord;
import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and lists the admin audit log. Writes join the caller's transaction: no action without its entry. */
@Service
public class AuditLog {

    private final AuditEntryRepository entries;
    private final UserRepository users;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, UserRepository users, Clock clock) {
        this.entries = entries;
        this.users = users;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditRecord record) {
        String actorName = record.actorId() == null
                ? null
                : users.findById(record.actorId()).map(User::getDisplayName).orElse(null);
        entries.save(new AuditEntry(
                clock.instant(),
                record.actorId(),
                actorName,
                record.action(),
                record.targetType(),
                record.targetId(),
                record.targetName(),
                record.reason(),
                record.details()));
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> list(String action, Pageable pageable) {
        Specification<AuditEntry> spec = (root, query, cb) ->
                action == null || action.isBlank() ? cb.conjunction() : cb.equal(root.get("action"), action);
        return entries.findAll(spec, pageable);
    }
}

interface AuditEntryRepository
        extends JpaRepository<AuditEntry, java.util.UUID>, JpaSpecificationExecutor<AuditEntry> {}
