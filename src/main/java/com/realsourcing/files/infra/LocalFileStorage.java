package com.realsourcing.files.infra;

import com.realsourcing.files.domain.FileStorage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * Files on local disk under one root directory. Bytes go to a temporary file first and are moved into place, so a
 * reader never sees half a file and a failed write leaves nothing behind. Keys cannot escape the root.
 */
public class LocalFileStorage implements FileStorage {

    private final Path root;

    public LocalFileStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the file storage directory " + this.root, e);
        }
    }

    @Override
    public void put(String key, InputStream content, long length, String contentType) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
        try {
            long copied = Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
            if (copied != length) {
                throw new IOException("Expected " + length + " bytes for " + key + " but got " + copied);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public Resource get(String key) {
        return new FileSystemResource(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (key.isBlank() || !path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("Invalid storage key " + key);
        }
        return path;
    }
}
