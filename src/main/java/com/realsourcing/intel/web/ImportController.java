package com.realsourcing.intel.web;

import com.realsourcing.intel.domain.ImportJob;
import com.realsourcing.intel.domain.ImportService;
import com.realsourcing.intel.domain.ImportSources;
import com.realsourcing.intel.domain.IntelPermissions;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports of Apify dataset items (JSON or CSV export) and operators' curation CSV. Accepted at once (202) and run
 * in the background; poll the job for progress, counts and rejected rows with their line numbers.
 */
@RestController
@RequestMapping("/api/intel/imports")
@Tag(name = "intel")
class ImportController {

    private final ImportService imports;
    private final ImportSources sources;

    ImportController(ImportService imports, ImportSources sources) {
        this.imports = imports;
        this.sources = sources;
    }

    /** {@code format}: apify-json (array or JSON Lines), apify-csv, curation-csv. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(IntelPermissions.CAN_CURATE)
    ResponseEntity<ImportJob> startImport(@RequestPart("file") MultipartFile file, @RequestParam String format)
            throws IOException {
        UUID user = CurrentUser.require().userId();
        try (InputStream in = file.getInputStream()) {
            ImportJob job = imports.submit(format, file.getOriginalFilename(), in, user);
            return ResponseEntity.accepted()
                    .location(URI.create("/api/intel/imports/" + job.id()))
                    .body(job);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize(IntelPermissions.CAN_CURATE)
    ImportJob getImport(@PathVariable UUID id) {
        return imports.find(id).orElseThrow(() -> DomainException.notFound("intel.import-not-found"));
    }

    /** The import's raw payload as it was received: the uploaded file, or a provider run's items as JSON Lines. */
    @GetMapping("/{id}/source")
    @PreAuthorize(IntelPermissions.CAN_CURATE)
    ResponseEntity<org.springframework.core.io.Resource> getImportSource(@PathVariable UUID id) {
        imports.find(id).orElseThrow(() -> DomainException.notFound("intel.import-not-found"));
        ImportSources.Source source =
                sources.find(id).orElseThrow(() -> DomainException.notFound("intel.import-source-not-found"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(source.mediaType()))
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(source.filename())
                                .build()
                                .toString())
                .body(new org.springframework.core.io.FileSystemResource(source.file()));
    }

    /** The 20 latest imports. */
    @GetMapping
    @PreAuthorize(IntelPermissions.CAN_CURATE)
    List<ImportJob> listImports() {
        return imports.recent(20);
    }
}
