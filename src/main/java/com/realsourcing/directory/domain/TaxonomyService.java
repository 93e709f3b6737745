package com.realsourcing.directory.domain;

import com.realsourcing.directory.api.TagKind;
import com.realsourcing.identity.api.AuditRecord;
import com.realsourcing.identity.api.IdentityApi;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.AuthenticatedUser;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tag taxonomy: read as a tree for forms and filters, kept by platform operators. Every change is audited and
 * visible to the next read (nothing is cached). Tags are never deleted; retiring hides a tag from forms while
 * every id ever handed out still resolves.
 */
@Service
public class TaxonomyService {

    static final String AUDIT_TARGET = "DIRECTORY_TAG";
    static final int MAX_NAME_ZH = 50;
    static final int MAX_NAME_EN = 100;
    private static final Comparator<Tag> BY_POSITION =
            Comparator.comparingInt(Tag::getSortOrder).thenComparing(Tag::getId);

    private final TagRepository tags;
    private final AttributeGroupRepository groups;
    private final ExportIndustryRepository exportIndustries;
    private final HsChapterRepository hsChapters;
    private final JdbcClient jdbc;
    private final IdentityApi identity;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    /** Within the module: a tag's names or export industries changed, so factories carrying it re-index. */
    record TagRenamed(UUID tagId) {}

