package com.realsourcing.board.domain;

import com.realsourcing.directory.api.DirectoryApi;
import com.realsourcing.directory.api.PlaceView;
import com.realsourcing.directory.api.TagKind;
import com.realsourcing.directory.api.TagView;
import com.realsourcing.files.api.FilesApi;
import com.realsourcing.files.api.StoredFile;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.DomainException.FieldError;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what an author wrote into a posting's content, checking what Jakarta validation cannot: the details match
 * the kind, the place exists, tags and terms are current, dates lie ahead, ranges are ordered, files belong to the
 * author's organisation and have the right type. All problems are reported together as field errors.
 */
@Component
class PostingRules {

    private static final Set<String> MEDIA_TYPES_PREFIXES = Set.of("image/", "video/");

    private final DirectoryApi directory;
    private final FilesApi files;
    private final TermService terms;
    private final BoardProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    PostingRules(
            DirectoryApi directory,
            FilesApi files,
            TermService terms,
            BoardProperties properties,
            JsonMapper json,
            Clock clock) {
        this.directory = directory;
        this.files = files;
        this.terms = terms;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The content resolved for {@code kind}, or a 400 listing every field error. {@code current} is the posting's
     * content before this edit (null for a new posting): a retired tag or term it already had stays acceptable.
     */
    PostingSnapshot resolve(PostingKind kind, UUID organizationId, PostingContent content, PostingSnapshot current) {
        List<FieldError> errors = new ArrayList<>();
        String detailsField = PostingContent.detailsField(kind);
        PostingDetails details = content.details();
        if (details == null) {
            throw invalid(List.of(new FieldError(detailsField, BoardError.DETAILS_REQUIRED, kind.name())));
        }
        if (!kind.detailsType().isInstance(details)) {
            throw invalid(List.of(new FieldError(detailsField, BoardError.DETAILS_MISMATCH, kind.name())));
        }
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));

        // place
        boolean cityNeeded =
                kind == PostingKind.INVENTORY || kind == PostingKind.JOB || kind == PostingKind.OEM_SERVICE;
        if (cityNeeded && content.cityCode() == null) {
            errors.add(new FieldError("cityCode", BoardError.CITY_REQUIRED));
        }
        PlaceView place = directory
                .findPlace(content.provinceCode(), content.cityCode(), content.countyCode())
                .orElse(null);
        if (place == null) {
            errors.add(new FieldError("provinceCode", BoardError.PLACE_INVALID));
        }

        // category
        TagView category = null;
        boolean categoryNeeded = kind == PostingKind.PROCUREMENT || kind == PostingKind.INVENTORY;
        if (content.categoryTagId() == null) {
            if (categoryNeeded) {
                errors.add(new FieldError("categoryTagId", BoardError.CATEGORY_REQUIRED));
            }
        } else {
            category = directory.findTag(content.categoryTagId()).orElse(null);
            boolean kept = current != null && content.categoryTagId().equals(current.categoryTagId());
            if (category == null || category.kind() != TagKind.CATEGORY || (category.retired() && !kept)) {
                errors.add(new FieldError("categoryTagId", BoardError.CATEGORY_INVALID));
                category = null;
            }
        }

        // managed terms
        List<Term> named = new ArrayList<>();
        Term.Kind termKind = kind == PostingKind.JOB ? Term.Kind.JOB_TYPE : Term.Kind.PROCESS;
        String termField = detailsField + (kind == PostingKind.JOB ? ".jobTypeId" : ".processIds");
        Map<UUID, Term> found = terms.byIds(details.termIds());
        for (UUID id : new LinkedHashSet<>(details.termIds())) {
            Term term = found.get(id);
            boolean kept = current != null && current.termIds().contains(id);
            if (term == null || term.getKind() != termKind || (term.isRetired() && !kept)) {
                errors.add(new FieldError(termField, BoardError.TERM_INVALID));
            } else {
                named.add(term);
            }
        }

