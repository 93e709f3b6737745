package com.realsourcing.directory.domain;

import com.realsourcing.directory.api.TagKind;
import com.realsourcing.shared.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A taxonomy tag: a level-1 industry, a level-2 category under an industry, or an attribute tag in a group. Its
 * code never changes; its names, its place among its siblings and whether it is offered do.
 */
@Entity
@Table(name = "tags", schema = "directory")
public class Tag extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TagKind kind;

    @Column(name = "parent_id", updatable = false)
    private UUID parentId;

    @Column(name = "group_id", updatable = false)
    private UUID groupId;

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

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Tag() {}

    Tag(
            UUID id,
            String code,
            TagKind kind,
            UUID parentId,
            UUID groupId,
            String nameZh,
            String nameEn,
            int sortOrder,
            Instant now) {
        super(id);
        this.code = Objects.requireNonNull(code);
        this.kind = Objects.requireNonNull(kind);
        this.parentId = parentId;
        this.groupId = groupId;
        this.nameZh = Objects.requireNonNull(nameZh);
        this.nameEn = Objects.requireNonNull(nameEn);
        this.sortOrder = sortOrder;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void rename(String nameZh, String nameEn, Instant now) {
        this.nameZh = Objects.requireNonNull(nameZh);
        this.nameEn = Objects.requireNonNull(nameEn);
        this.updatedAt = now;
    }

    void placeAt(int sortOrder, Instant now) {
        if (this.sortOrder != sortOrder) {
            this.sortOrder = sortOrder;
            this.updatedAt = now;
        }
    }

    /** @return whether anything changed (retiring twice keeps the first date) */
    boolean retire(Instant now) {
        if (retiredAt != null) {
            return false;
        }
        retiredAt = now;
        updatedAt = now;
        return true;
    }

    /** @return whether anything changed */
    boolean restore(Instant now) {
        if (retiredAt == null) {
            return false;
        }
        retiredAt = null;
        updatedAt = now;
        return true;
    }

    /** Siblings share kind and parent (categories) or group (attributes); industries are siblings of each other. */
    boolean isSiblingOf(Tag other) {
        return kind == other.kind && Objects.equals(parentId, other.parentId) && Objects.equals(groupId, other.groupId);
    }

    public String getCode() {
        return code;
    }

    public TagKind getKind() {
        return kind;
    }

    public UUID getParentId() {
        return parentId;
    }

    public UUID getGroupId() {
        return groupId;
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

    public boolean isRetired() {
        return retiredAt != null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
