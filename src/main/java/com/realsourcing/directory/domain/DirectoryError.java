package com.realsourcing.directory.domain;

import com.realsourcing.shared.domain.DomainException;

/** The directory's error codes; each is also the message key in {@code messages/directory*.properties}. */
final class DirectoryError {

    static final String TAG_NOT_FOUND = "directory.tag-not-found";
    static final String TAG_NAME_TAKEN = "directory.tag-name-taken";
    static final String TAG_CODE_TAKEN = "directory.tag-code-taken";
    static final String TAG_CODE_INVALID = "directory.tag-code-invalid";
    static final String TAG_NAME_REQUIRED = "directory.tag-name-required";
    static final String TAG_PARENT_INVALID = "directory.tag-parent-invalid";
    static final String TAG_GROUP_INVALID = "directory.tag-group-invalid";
    static final String EXPORT_INDUSTRY_UNKNOWN = "directory.export-industry-unknown";
    static final String EXPORT_INDUSTRIES_NOT_ALLOWED = "directory.export-industries-not-allowed";

    private DirectoryError() {}

    static DomainException tagNotFound() {
        return DomainException.notFound(TAG_NOT_FOUND);
    }

    static DomainException nameTaken(Tag existing) {
        return DomainException.conflict(TAG_NAME_TAKEN, existing.getNameZh())
                .with("existingTagId", existing.getId())
                .with("existingTagRetired", existing.isRetired());
    }

    static DomainException codeTaken(String code) {
        return DomainException.conflict(TAG_CODE_TAKEN, code);
    }
}