    TaxonomyService(
            TagRepository tags,
            AttributeGroupRepository groups,
            ExportIndustryRepository exportIndustries,
            HsChapterRepository hsChapters,
            JdbcClient jdbc,
            IdentityApi identity,
            org.springframework.context.ApplicationEventPublisher events,
            Clock clock) {
        this.tags = tags;
        this.groups = groups;
        this.exportIndustries = exportIndustries;
        this.hsChapters = hsChapters;
        this.jdbc = jdbc;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    /** The whole taxonomy as forms and filters need it. */
    public record Taxonomy(
            List<IndustryNode> industries,
            List<GroupNode> attributeGroups,
            List<ExportIndustryNode> exportIndustries) {}

    /** A level-1 industry with its categories and the export industries its goods fall under. */
    public record IndustryNode(Tag industry, List<ExportIndustry> exportIndustries, List<Tag> categories) {}

    /** An attribute group with its tags. */
    public record GroupNode(AttributeGroup group, List<Tag> tags) {}

    /** An export industry with the seed-002 industries mapped to it and its HS chapters. */
    public record ExportIndustryNode(ExportIndustry exportIndustry, List<Tag> industries, List<HsChapter> hsChapters) {}

    /** What an operator adds; {@code code} is derived from the English name when left out. */
    public record NewTag(
            TagKind kind,
            UUID parentId,
            UUID groupId,
            String nameZh,
            String nameEn,
            String code,
            List<String> exportIndustries) {}

    /** A change of names and (industries only) export industries; null leaves a part as it is. */
    public record TagChanges(String nameZh, String nameEn, List<String> exportIndustries) {}

    @Transactional(readOnly = true)
    public Taxonomy taxonomy(boolean includeRetired) {
        List<Tag> all = tags.findAllOrdered().stream()
                .filter(t -> includeRetired || !t.isRetired())
                .toList();
        List<ExportIndustry> exports = exportIndustries.findAllOrdered();
        Map<UUID, ExportIndustry> exportsById = byId(exports, ExportIndustry::getId);
        Map<UUID, List<UUID>> exportsOfIndustry = exportLinks();

        List<Tag> industries =
                all.stream().filter(t -> t.getKind() == TagKind.INDUSTRY).toList();
        Set<UUID> shownIndustries = industries.stream().map(Tag::getId).collect(Collectors.toSet());
        Map<UUID, List<Tag>> categoriesByParent = all.stream()
                .filter(t -> t.getKind() == TagKind.CATEGORY)
                .collect(Collectors.groupingBy(Tag::getParentId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, List<Tag>> attributesByGroup = all.stream()
                .filter(t -> t.getKind() == TagKind.ATTRIBUTE)
                .collect(Collectors.groupingBy(Tag::getGroupId, LinkedHashMap::new, Collectors.toList()));

        List<IndustryNode> industryNodes = industries.stream()
                .map(i -> new IndustryNode(
                        i,
                        exportsOfIndustry.getOrDefault(i.getId(), List.of()).stream()
                                .map(exportsById::get)
                                .sorted(Comparator.comparingInt(ExportIndustry::getSortOrder))
                                .toList(),
                        categoriesByParent.getOrDefault(i.getId(), List.of())))
                .toList();
        List<GroupNode> groupNodes = groups.findAllOrdered().stream()
                .map(g -> new GroupNode(g, attributesByGroup.getOrDefault(g.getId(), List.of())))
                .toList();
        Map<UUID, List<HsChapter>> chaptersByExport = hsChapters.findAllOrdered().stream()
                .collect(
                        Collectors.groupingBy(HsChapter::getExportIndustryId, LinkedHashMap::new, Collectors.toList()));
        List<ExportIndustryNode> exportNodes = exports.stream()
                .map(e -> new ExportIndustryNode(
                        e,
                        industries.stream()
                                .filter(i -> shownIndustries.contains(i.getId()))
                                .filter(i -> exportsOfIndustry
                                        .getOrDefault(i.getId(), List.of())
                                        .contains(e.getId()))
                                .toList(),
                        chaptersByExport.getOrDefault(e.getId(), List.of())))
                .toList();
        return new Taxonomy(industryNodes, groupNodes, exportNodes);
    }

    @Transactional(readOnly = true)
    /**
     * Tags for display (search results, cards, facet labels): served from an in-memory copy of the whole taxonomy
     * (a few hundred rows), reloaded after a change on this instance and at least every 10 seconds, so other
     * instances see a rename within that time. Validation reads the database ({@link #findAll}).
     */
    public List<Tag> forDisplay(java.util.Collection<UUID> ids) {
        Map<UUID, Tag> all = snapshot();
        List<Tag> found = new ArrayList<>();
        for (UUID id : new java.util.LinkedHashSet<>(ids)) {
            Tag tag = all.get(id);
            if (tag != null) {
                found.add(tag);
            }
        }
        return found;
    }

    private record Snapshot(Map<UUID, Tag> byId, Map<String, UUID> idsByCode, long loadedAt) {}

    private volatile Snapshot snapshot;

    private Map<UUID, Tag> snapshot() {
        return currentSnapshot().byId();
    }

    private Snapshot currentSnapshot() {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - current.loadedAt() > 10_000_000_000L) {
            Map<UUID, Tag> byId = new java.util.HashMap<>();
            Map<String, UUID> byCode = new java.util.HashMap<>();
            for (Tag tag : tags.findAllOrdered()) {
                byId.put(tag.getId(), tag);
                byCode.put(tag.getCode(), tag.getId());
            }
            current = new Snapshot(Map.copyOf(byId), Map.copyOf(byCode), System.nanoTime());
            snapshot = current;
        }
        return current;
    }

    private void invalidateSnapshot() {
        snapshot = null;
    }

    public Optional<Tag> find(UUID id) {
        return tags.findById(id);
    }

    @Transactional(readOnly = true)
    public List<Tag> findAll(java.util.Collection<UUID> ids) {
        return tags.findAllById(ids).stream()
                .sorted(Comparator.comparing(Tag::getKind).thenComparing(BY_POSITION))
                .toList();
    }

    /**
     * Tag ids for filter values that are ids or codes ({@code industry=daily-goods} and {@code industry=<uuid>}
     * both work); values that match nothing are kept as given, so they match nothing in search either.
     */
    public List<String> resolveKeys(List<String> idsOrCodes) {
        List<String> codes = idsOrCodes.stream().filter(v -> !looksLikeUuid(v)).toList();
        Map<String, String> byCode = new java.util.HashMap<>();
        if (!codes.isEmpty()) {
            tags.findByCodeIn(codes)
                    .forEach(t -> byCode.put(t.getCode(), t.getId().toString()));
        }
        return idsOrCodes.stream()
                .map(v -> byCode.getOrDefault(v, v))
                .distinct()
                .toList();
    }

    /**
     * Industry filter values: tag ids and industry codes as {@link #resolveKeys}, and also seed 000's export-industry
     * codes ({@code industry=textiles-apparel}, as the market-intelligence pages link here), which stand for every
     * level-1 industry mapped to that export industry (retired ones too: listings may still hold them). An export
     * industry no industry maps to matches nothing.
     */
    @Transactional(readOnly = true)
    public List<String> resolveIndustryKeys(List<String> idsOrCodes) {
        List<String> resolved = resolveKeys(idsOrCodes);
        List<String> unresolved = new ArrayList<>();
        for (int i = 0; i < idsOrCodes.size(); i++) {
            String given = idsOrCodes.get(i);
            if (!looksLikeUuid(given) && resolved.contains(given)) {
                unresolved.add(given);
            }
        }
        if (unresolved.isEmpty()) {
            return resolved;
        }
        Map<UUID, String> exportCodes = exportIndustries.findByCodeIn(unresolved).stream()
                .collect(Collectors.toMap(ExportIndustry::getId, ExportIndustry::getCode));
        if (exportCodes.isEmpty()) {
            return resolved;
        }
        Map<String, List<String>> industriesByExport = new LinkedHashMap<>();
        exportLinks().forEach((industry, exports) -> exports.stream()
                .map(exportCodes::get)
                .filter(java.util.Objects::nonNull)
                .forEach(code -> industriesByExport
                        .computeIfAbsent(code, k -> new ArrayList<>())
                        .add(industry.toString())));
        List<String> out = new ArrayList<>();
        for (String key : resolved) {
            if (exportCodes.containsValue(key)) {
                out.addAll(industriesByExport.getOrDefault(key, List.of(key)));
            } else {
                out.add(key);
            }
        }
        return out.stream().distinct().toList();
    }

    private static boolean looksLikeUuid(String value) {
        return value.length() == 36 && value.charAt(8) == '-';
    }

    @Transactional(readOnly = true)
    public Optional<AttributeGroup> group(UUID id) {
        return id == null ? Optional.empty() : groups.findById(id);
    }

    @Transactional(readOnly = true)
    public List<ExportIndustry> exportIndustriesOf(UUID industryId) {
        List<UUID> ids = exportLinks().getOrDefault(industryId, List.of());
        return exportIndustries.findAllById(ids).stream()
                .sorted(Comparator.comparingInt(ExportIndustry::getSortOrder))
                .toList();
    }

    @Transactional
    public Tag add(AuthenticatedUser actor, NewTag request) {
        invalidateSnapshot();
        Objects.requireNonNull(request.kind(), "kind");
        String nameZh = requireName("nameZh", request.nameZh(), MAX_NAME_ZH);
        String nameEn = requireName("nameEn", request.nameEn(), MAX_NAME_EN);
        String prefix = "";
        UUID parentId = null;
        UUID groupId = null;
        switch (request.kind()) {
            case INDUSTRY -> {
                if (request.parentId() != null) {
                    throw DomainException.invalidField("parentId", DirectoryError.TAG_PARENT_INVALID);
                }
                if (request.groupId() != null) {
                    throw DomainException.invalidField("groupId", DirectoryError.TAG_GROUP_INVALID);
                }
            }
            case CATEGORY -> {
                Tag parent = Optional.ofNullable(request.parentId())
                        .flatMap(tags::findById)
                        .filter(p -> p.getKind() == TagKind.INDUSTRY)
                        .orElseThrow(() -> DomainException.invalidField("parentId", DirectoryError.TAG_PARENT_INVALID));
                if (request.groupId() != null) {
                    throw DomainException.invalidField("groupId", DirectoryError.TAG_GROUP_INVALID);
                }
                parentId = parent.getId();
                prefix = parent.getCode() + ".";
            }
            case ATTRIBUTE -> {
                AttributeGroup group = group(request.groupId())
                        .orElseThrow(() -> DomainException.invalidField("groupId", DirectoryError.TAG_GROUP_INVALID));
                if (request.parentId() != null) {
                    throw DomainException.invalidField("parentId", DirectoryError.TAG_PARENT_INVALID);
                }
                groupId = group.getId();
                prefix = group.getCode() + ".";
            }
        }
        if (request.exportIndustries() != null
                && !request.exportIndustries().isEmpty()
                && request.kind() != TagKind.INDUSTRY) {
            throw DomainException.invalidField("exportIndustries", DirectoryError.EXPORT_INDUSTRIES_NOT_ALLOWED);
        }
        List<ExportIndustry> exports = resolveExportIndustries(request.exportIndustries());

        List<Tag> siblings = lockSiblings(request.kind(), parentId, groupId);
        requireFreeName(siblings, nameZh, null);
        String code = chooseCode(prefix, request.code(), nameEn);
        int position = siblings.stream().mapToInt(Tag::getSortOrder).max().orElse(-1) + 1;
        Tag tag = new Tag(
                Ids.newId(), code, request.kind(), parentId, groupId, nameZh, nameEn, position, clock.instant());
        saveChecked(tag);
        linkExportIndustries(tag, exports);

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", code);
        details.put("kind", tag.getKind().name());
        details.put("nameZh", nameZh);
        details.put("nameEn", nameEn);
        if (parentId != null) {
            details.put("parentId", parentId.toString());
        }
        if (groupId != null) {
            details.put("groupId", groupId.toString());
        }
        if (!exports.isEmpty()) {
            details.put(
                    "exportIndustries",
                    exports.stream().map(ExportIndustry::getCode).toList());
        }
        audit(actor, "directory.tag.created", tag, details);
        return tag;
    }

    @Transactional
    public Tag change(AuthenticatedUser actor, UUID id, TagChanges changes) {
        invalidateSnapshot();
        Tag tag = tags.findForUpdate(id).orElseThrow(DirectoryError::tagNotFound);
        String nameZh =
                changes.nameZh() == null ? tag.getNameZh() : requireName("nameZh", changes.nameZh(), MAX_NAME_ZH);
        String nameEn =
                changes.nameEn() == null ? tag.getNameEn() : requireName("nameEn", changes.nameEn(), MAX_NAME_EN);
        Map<String, Object> details = new LinkedHashMap<>();
        if (!nameZh.equals(tag.getNameZh())) {
            requireFreeName(siblingsOf(tag), nameZh, tag.getId());
            details.put("nameZh", Map.of("from", tag.getNameZh(), "to", nameZh));
        }
        if (!nameEn.equals(tag.getNameEn())) {
            details.put("nameEn", Map.of("from", tag.getNameEn(), "to", nameEn));
        }
        if (changes.exportIndustries() != null) {
            if (tag.getKind() != TagKind.INDUSTRY) {
                throw DomainException.invalidField("exportIndustries", DirectoryError.EXPORT_INDUSTRIES_NOT_ALLOWED);
            }
            List<ExportIndustry> exports = resolveExportIndustries(changes.exportIndustries());
            List<String> before = exportIndustriesOf(tag.getId()).stream()
                    .map(ExportIndustry::getCode)
                    .toList();
            List<String> after = exports.stream().map(ExportIndustry::getCode).toList();
            if (!Set.copyOf(before).equals(Set.copyOf(after))) {
                jdbc.sql("delete from directory.industry_export_industries where industry_id = ?")
                        .param(tag.getId())
                        .update();
                linkExportIndustries(tag, exports);
                details.put("exportIndustries", Map.of("from", before, "to", after));
            }
        }
        if (details.isEmpty()) {
            return tag;
        }
        tag.rename(nameZh, nameEn, clock.instant());
        saveChecked(tag);
        details.put("code", tag.getCode());
        audit(actor, "directory.tag.changed", tag, details);
        events.publishEvent(new TagRenamed(tag.getId()));
        return tag;
    }

    /** Moves a tag to {@code position} (0-based, clamped) among its siblings, retired ones included. */
    @Transactional
    public Tag move(AuthenticatedUser actor, UUID id, int position) {
        invalidateSnapshot();
        Tag tag = tags.findById(id).orElseThrow(DirectoryError::tagNotFound);
        List<Tag> siblings = new ArrayList<>(lockSiblings(tag.getKind(), tag.getParentId(), tag.getGroupId()));
        siblings.sort(BY_POSITION);
        int from = siblings.indexOf(tag);
        Tag locked = siblings.get(from);
        int to = Math.max(0, Math.min(position, siblings.size() - 1));
        siblings.remove(from);
        siblings.add(to, locked);
        Instant now = clock.instant();
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).placeAt(i, now);
        }
        if (from != to) {
            audit(actor, "directory.tag.moved", locked, Map.of("code", locked.getCode(), "from", from, "to", to));
        }
        return locked;
    }

