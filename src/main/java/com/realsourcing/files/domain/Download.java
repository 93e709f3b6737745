package com.realsourcing.files.domain;

import com.realsourcing.files.api.StoredFile;
import org.springframework.core.io.Resource;

/** A file (or its thumbnail) the caller may read: its metadata, an entity tag, and the bytes. */
public record Download(StoredFile file, String etag, String contentType, Resource content) {}
