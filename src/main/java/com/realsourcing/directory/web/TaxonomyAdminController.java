package com.realsourcing.directory.web;

import com.realsourcing.directory.domain.Tag;
import com.realsourcing.directory.domain.TaxonomyService;
import com.realsourcing.directory.web.TaxonomyDtos.ChangeTagRequest;
import com.realsourcing.directory.web.TaxonomyDtos.CreateTagRequest;
import com.realsourcing.directory.web.TaxonomyDtos.MoveTagRequest;
import com.realsourcing.directory.web.TaxonomyDtos.TagResponse;
import com.realsourcing.shared.security.CurrentUser;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Platform console: keep the taxonomy (add, rename, reorder, retire, restore). Every change is audited; tags are
 * never deleted.
 */
@RestController
@RequestMapping("/api/directory/admin/tags")
@io.swagger.v3.oas.annotations.tags.Tag(name = "directory-admin", description = "Platform console: taxonomy")
class TaxonomyAdminController {

    private final TaxonomyService taxonomy;

    TaxonomyAdminController(TaxonomyService taxonomy) {
        this.taxonomy = taxonomy;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('directory:taxonomy:manage')")
    ResponseEntity<TagResponse> addTag(@Valid @RequestBody CreateTagRequest request) {
        Tag tag = taxonomy.add(
                CurrentUser.require(),
                new TaxonomyService.NewTag(
                        request.kind(),
                        request.parentId(),
                        request.groupId(),
                        request.nameZh(),
                        request.nameEn(),
                        request.code(),
                        request.exportIndustries()));
        return ResponseEntity.created(URI.create("/api/directory/tags/" + tag.getId()))
                .body(response(tag));
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAuthority('directory:taxonomy:manage')")
    TagResponse changeTag(@PathVariable UUID id, @Valid @RequestBody ChangeTagRequest request) {
        return response(taxonomy.change(
                CurrentUser.require(),
                id,
                new TaxonomyService.TagChanges(request.nameZh(), request.nameEn(), request.exportIndustries())));
    }

    @PutMapping("/{id}/position")
    @PreAuthorize("hasAuthority('directory:taxonomy:manage')")
    TagResponse moveTag(@PathVariable UUID id, @Valid @RequestBody MoveTagRequest request) {
        return response(taxonomy.move(CurrentUser.require(), id, request.position()));
    }

    @PostMapping("/{id}/retire")
    @PreAuthorize("hasAuthority('directory:taxonomy:manage')")
    TagResponse retireTag(@PathVariable UUID id) {
        return response(taxonomy.retire(CurrentUser.require(), id));
    }

    @PostMapping("/{id}/restore")
    @PreAuthorize("hasAuthority('directory:taxonomy:manage')")
    TagResponse restoreTag(@PathVariable UUID id) {
        return response(taxonomy.restore(CurrentUser.require(), id));
    }

    private TagResponse response(Tag tag) {
        return TaxonomyController.response(taxonomy, tag);
    }
}
