package com.realsourcing.files.api;

/** Who may download: the uploader's organisation only, or anyone (a published posting's photos). */
public enum FileVisibility {
    ORGANIZATION,
    PUBLIC
}
