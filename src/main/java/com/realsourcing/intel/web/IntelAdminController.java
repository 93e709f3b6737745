package com.realsourcing.intel.web;

import com.realsourcing.intel.domain.CurationService;
import com.realsourcing.intel.domain.IntelPermissions;
import com.realsourcing.intel.domain.VideoDetails;
import com.realsourcing.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operators' curation: correct a video's labels by hand, link an account to a directory factory. */
@RestController
@RequestMapping("/api/intel/admin")
@Tag(name = "intel")
class IntelAdminController {

    private final CurationService curation;
    private final VideoDetails videos;

    IntelAdminController(CurationService curation, VideoDetails videos) {
        this.curation = curation;
        this.videos = videos;
    }

    /** Null fields leave a label as it is; a manual label wins over the rules and survives re-import. */
    record LabelRequest(
            @Size(max = 50) String industry,
            @Size(max = 60) String product,
            @Size(max = 2) String country,
            @Size(max = 500) String note) {}

    @PutMapping("/videos/{id}/labels")
    @PreAuthorize(IntelPermissions.CAN_CURATE)
    VideoDetails.Details labelVideo(@PathVariable UUID id, @Valid @RequestBody LabelRequest request) {
        curation.label(
                id,
                new CurationService.LabelChange(
                        request.industry(), request.product(), request.country(), request.note()),
                CurrentUser.require().userId());
        return videos.find(id);
    }

    /** {@code factoryId} null unlinks. */
    record FactoryLinkRequest(UUID factoryId) {}

    @PutMapping("/accounts/{id}/factory")
    @PreAuthorize(IntelPermissions.CAN_CURATE)
    ResponseEntity<Void> linkFactory(@PathVariable UUID id, @RequestBody FactoryLinkRequest request) {
        curation.linkFactory(id, request.factoryId());
        return ResponseEntity.noContent().build();
    }
}
