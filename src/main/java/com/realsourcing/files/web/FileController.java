package com.realsourcing.files.web;

import com.realsourcing.files.api.FileVisibility;
import com.realsourcing.files.api.StoredFile;
import com.realsourcing.files.domain.Download;
import com.realsourcing.files.domain.FileService;
import com.realsourcing.shared.security.CurrentUser;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
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
 * Uploads and downloads. Downloads are open to visitors in the security chain; {@link FileService} decides per
 * file (visitors get PUBLIC files only). Responses carry the detected type with {@code nosniff}, so a browser never
 * runs an upload as something else, and an ETag from the content hash.
 */
@RestController
@RequestMapping("/api/files")
class FileController {

    private static final CacheControl PUBLIC_CACHE =
            CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
    private static final CacheControl PRIVATE_CACHE = CacheControl.noCache().cachePrivate();

    private final FileService files;

    FileController(FileService files) {
        this.files = files;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @org.springframework.web.bind.annotation.ResponseStatus(
            org.springframework.http.HttpStatus.CREATED) // documents the 201 the ResponseEntity sends
    @PreAuthorize("hasAuthority('files:file:upload')")
    ResponseEntity<FileResponse> upload(
            @RequestPart("file") MultipartFile file,
            @RequestParam(name = "visibility", defaultValue = "ORGANIZATION") FileVisibility visibility) {
        StoredFile stored =
                files.upload(CurrentUser.require(), file, file.getSize(), file.getOriginalFilename(), visibility);
        FileResponse body = FileResponse.from(stored);
        return ResponseEntity.created(URI.create(body.url())).body(body);
    }

    @GetMapping("/{id}")
    ResponseEntity<Resource> download(
            @PathVariable UUID id, @RequestParam(name = "download", defaultValue = "false") boolean attachment) {
        return serve(files.open(id, false), attachment);
    }

    @GetMapping("/{id}/thumbnail")
    ResponseEntity<Resource> thumbnail(@PathVariable UUID id) {
        return serve(files.open(id, true), false);
    }

    private static ResponseEntity<Resource> serve(Download download, boolean attachment) {
        StoredFile file = download.file();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.contentType()))
                .eTag(download.etag())
                .cacheControl(file.visibility() == FileVisibility.PUBLIC ? PUBLIC_CACHE : PRIVATE_CACHE)
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDispositions.of(attachment ? "attachment" : "inline", file.filename()))
                .body(download.content());
    }
}