        // kind-specific rules
        if (details instanceof ProcurementDetails p) {
            if (!p.deliveryDate().isAfter(today)) {
                errors.add(new FieldError(detailsField + ".deliveryDate", BoardError.DATE_NOT_FUTURE));
            }
            checkRange(p.targetPrice(), detailsField + ".targetPrice", errors);
            if (p.destinationCountry() != null
                    && directory.countries().stream().noneMatch(c -> c.alpha2().equals(p.destinationCountry()))) {
                errors.add(new FieldError(detailsField + ".destinationCountry", BoardError.COUNTRY_INVALID));
            }
            if (p.quoteSeats() != null && p.quoteSeats() > properties.maxQuoteSeats()) {
                errors.add(new FieldError(
                        detailsField + ".quoteSeats", BoardError.QUOTE_SEATS_RANGE, properties.maxQuoteSeats()));
            }
        } else if (details instanceof InventoryDetails i) {
            checkRange(i.unitPrice(), detailsField + ".unitPrice", errors);
            if (i.clearanceDeadline() != null && i.clearanceDeadline().isBefore(today)) {
                errors.add(new FieldError(detailsField + ".clearanceDeadline", BoardError.DATE_NOT_FUTURE));
            }
        } else if (details instanceof JobDetails j) {
            checkRange(j.wage(), detailsField + ".wage", errors);
            if (j.startDate().isBefore(today)) {
                errors.add(new FieldError(detailsField + ".startDate", BoardError.DATE_NOT_FUTURE));
            }
            if (j.endDate() != null && j.endDate().isBefore(j.startDate())) {
                errors.add(new FieldError(detailsField + ".endDate", BoardError.DATE_ORDER));
            }
        } else if (details instanceof OemDemandDetails d) {
            checkRange(d.budget(), detailsField + ".budget", errors);
        } else if (details instanceof OemServiceDetails s && s.dailyCapacity() == null && s.monthlyCapacity() == null) {
            errors.add(new FieldError(detailsField + ".monthlyCapacity", BoardError.CAPACITY_REQUIRED));
        }

        // validity
        LocalDate lastDay = content.validUntil() != null
                ? content.validUntil()
                : today.plusDays(properties.defaultValidity().toDays());
        if (!lastDay.isAfter(today)
                || lastDay.isAfter(today.plusDays(properties.maxValidity().toDays()))) {
            errors.add(new FieldError(
                    "validUntil",
                    BoardError.VALID_UNTIL_RANGE,
                    properties.maxValidity().toDays()));
        }

        // files
        checkFiles(content.mediaFileIds(), "mediaFileIds", organizationId, true, errors);
        checkFiles(
                details.fileIds(),
                detailsField + "." + (kind == PostingKind.OEM_DEMAND ? "drawingFileIds" : "sampleImageIds"),
                organizationId,
                kind != PostingKind.OEM_DEMAND,
                errors);

        if (!errors.isEmpty()) {
            throw invalid(errors);
        }

