package com.realsourcing.intel.web;

import com.realsourcing.directory.api.ExportIndustryView;
import com.realsourcing.intel.api.FactorySocialFigures;
import com.realsourcing.intel.api.IntelApi;
import com.realsourcing.intel.domain.IntelPermissions;
import com.realsourcing.intel.domain.IntelReference;
import com.realsourcing.intel.domain.VideoDetails;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the intel pages need besides the seed routes: filter choices, one video with its labels, factory figures. */
@RestController
@RequestMapping("/api/intel")
@Tag(name = "intel")
class IntelController {

    private final IntelReference reference;
    private final VideoDetails videos;
    private final IntelApi intel;

    IntelController(IntelReference reference, VideoDetails videos, IntelApi intel) {
        this.reference = reference;
        this.videos = videos;
        this.intel = intel;
    }

    record IndustryChoice(String code, String nameZh, String nameEn, List<String> hsChapters) {}

    record RegionChoice(String code, String nameZh, String nameEn, List<String> countries) {}

    record ProductChoice(String code, String nameZh, String nameEn, String industry, String hsChapter) {}

    record ReferenceResponse(
            List<IndustryChoice> industries, List<RegionChoice> regions, List<ProductChoice> products) {}

    /** The industries, business regions and product types the search accepts. */
    @GetMapping("/reference")
    @PreAuthorize(IntelPermissions.CAN_READ)
    ReferenceResponse reference() {
        return new ReferenceResponse(
                reference.industries().stream()
                        .map(i -> new IndustryChoice(
                                i.code(),
                                i.nameZh(),
                                i.nameEn(),
                                i.hsChapters().stream()
                                        .map(ExportIndustryView.HsChapterView::chapter)
                                        .toList()))
                        .toList(),
                reference.regions().stream()
                        .map(r -> new RegionChoice(r.code(), r.nameZh(), r.nameEn(), r.countries()))
                        .toList(),
                reference.products().stream()
                        .map(p -> new ProductChoice(p.code(), p.nameZh(), p.nameEn(), p.industry(), p.hsChapter()))
                        .toList());
    }

    /** A video with every label (rule or manual), its confidence and the reasons, and its metric history. */
    @GetMapping("/videos/{id}")
    @PreAuthorize(IntelPermissions.CAN_READ)
    VideoDetails.Details video(@PathVariable UUID id) {
        return videos.find(id);
    }

    /** The TikTok figures of a directory factory (what its factory card shows). */
    @GetMapping("/factories/{factoryId}/figures")
    @PreAuthorize(IntelPermissions.CAN_READ)
    FactorySocialFigures factoryFigures(@PathVariable UUID factoryId) {
        return intel.figuresForFactory(factoryId);
    }
}
