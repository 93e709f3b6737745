package com.realsourcing.directory.web;

import com.realsourcing.directory.domain.FactoryImportService;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.security.CurrentUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Operators import factory records (CSV) as unclaimed listings and follow the import's progress. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "directory-imports", description = "Factory record imports")
class FactoryImportController {

    /** A row that was not imported: its line in the file and why, in the caller's language. */
    record ImportRowError(long line, String code, String message) {}

    /** Progress, counts and row errors (the first 1,000) of an import. */
    record ImportJobResponse(
            UUID id,
            String filename,
            String status,
            int totalRows,
            int processedRows,
            int imported,
            int merged,
            int failed,
            int percent,
            List<ImportRowError> errors,
            String failure,
            Instant createdAt,
            Instant startedAt,
            Instant finishedAt) {}

    /** An import in the list of recent ones: its counts, not its row errors. */
    record ImportJobSummaryResponse(
            UUID id,
            String filename,
            String status,
            int totalRows,
            int imported,
            int merged,
            int failed,
            int percent,
            Instant createdAt,
            Instant finishedAt) {}

    private final FactoryImportService imports;
    private final MessageSource messages;

    FactoryImportController(FactoryImportService imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /** Starts an import of a UTF-8 CSV with the columns name, address, country and optionally lat, lng. */
    @PostMapping(path = "/api/directory/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('directory:import:manage')")
    ResponseEntity<ImportJobResponse> start(@RequestParam("file") MultipartFile file) {
        if (file.isEmpty()) {
            throw DomainException.invalidField("file", "directory.import-file-invalid", "empty file");
        }
        try {
            var job = imports.start(CurrentUser.require(), file.getOriginalFilename(), file.getInputStream());
            return ResponseEntity.accepted()
                    .location(URI.create("/api/directory/imports/" + job.id()))
                    .body(response(job));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 20 latest imports, newest first. */
    @GetMapping("/api/directory/imports")
    @PreAuthorize("hasAuthority('directory:import:manage')")
    List<ImportJobSummaryResponse> recent() {
        return imports.recent(20).stream()
                .map(job -> new ImportJobSummaryResponse(
                        job.id(),
                        job.filename(),
                        job.status(),
                        job.totalRows(),
                        job.imported(),
                        job.merged(),
                        job.failed(),
                        percent(job),
                        job.createdAt(),
                        job.finishedAt()))
                .toList();
    }

    @GetMapping("/api/directory/imports/{id}")
    @PreAuthorize("hasAuthority('directory:import:manage')")
    ImportJobResponse get(@PathVariable UUID id) {
        return response(imports.find(id).orElseThrow(() -> DomainException.notFound("directory.import-not-found")));
    }

    /** Rows read count for 95%; the last 5% is the search index catching up. */
    private static int percent(FactoryImportService.ImportJob job) {
        return job.status().equals("DONE")
                ? 100
                : job.totalRows() == 0 ? 0 : (int) (95L * job.processedRows() / job.totalRows());
    }

    private ImportJobResponse response(FactoryImportService.ImportJob job) {
        var locale = LocaleContextHolder.getLocale();
        return new ImportJobResponse(
                job.id(),
                job.filename(),
                job.status(),
                job.totalRows(),
                job.processedRows(),
                job.imported(),
                job.merged(),
                job.failed(),
                percent(job),
                job.errors().stream()
                        .map(e -> new ImportRowError(
                                e.line(),
                                e.code(),
                                messages.getMessage(e.code(), e.args().toArray(), e.code(), locale)))
                        .toList(),
                job.failure(),
                job.createdAt(),
                job.startedAt(),
                job.finishedAt());
    }
}