    @Transactional
    public Tag retire(AuthenticatedUser actor, UUID id) {
        invalidateSnapshot();
        Tag tag = tags.findForUpdate(id).orElseThrow(DirectoryError::tagNotFound);
        if (tag.retire(clock.instant())) {
            audit(actor, "directory.tag.retired", tag, Map.of("code", tag.getCode()));
        }
        return tag;
    }

    @Transactional
    public Tag restore(AuthenticatedUser actor, UUID id) {
        invalidateSnapshot();
        Tag tag = tags.findForUpdate(id).orElseThrow(DirectoryError::tagNotFound);
        if (tag.restore(clock.instant())) {
            audit(actor, "directory.tag.restored", tag, Map.of("code", tag.getCode()));
        }
        return tag;
    }

    private List<Tag> lockSiblings(TagKind kind, UUID parentId, UUID groupId) {
        return switch (kind) {
            case INDUSTRY -> tags.lockTopLevel(TagKind.INDUSTRY);
            case CATEGORY -> tags.lockChildren(parentId);
            case ATTRIBUTE -> tags.lockGroupMembers(groupId);
        };
    }

    private List<Tag> siblingsOf(Tag tag) {
        return tags.findAllOrdered().stream().filter(tag::isSiblingOf).toList();
    }

    private static void requireFreeName(List<Tag> siblings, String nameZh, UUID self) {
        String wanted = nameZh.toLowerCase(Locale.ROOT);
        siblings.stream()
                .filter(s -> !s.getId().equals(self))
                .filter(s -> s.getNameZh().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst()
                .ifPresent(existing -> {
                    throw DirectoryError.nameTaken(existing);
                });
    }

    private static String requireName(String field, String name, int max) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > max) {
            throw DomainException.invalidField(field, DirectoryError.TAG_NAME_REQUIRED, max);
        }
        return stripped;
    }

    private String chooseCode(String prefix, String requested, String nameEn) {
        if (requested != null && !requested.isBlank()) {
            String code = requested.strip().toLowerCase(Locale.ROOT);
            String slug = code.startsWith(prefix) ? code.substring(prefix.length()) : "";
            if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || code.length() > 100) {
                throw DomainException.invalidField("code", DirectoryError.TAG_CODE_INVALID, prefix + "my-tag");
            }
            if (tags.existsByCode(code)) {
                throw DirectoryError.codeTaken(code);
            }
            return code;
        }
        String slug = slug(nameEn);
        String base = prefix + (slug.isEmpty() ? "tag" : slug);
        String code = base;
        for (int n = 2; tags.existsByCode(code); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    /** "Vacuum flasks & tumblers" → vacuum-flasks-tumblers; "Home décor" → home-decor. */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug;
    }

    private List<ExportIndustry> resolveExportIndustries(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        Set<String> wanted = new LinkedHashSet<>(codes);
        List<ExportIndustry> found = exportIndustries.findByCodeIn(wanted);
        if (found.size() != wanted.size()) {
            Set<String> known = found.stream().map(ExportIndustry::getCode).collect(Collectors.toSet());
            String unknown =
                    wanted.stream().filter(c -> !known.contains(c)).findFirst().orElse("");
            throw DomainException.invalidField("exportIndustries", DirectoryError.EXPORT_INDUSTRY_UNKNOWN, unknown);
        }
        return found.stream()
                .sorted(Comparator.comparingInt(ExportIndustry::getSortOrder))
                .toList();
    }

    private void linkExportIndustries(Tag industry, List<ExportIndustry> exports) {
        for (ExportIndustry export : exports) {
            jdbc.sql("insert into directory.industry_export_industries (industry_id, export_industry_id) values (?, ?)")
                    .params(industry.getId(), export.getId())
                    .update();
        }
    }

    private Map<UUID, List<UUID>> exportLinks() {
        Map<UUID, List<UUID>> links = new LinkedHashMap<>();
        jdbc.sql("select industry_id, export_industry_id from directory.industry_export_industries")
                .query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list()
                .forEach(e -> links.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return links;
    }

    /** Saves now, so a name taken by a concurrent add (the unique index) is a 409 rather than a failed commit. */
    private void saveChecked(Tag tag) {
        invalidateSnapshot();
        try {
            tags.saveAndFlush(tag);
        } catch (DataIntegrityViolationException e) {
            String message = String.valueOf(e.getMostSpecificCause().getMessage());
            if (message.contains("tags_code_key")) {
                throw DirectoryError.codeTaken(tag.getCode());
            }
            throw DomainException.conflict(DirectoryError.TAG_NAME_TAKEN, tag.getNameZh());
        }
    }

    private void audit(AuthenticatedUser actor, String action, Tag tag, Map<String, Object> details) {
        identity.audit(
                new AuditRecord(actor.userId(), action, AUDIT_TARGET, tag.getId(), tag.getNameZh(), null, details));
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
