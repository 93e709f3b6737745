package com.realsourcing.files.domain;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.Resource;

/**
 * Where file bytes live, addressed by key ({@code <organization>/<file id>}). Adapters: local disk (default) and
 * any S3-compatible object store. {@code put} either stores all {@code length} bytes or fails leaving nothing.
 */
public interface FileStorage {

    void put(String key, InputStream content, long length, String contentType) throws IOException;

    /** The stored bytes; a resource whose {@code exists()} is false when nothing is stored under the key. */
    Resource get(String key);

    /** Removes the bytes; no error when there are none. */
    void delete(String key) throws IOException;
}
