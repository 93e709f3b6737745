package com.realsourcing.board.domain;

import com.realsourcing.shared.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of the operators' word list (seed 002 系统设置 · 违规关键词管理). */
@Entity
@Table(name = "moderation_words", schema = "board")
public class ModerationWord extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private String word;

    /** The word folded as texts are folded before matching; unique, so 微信 and 微 信 are one entry. */
    @Column(nullable = false, updatable = false)
    private String normalized;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ModerationLevel level;

    private String note;

    @Column(name = "created_by", updatable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ModerationWord() {}

    ModerationWord(UUID id, String word, ModerationLevel level, String note, UUID createdBy, Instant now) {
        super(id);
        this.word = word;
        this.normalized = TextNormalizer.foldWord(word);
        this.level = level;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void change(ModerationLevel level, String note) {
        this.level = level;
        this.note = note;
    }

    public String getWord() {
        return word;
    }

    public String getNormalized() {
        return normalized;
    }

    public ModerationLevel getLevel() {
        return level;
    }

    public String getNote() {
        return note;
    }

    public UUID getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
