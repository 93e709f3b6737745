package com.realsourcing.board.domain;

import com.realsourcing.identity.api.AuditRecord;
import com.realsourcing.identity.api.IdentityApi;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.AuthenticatedUser;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Job types and processes: read by forms and filters, kept by operators (audited). */
@Service
public class TermService {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,58}");
    private static final Sort ORDER = Sort.by("sortOrder", "nameZh");

    private final TermRepository terms;
    private final IdentityApi identity;
    private final Clock clock;

    TermService(TermRepository terms, IdentityApi identity, Clock clock) {
        this.terms = terms;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Term> list(Term.Kind kind, boolean includeRetired) {
        return terms.findByKind(kind, ORDER).stream()
                .filter(t -> includeRetired || !t.isRetired())
                .toList();
    }

    @Transactional(readOnly = true)
    public Map<UUID, Term> byIds(Collection<UUID> ids) {
        return terms.findAllById(ids).stream().collect(Collectors.toMap(Term::getId, Function.identity()));
    }

    @Transactional(readOnly = true)
    public Optional<Term> find(UUID id) {
        return id == null ? Optional.empty() : terms.findById(id);
    }

    @Transactional
    public Term add(AuthenticatedUser actor, Term.Kind kind, String code, String nameZh, String nameEn) {
        String zh = nameZh.strip();
        String normalizedCode = code.strip().toLowerCase(java.util.Locale.ROOT);
        if (!CODE.matcher(normalizedCode).matches()) {
            throw DomainException.invalidField("code", BoardError.WORD_INVALID);
        }
        terms.findByKindAndNameZh(kind, zh).ifPresent(t -> {
            throw DomainException.conflict(BoardError.TERM_NAME_TAKEN, zh).with("existingTermId", t.getId());
        });
        terms.findByKindAndCode(kind, normalizedCode).ifPresent(t -> {
            throw DomainException.conflict(BoardError.TERM_CODE_TAKEN, normalizedCode);
        });
        int last = terms.findByKind(kind, ORDER).stream()
                .mapToInt(Term::getSortOrder)
                .max()
                .orElse(0);
        Term term =
                terms.save(new Term(Ids.newId(), kind, normalizedCode, zh, nameEn.strip(), last + 10, clock.instant()));
        audit(actor, "board.term.added", term, null);
        return term;
    }

    @Transactional
    public Term rename(AuthenticatedUser actor, UUID id, String nameZh, String nameEn) {
        Term term = terms.findById(id).orElseThrow(() -> DomainException.notFound(BoardError.TERM_NOT_FOUND));
        String zh = nameZh.strip();
        terms.findByKindAndNameZh(term.getKind(), zh)
                .filter(other -> !other.getId().equals(id))
                .ifPresent(t -> {
                    throw DomainException.conflict(BoardError.TERM_NAME_TAKEN, zh);
                });
        String before = term.getNameZh() + " / " + term.getNameEn();
        term.rename(zh, nameEn.strip());
        audit(actor, "board.term.renamed", term, before);
        return term;
    }

    /** Puts the listed terms of one list in this order (others keep their place after them). */
    @Transactional
    public List<Term> reorder(AuthenticatedUser actor, Term.Kind kind, List<UUID> order) {
        Map<UUID, Term> all =
                terms.findByKind(kind, ORDER).stream().collect(Collectors.toMap(Term::getId, Function.identity()));
        if (!all.keySet().containsAll(order)) {
            throw DomainException.invalidField("order", BoardError.TERM_NOT_FOUND);
        }
        int position = 10;
        for (UUID id : order) {
            all.get(id).moveTo(position);
            position += 10;
        }
        for (Term t : terms.findByKind(kind, ORDER)) {
            if (!order.contains(t.getId())) {
                t.moveTo(position);
                position += 10;
            }
        }
        identity.audit(new AuditRecord(
                actor.userId(), "board.term.reordered", "board.term-list", null, kind.name(), null, Map.of()));
        return list(kind, true);
    }

    @Transactional
    public Term retire(AuthenticatedUser actor, UUID id, boolean retired) {
        Term term = terms.findById(id).orElseThrow(() -> DomainException.notFound(BoardError.TERM_NOT_FOUND));
        if (retired) {
            term.retire(clock.instant());
        } else {
            term.restore();
        }
        audit(actor, retired ? "board.term.retired" : "board.term.restored", term, null);
        return term;
    }

    private void audit(AuthenticatedUser actor, String action, Term term, String before) {
        identity.audit(new AuditRecord(
                actor.userId(),
                action,
                "board.term",
                term.getId(),
                term.getNameZh(),
                null,
                before == null
                        ? Map.of("kind", term.getKind().name())
                        : Map.of("kind", term.getKind().name(), "before", before)));
    }
}
