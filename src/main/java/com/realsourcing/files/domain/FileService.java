package com.realsourcing.files.domain;

import com.realsourcing.files.api.FileAccessPolicy;
import com.realsourcing.files.api.FileVisibility;
import com.realsourcing.files.api.FilesApi;
import com.realsourcing.files.api.StoredFile;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.shared.security.CurrentUser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts, stores and serves files. A write stores the bytes first and the row second; when the row cannot be
 * written the bytes are deleted again, and when the bytes cannot be stored no row is written, so there is never a
 * record without content. Reads are scoped: PUBLIC files to anyone, others to members of the owning organisation
 * holding {@code files:file:read}, or to whoever a {@link FileAccessPolicy} admits; everyone else gets the same
 * 404 as for a file that does not exist.
 */
@Service
public class FileService implements FilesApi {

    private static final Logger log = LoggerFactory.getLogger(FileService.class);

    private final UploadRepository uploads;
    private final FileStorage storage;
    private final FilesProperties properties;
    private final Clock clock;
    private final ObjectProvider<FileAccessPolicy> policies;
    private final FileTypeDetector detector = new FileTypeDetector();
    private final ImageProcessor images;

    FileService(
            UploadRepository uploads,
            FileStorage storage,
            FilesProperties properties,
            Clock clock,
            ObjectProvider<FileAccessPolicy> policies) {
        this.uploads = uploads;
        this.storage = storage;
        this.properties = properties;
        this.clock = clock;
        this.policies = policies;
        this.images = new ImageProcessor(properties);
    }

    /** An upload by a signed-in member, owned by the organisation they act for. */
    public StoredFile upload(
            AuthenticatedUser uploader,
            InputStreamSource content,
            long size,
            String originalFilename,
            FileVisibility visibility) {
        if (uploader.organizationId() == null) {
            throw DomainException.forbidden("shared.forbidden");
        }
        return store(uploader.organizationId(), uploader.userId(), content, size, originalFilename, visibility);
    }

    @Override
    public StoredFile store(
            UUID organizationId, UUID uploadedBy, String filename, byte[] content, FileVisibility visibility) {
        return store(organizationId, uploadedBy, new ByteArrayResource(content), content.length, filename, visibility);
    }

    private StoredFile store(
            UUID organizationId,
            UUID uploadedBy,
            InputStreamSource content,
            long size,
            String originalFilename,
            FileVisibility visibility) {
        if (size <= 0) {
            throw FilesError.empty();
        }
        byte[] head = read(content, FileTypeDetector.HEAD_BYTES);
        if (head.length == 0) {
            throw FilesError.empty();
        }
        FileTypeDetector.Detection detection = detector.detect(head);
        FileKind kind = detection.kind().orElseThrow(() -> FilesError.typeNotAllowed(detection.mediaType()));
        long maxBytes = properties.maxBytes(kind);
        if (size > maxBytes) {
            throw FilesError.tooLarge(kind, maxBytes);
        }
        UUID id = Ids.newId();
        String key = organizationId + "/" + id;
        if (kind.category() == FileKind.Category.IMAGE) {
            byte[] original = read(content, maxBytes + 1);
            if (original.length > maxBytes) {
                throw FilesError.tooLarge(kind, maxBytes);
            }
            ImageProcessor.ProcessedImage image = images.process(kind, original);
            FileKind stored = image.kind();
            put(key, new ByteArrayInputStream(image.bytes()), image.bytes().length, stored.mediaType());
            boolean thumbnail = image.thumbnail() != null;
            if (thumbnail) {
                try {
                    put(
                            Upload.thumbnailKey(key),
                            new ByteArrayInputStream(image.thumbnail()),
                            image.thumbnail().length,
                            stored.mediaType());
                } catch (RuntimeException e) {
                    deleteQuietly(key);
                    throw e;
                }
            }
            return save(new Upload(
                    id,
                    organizationId,
                    uploadedBy,
                    Filenames.sanitize(originalFilename, stored),
                    stored.mediaType(),
                    image.bytes().length,
                    sha256(image.bytes()),
                    image.width(),
                    image.height(),
                    thumbnail,
                    visibility,
                    key,
                    now()));
        }
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(content.getInputStream(), digest)) {
            storage.put(key, in, size, kind.mediaType());
        } catch (IOException e) {
            log.error("Could not store file {} under {}", id, key, e);
            throw FilesError.storageUnavailable();
        }
        return save(new Upload(
                id,
                organizationId,
                uploadedBy,
                Filenames.sanitize(originalFilename, kind),
                kind.mediaType(),
                size,
                HexFormat.of().formatHex(digest.digest()),
                null,
                null,
                false,
                visibility,
                key,
                now()));
    }

    /** The file or its thumbnail, when the current caller (possibly anonymous) may read it; 404 otherwise. */
    public Download open(UUID id, boolean thumbnail) {
        Upload upload = uploads.findById(id).filter(this::mayRead).orElseThrow(FilesError::notFound);
        if (thumbnail && !upload.hasThumbnail()) {
            throw FilesError.notFound();
        }
        String key = thumbnail ? Upload.thumbnailKey(upload.storageKey()) : upload.storageKey();
        Resource content = storage.get(key);
        if (!content.exists()) {
            log.error("File {} has a record but no bytes under {}", id, key);
            throw FilesError.notFound();
        }
        String etag = "\"" + upload.sha256() + (thumbnail ? "-thumbnail" : "") + "\"";
        return new Download(upload.toStoredFile(), etag, upload.contentType(), content);
    }

    @Override
    public Optional<StoredFile> find(UUID fileId) {
        return uploads.findById(fileId).map(Upload::toStoredFile);
    }

    @Override
    public Optional<StoredFile> findOwnedBy(UUID fileId, UUID organizationId) {
        return uploads.findByIdAndOrganizationId(fileId, organizationId).map(Upload::toStoredFile);
    }

    @Override
    @Transactional
    public void changeVisibility(UUID fileId, FileVisibility visibility) {
        uploads.findById(fileId).orElseThrow(FilesError::notFound).changeVisibility(visibility);
    }

    private boolean mayRead(Upload upload) {
        if (upload.visibility() == FileVisibility.PUBLIC) {
            return true;
        }
        Optional<AuthenticatedUser> caller = CurrentUser.find();
        if (caller.isEmpty()) {
            return false;
        }
        AuthenticatedUser user = caller.get();
        if (upload.belongsTo(user.organizationId()) && user.can(FilesPermissions.READ)) {
            return true;
        }
        StoredFile file = upload.toStoredFile();
        return policies.orderedStream().anyMatch(policy -> policy.mayRead(file, user));
    }

    private StoredFile save(Upload upload) {
        try {
            return uploads.saveAndFlush(upload).toStoredFile();
        } catch (RuntimeException e) {
            deleteQuietly(upload.storageKey());
            if (upload.hasThumbnail()) {
                deleteQuietly(Upload.thumbnailKey(upload.storageKey()));
            }
            throw e;
        }
    }

    private void put(String key, InputStream content, long length, String contentType) {
        try {
            storage.put(key, content, length, contentType);
        } catch (IOException e) {
            log.error("Could not store {}", key, e);
            throw FilesError.storageUnavailable();
        }
    }

    private void deleteQuietly(String key) {
        try {
            storage.delete(key);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete orphaned bytes under {}; remove them by hand", key, e);
        }
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static byte[] read(InputStreamSource source, long max) {
        try (InputStream in = source.getInputStream()) {
            return in.readNBytes((int) Math.min(max, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the upload", e);
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
