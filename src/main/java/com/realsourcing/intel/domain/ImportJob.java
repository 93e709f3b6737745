package com.realsourcing.intel.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import as the operator follows it: status, progress in percent of the file read, counts, and the rows that
 * could not be imported with their line numbers (the first 500; {@code failed} counts them all).
 */
public record ImportJob(
        UUID id,
        String format,
        String filename,
        String status,
        int progress,
        int totalRows,
        int processed,
        int inserted,
        int updated,
        int duplicates,
        int failed,
        List<RowError> errors,
        String message,
        Instant createdAt,
        Instant finishedAt) {

    public ImportJob {
        errors = List.copyOf(errors);
    }

    /** One rejected row: the line it starts on, a stable code, and why in the reader's language. */
    public record RowError(int line, String code, String reason) {}
}
