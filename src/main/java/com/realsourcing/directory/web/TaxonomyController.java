package com.realsourcing.directory.web;

import com.realsourcing.directory.domain.Tag;
import com.realsourcing.directory.domain.TaxonomyService;
import com.realsourcing.directory.web.TaxonomyDtos.TagResponse;
import com.realsourcing.directory.web.TaxonomyDtos.TaxonomyResponse;
import com.realsourcing.shared.domain.DomainException;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The taxonomy for forms and filters, open to visitors. Never cached: operators' changes show at once. */
@RestController
@RequestMapping("/api/directory")
@io.swagger.v3.oas.annotations.tags.Tag(name = "directory")
class TaxonomyController {

    private final TaxonomyService taxonomy;

    TaxonomyController(TaxonomyService taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** Industries with categories, attribute groups with tags, export industries with industries and HS chapters. */
    @GetMapping("/taxonomy")
    ResponseEntity<TaxonomyResponse> getTaxonomy(
            @RequestParam(name = "includeRetired", defaultValue = "false") boolean includeRetired) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .body(TaxonomyResponse.from(taxonomy.taxonomy(includeRetired)));
    }

    /** One tag by id, retired ones included, so whatever carries a tag id can show it. */
    @GetMapping("/tags/{id}")
    TagResponse getTag(@PathVariable UUID id) {
        return response(
                taxonomy, taxonomy.find(id).orElseThrow(() -> DomainException.notFound("directory.tag-not-found")));
    }

    static TagResponse response(TaxonomyService taxonomy, Tag tag) {
        return TagResponse.from(
                tag, taxonomy.group(tag.getGroupId()).orElse(null), taxonomy.exportIndustriesOf(tag.getId()));
    }
}