        int seats = details instanceof ProcurementDetails p
                ? (p.quoteSeats() == null ? properties.defaultQuoteSeats() : p.quoteSeats())
                : 0;
        String title = content.title().isBlank() ? derivedTitle(details, named) : content.title();
        List<UUID> fileIds = new ArrayList<>(content.mediaFileIds());
        details.fileIds().stream().filter(id -> !fileIds.contains(id)).forEach(fileIds::add);
        return new PostingSnapshot(
                title,
                content.description(),
                content.provinceCode(),
                place.cityCode(),
                place.countyCode(),
                content.addressLine(),
                place.lat(),
                place.lng(),
                content.categoryTagId(),
                details.sortQuantity(),
                details.quantityUnit(),
                details instanceof JobDetails j ? j.headcount() : null,
                json.writeValueAsString(details),
                content.mediaFileIds(),
                fileIds,
                details.termIds(),
                details.attributes(),
                searchText(title, content.description(), details, category, named),
                lastDay.plusDays(1).atStartOfDay(properties.zone()).toInstant(),
                seats);
    }

    /** The details stored on a posting, read back as their kind's record. */
    PostingDetails details(PostingKind kind, String detailsJson) {
        return json.readValue(detailsJson, kind.detailsType());
    }

    /** The content an author would edit: the stored snapshot with its details in the kind's slot. */
    PostingContent content(PostingKind kind, PostingSnapshot snapshot) {
        LocalDate lastDay =
                snapshot.validUntil().atZone(properties.zone()).toLocalDate().minusDays(1);
        PostingContent common = new PostingContent(
                snapshot.title(),
                snapshot.description(),
                snapshot.provinceCode(),
                snapshot.cityCode(),
                snapshot.countyCode(),
                snapshot.addressLine(),
                snapshot.categoryTagId(),
                lastDay,
                snapshot.mediaFileIds(),
                null,
                null,
                null,
                null,
                null);
        return PostingContent.of(common, details(kind, snapshot.detailsJson()));
    }

    private void checkRange(PriceRange range, String field, List<FieldError> errors) {
        if (range == null) {
            return;
        }
        if (range.min() == null && range.max() == null) {
            errors.add(new FieldError(field + ".min", BoardError.PRICE_RANGE));
        } else if (range.min() != null && range.max() != null && range.min().compareTo(range.max()) > 0) {
            errors.add(new FieldError(field + ".max", BoardError.PRICE_RANGE));
        }
        try {
            Currency.getInstance(range.currency());
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(new FieldError(field + ".currency", BoardError.CURRENCY_INVALID, range.currency()));
        }
    }

    private void checkFiles(
            List<UUID> ids, String field, UUID organizationId, boolean picturesOnly, List<FieldError> errors) {
        for (UUID id : ids) {
            StoredFile file = files.findOwnedBy(id, organizationId).orElse(null);
            boolean typeOk = file != null
                    && (picturesOnly
                            ? MEDIA_TYPES_PREFIXES.stream().anyMatch(file.contentType()::startsWith)
                            : file.contentType().startsWith("image/")
                                    || file.contentType().equals("application/pdf"));
            if (!typeOk) {
                errors.add(new FieldError(field, BoardError.FILE_INVALID, id.toString()));
                return;
            }
        }
    }

    /** 求购 保温杯 30000 个 / 库存 保温杯 5000 个 / 招聘 缝纫工 20 人 / 代加工需求 注塑 10000 件 / 代加工服务 注塑、冲压. */
    static String derivedTitle(PostingDetails details, List<Term> terms) {
        String names = String.join("、", terms.stream().map(Term::getNameZh).toList());
        String title;
        if (details instanceof ProcurementDetails p) {
            title = "求购 " + p.productName() + " " + plain(p.quantity()) + " " + p.unit();
        } else if (details instanceof InventoryDetails i) {
            title = "库存 " + i.productName() + " " + plain(i.quantity()) + " " + i.unit();
        } else if (details instanceof JobDetails j) {
            title = "招聘 " + names + " " + j.headcount() + " 人";
        } else if (details instanceof OemDemandDetails d) {
            title = "代加工需求 " + names + " " + plain(d.quantity()) + " " + d.unit();
        } else {
            title = "代加工服务 " + names;
        }
        return title.length() > 100 ? title.substring(0, 100) : title;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String searchText(
            String title, String description, PostingDetails details, TagView category, List<Term> terms) {
        List<String> parts = new ArrayList<>();
        parts.add(title);
        parts.add(description);
        if (details instanceof ProcurementDetails p) {
            parts.add(p.productName());
        }
        if (details instanceof InventoryDetails i) {
            parts.add(i.productName());
        }
        if (category != null) {
            parts.add(category.nameZh());
            parts.add(category.nameEn());
        }
        terms.forEach(t -> {
            parts.add(t.getNameZh());
            parts.add(t.getNameEn());
        });
        parts.addAll(details.searchTexts());
        String text = String.join(
                " ", parts.stream().filter(s -> s != null && !s.isBlank()).toList());
        return text.length() > 8000 ? text.substring(0, 8000) : text;
    }

    private static DomainException invalid(List<FieldError> errors) {
        return new DomainException(HttpStatus.BAD_REQUEST, "shared.validation-failed", errors);
    }
}
