package com.realsourcing.files.domain;

import com.realsourcing.files.api.FileVisibility;
import com.realsourcing.files.api.StoredFile;
import com.realsourcing.shared.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One stored file's metadata; the bytes live in {@link FileStorage} under {@code storageKey}. */
@Entity
@Table(schema = "files", name = "stored_files")
class Upload extends AbstractEntity {

    private UUID organizationId;
    private UUID uploadedBy;
    private String filename;
    private String contentType;
    private long size;
    private String sha256;
    private Integer width;
    private Integer height;

    @Column(name = "has_thumbnail")
    private boolean thumbnail;

    @Enumerated(EnumType.STRING)
    private FileVisibility visibility;

    private String storageKey;
    private Instant createdAt;

    protected Upload() {
        // for JPA
    }

    Upload(
            UUID id,
            UUID organizationId,
            UUID uploadedBy,
            String filename,
            String contentType,
            long size,
            String sha256,
            Integer width,
            Integer height,
            boolean thumbnail,
            FileVisibility visibility,
            String storageKey,
            Instant createdAt) {
        super(id);
        this.organizationId = Objects.requireNonNull(organizationId);
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.filename = Objects.requireNonNull(filename);
        this.contentType = Objects.requireNonNull(contentType);
        this.size = size;
        this.sha256 = Objects.requireNonNull(sha256);
        this.width = width;
        this.height = height;
        this.thumbnail = thumbnail;
        this.visibility = Objects.requireNonNull(visibility);
        this.storageKey = Objects.requireNonNull(storageKey);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    static String thumbnailKey(String storageKey) {
        return storageKey + ".thumb";
    }

    void changeVisibility(FileVisibility visibility) {
        this.visibility = Objects.requireNonNull(visibility);
    }

    boolean belongsTo(UUID organizationId) {
        return this.organizationId.equals(organizationId);
    }

    StoredFile toStoredFile() {
        return new StoredFile(
                getId(),
                organizationId,
                uploadedBy,
                filename,
                contentType,
                size,
                width,
                height,
                thumbnail,
                visibility,
                createdAt);
    }

    String sha256() {
        return sha256;
    }

    String storageKey() {
        return storageKey;
    }

    String contentType() {
        return contentType;
    }

    FileVisibility visibility() {
        return visibility;
    }

    boolean hasThumbnail() {
        return thumbnail;
    }
}
