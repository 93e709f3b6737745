package com.realsourcing.directory.web;

import com.realsourcing.directory.api.TagKind;
import com.realsourcing.directory.domain.AttributeGroup;
import com.realsourcing.directory.domain.ExportIndustry;
import com.realsourcing.directory.domain.HsChapter;
import com.realsourcing.directory.domain.Tag;
import com.realsourcing.directory.domain.TaxonomyService;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the taxonomy API. Names always come in both languages. */
final class TaxonomyDtos {

    private TaxonomyDtos() {}

    record TaxonomyResponse(
            List<IndustryResponse> industries,
            List<AttributeGroupResponse> attributeGroups,
            List<ExportIndustryResponse> exportIndustries) {

        static TaxonomyResponse from(TaxonomyService.Taxonomy taxonomy) {
            return new TaxonomyResponse(
                    taxonomy.industries().stream().map(IndustryResponse::from).toList(),
                    taxonomy.attributeGroups().stream()
                            .map(AttributeGroupResponse::from)
                            .toList(),
                    taxonomy.exportIndustries().stream()
                            .map(ExportIndustryResponse::from)
                            .toList());
        }
    }

    /** A tag inside the tree. */
    record TagNode(UUID id, String code, String nameZh, String nameEn, int sortOrder, boolean retired) {
        static TagNode from(Tag tag) {
            return new TagNode(
                    tag.getId(), tag.getCode(), tag.getNameZh(), tag.getNameEn(), tag.getSortOrder(), tag.isRetired());
        }
    }

    /** A level-1 industry; {@code exportIndustries} are codes of seed 000's export industries. */
    record IndustryResponse(
            UUID id,
            String code,
            String nameZh,
            String nameEn,
            int sortOrder,
            boolean retired,
            List<String> exportIndustries,
            List<TagNode> categories) {

        static IndustryResponse from(TaxonomyService.IndustryNode node) {
            Tag i = node.industry();
            return new IndustryResponse(
                    i.getId(),
                    i.getCode(),
                    i.getNameZh(),
                    i.getNameEn(),
                    i.getSortOrder(),
                    i.isRetired(),
                    node.exportIndustries().stream()
                            .map(ExportIndustry::getCode)
                            .toList(),
                    node.categories().stream().map(TagNode::from).toList());
        }
    }

    record AttributeGroupResponse(UUID id, String code, String nameZh, String nameEn, List<TagNode> tags) {
        static AttributeGroupResponse from(TaxonomyService.GroupNode node) {
            AttributeGroup g = node.group();
            return new AttributeGroupResponse(
                    g.getId(),
                    g.getCode(),
                    g.getNameZh(),
                    g.getNameEn(),
                    node.tags().stream().map(TagNode::from).toList());
        }
    }

    /** One of seed 000's export industries with the seed-002 industries mapped to it and its HS chapters. */
    record ExportIndustryResponse(
            UUID id,
            String code,
            String nameZh,
            String nameEn,
            List<TagNode> industries,
            List<HsChapterResponse> hsChapters) {

        static ExportIndustryResponse from(TaxonomyService.ExportIndustryNode node) {
            ExportIndustry e = node.exportIndustry();
            return new ExportIndustryResponse(
                    e.getId(),
                    e.getCode(),
                    e.getNameZh(),
                    e.getNameEn(),
                    node.industries().stream().map(TagNode::from).toList(),
                    node.hsChapters().stream().map(HsChapterResponse::from).toList());
        }
    }

    record HsChapterResponse(String chapter, String section, String nameZh, String nameEn) {
        static HsChapterResponse from(HsChapter h) {
            return new HsChapterResponse(h.getChapter(), h.getSection(), h.getNameZh(), h.getNameEn());
        }
    }

    /** One tag on its own, retired or not. */
    record TagResponse(
            UUID id,
            String code,
            TagKind kind,
            String nameZh,
            String nameEn,
            UUID parentId,
            UUID groupId,
            String groupCode,
            int sortOrder,
            boolean retired,
            Instant retiredAt,
            List<String> exportIndustries) {

        static TagResponse from(Tag tag, AttributeGroup group, List<ExportIndustry> exports) {
            return new TagResponse(
                    tag.getId(),
                    tag.getCode(),
                    tag.getKind(),
                    tag.getNameZh(),
                    tag.getNameEn(),
                    tag.getParentId(),
                    tag.getGroupId(),
                    group == null ? null : group.getCode(),
                    tag.getSortOrder(),
                    tag.isRetired(),
                    tag.getRetiredAt(),
                    exports.stream().map(ExportIndustry::getCode).toList());
        }
    }

    /**
     * A new tag. CATEGORY needs {@code parentId} (an industry), ATTRIBUTE needs {@code groupId}; {@code code} is
     * derived from the English name when left out; {@code exportIndustries} (codes) only for an INDUSTRY.
     */
    record CreateTagRequest(
            @NotNull TagKind kind,
            UUID parentId,
            UUID groupId,
            @NotBlank @Size(max = 50) String nameZh,
            @NotBlank @Size(max = 100) String nameEn,
            @Size(max = 100) String code,
            @Size(max = 7) List<@NotBlank @Size(max = 100) String> exportIndustries) {}

    /** Only the parts given change. */
    record ChangeTagRequest(
            @Size(min = 1, max = 50) String nameZh,
            @Size(min = 1, max = 100) String nameEn,
            @Size(max = 7) List<@NotBlank @Size(max = 100) String> exportIndustries) {}

    /** 0-based position among the tag's siblings (retired ones included); past the end means last. */
    record MoveTagRequest(@NotNull @Min(0) Integer position) {}
}
