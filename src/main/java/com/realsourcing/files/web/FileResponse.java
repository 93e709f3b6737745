package com.realsourcing.files.web;

import com.realsourcing.files.api.FileVisibility;
import com.realsourcing.files.api.StoredFile;
import java.time.Instant;
import java.util.UUID;

/** An upload as the console sees it; {@code url} and {@code thumbnailUrl} are paths on this server. */
record FileResponse(
        UUID id,
        String filename,
        String contentType,
        long size,
        Integer width,
        Integer height,
        String url,
        String thumbnailUrl,
        FileVisibility visibility,
        Instant createdAt) {

    static FileResponse from(StoredFile file) {
        String url = "/api/files/" + file.id();
        return new FileResponse(
                file.id(),
                file.filename(),
                file.contentType(),
                file.size(),
                file.width(),
                file.height(),
                url,
                file.thumbnail() ? url + "/thumbnail" : null,
                file.visibility(),
                file.createdAt());
    }
}
