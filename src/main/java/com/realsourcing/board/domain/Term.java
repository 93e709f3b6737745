package com.realsourcing.board.domain;

import com.realsourcing.shared.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A term of a managed list: a job type (缝纫工) or a process (注塑). Operators add, rename, reorder and retire them
 * (seed 002 系统设置); a retired term is no longer offered in forms but postings that name it keep showing it.
 */
@Entity
@Table(name = "terms", schema = "board")
public class Term extends AbstractEntity {

    /** The two managed lists. */
    public enum Kind {
        JOB_TYPE,
        PROCESS
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Term() {}

    Term(UUID id, Kind kind, String code, String nameZh, String nameEn, int sortOrder, Instant now) {
        super(id);
        this.kind = kind;
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
        this.createdAt = now;
    }

    void rename(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    void moveTo(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    void retire(Instant now) {
        if (retiredAt == null) {
            retiredAt = now;
        }
    }

    void restore() {
        retiredAt = null;
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    /** The name in the reader's language (Chinese unless the locale is English). */
    public String name(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public Kind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }
}
