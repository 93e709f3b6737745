package com.realsourcing.board.domain;

import com.realsourcing.identity.api.AuditRecord;
import com.realsourcing.identity.api.IdentityApi;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.AuthenticatedUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The automatic check and its word list. The engine is built from the list once and swapped whole when the list
 * changes: at once on the instance where an operator changed it, and within {@code wordListRefresh} on the others
 * (they compare the list's size and newest change).
 */
@Service
public class Moderation {

    private final ModerationWordRepository words;
    private final JdbcClient jdbc;
    private final IdentityApi identity;
    private final BoardProperties properties;
    private final Clock clock;

    private volatile ModerationEngine engine;
    private volatile String loadedStamp = "";
    private volatile Instant checkedAt = Instant.EPOCH;

    Moderation(
            ModerationWordRepository words,
            JdbcClient jdbc,
            IdentityApi identity,
            BoardProperties properties,
            Clock clock) {
        this.words = words;
        this.jdbc = jdbc;
        this.identity = identity;
        this.properties = properties;
        this.clock = clock;
    }

    /** Checks the fields against the current word list. */
    public List<ModerationHit> check(Collection<ModerationEngine.Field> fields) {
        return engine().check(fields);
    }

    /** One free text checked as a posting's field would be (the operators' "try a text"). */
    public List<ModerationHit> checkText(String text) {
        return check(List.of(new ModerationEngine.Field("text", text)));
    }

    ModerationEngine engine() {
        Instant now = clock.instant();
        ModerationEngine current = engine;
        if (current == null || now.isAfter(checkedAt.plus(properties.wordListRefresh()))) {
            checkedAt = now;
            String stamp = stamp();
            if (current == null || !stamp.equals(loadedStamp)) {
                reload(stamp);
            }
        }
        return engine;
    }

    private synchronized void reload(String stamp) {
        Map<String, ModerationLevel> list = new LinkedHashMap<>();
        jdbc.sql("select word, level from board.moderation_words")
                .query((rs, n) -> Map.entry(rs.getString(1), ModerationLevel.valueOf(rs.getString(2))))
                .list()
                .forEach(e -> list.put(e.getKey(), e.getValue()));
        engine = new ModerationEngine(list);
        loadedStamp = stamp;
    }

    private String stamp() {
        return jdbc.sql("select count(*) || ':' || coalesce(max(created_at)::text, '') || ':' || "
                        + "coalesce(sum(hashtext(normalized || level)), 0) from board.moderation_words")
                .query(String.class)
                .single();
    }

    // ---- the word list (operators) ----

    @Transactional(readOnly = true)
    public List<ModerationWord> list() {
        return words.findAll(Sort.by("level", "normalized"));
    }

    @Transactional
    public ModerationWord add(AuthenticatedUser actor, String word, ModerationLevel level, String note) {
        String normalized = TextNormalizer.foldWord(word == null ? "" : word);
        if (normalized.isEmpty() || word.strip().length() > 60) {
            throw DomainException.invalidField("word", BoardError.WORD_INVALID);
        }
        words.findByNormalized(normalized).ifPresent(existing -> {
            throw DomainException.conflict(
                            BoardError.WORD_TAKEN,
                            existing.getWord(),
                            existing.getLevel().name())
                    .with("existingWordId", existing.getId());
        });
        ModerationWord saved = words.save(new ModerationWord(
                Ids.newId(), word.strip(), level, blankToNull(note), actor.userId(), clock.instant()));
        audit(actor, "board.word.added", saved);
        afterChange();
        return saved;
    }

    @Transactional
    public ModerationWord change(AuthenticatedUser actor, UUID id, ModerationLevel level, String note) {
        ModerationWord word = words.findById(id).orElseThrow(() -> DomainException.notFound(BoardError.WORD_NOT_FOUND));
        word.change(level, blankToNull(note));
        audit(actor, "board.word.changed", word);
        afterChange();
        return word;
    }

    @Transactional
    public void remove(AuthenticatedUser actor, UUID id) {
        ModerationWord word = words.findById(id).orElseThrow(() -> DomainException.notFound(BoardError.WORD_NOT_FOUND));
        words.delete(word);
        audit(actor, "board.word.removed", word);
        afterChange();
    }

    private void afterChange() {
        // the next check on this instance reloads (after this transaction commits, the stamp differs)
        checkedAt = Instant.EPOCH;
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        checkedAt = Instant.EPOCH;
                    }
                });
    }

    private void audit(AuthenticatedUser actor, String action, ModerationWord word) {
        identity.audit(new AuditRecord(
                actor.userId(),
                action,
                "board.moderation-word",
                word.getId(),
                word.getWord(),
                null,
                Map.of("level", word.getLevel().name())));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
