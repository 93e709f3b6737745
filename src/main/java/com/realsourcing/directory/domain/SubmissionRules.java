package com.realsourcing.directory.domain;

import com.realsourcing.directory.api.TagKind;
import com.realsourcing.files.api.FilesApi;
import com.realsourcing.files.api.StoredFile;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.DomainException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Checks a licence submission before anything is written, and reports every broken rule at once as field errors
 * (a factory filling a long form wants to see all its mistakes together): the credit code per GB 32100-2015, the
 * address against the shipped division list (the 市辖区 pseudo-cities are not choosable), the licence file, the
 * tags against the live taxonomy, and a way to reach the contact.
 */
@Component
class SubmissionRules {

    static final long LICENCE_MAX_BYTES = 10L * 1024 * 1024;

    private final Regions regions;
    private final TaxonomyService taxonomy;
    private final FilesApi files;

    SubmissionRules(Regions regions, TaxonomyService taxonomy, FilesApi files) {
        this.regions = regions;
        this.taxonomy = taxonomy;
        this.files = files;
    }

    /**
     * A factory's values: one industry, at least one of its categories, any attributes. Tags the factory already
     * holds stay acceptable after an operator retired them (retiring never breaks a profile).
     */
    VerifiedValues factory(UUID organizationId, LicenceSubmission s, java.util.Set<UUID> alreadyHeld) {
        List<FieldError> errors = new ArrayList<>();
        VerifiedValues values = common(organizationId, s, errors);
        checkTags(s, alreadyHeld, errors);
        throwIfAny(errors);
        return values;
    }

    /** A trader's, brand's or creator's company: the licence without industry and tags. */
    VerifiedValues company(UUID organizationId, LicenceSubmission s) {
        List<FieldError> errors = new ArrayList<>();
        VerifiedValues values = common(organizationId, s, errors);
        if (s.industryTagId() != null
                || !s.categoryTagIds().isEmpty()
                || !s.attributeTagIds().isEmpty()) {
            errors.add(new FieldError("industryTagId", DirectoryError.TAGS_NOT_ALLOWED));
        }
        throwIfAny(errors);
        return values;
    }

    private VerifiedValues common(UUID organizationId, LicenceSubmission s, List<FieldError> errors) {
        String creditCode = null;
        try {
            creditCode = CreditCode.parse(s.creditCode() == null ? "" : s.creditCode(), regions, "creditCode")
                    .value();
        } catch (DomainException e) {
            errors.addAll(e.fieldErrors());
        }
        checkAddress(s, errors);
        checkLicence(organizationId, s.licenceFileId(), errors);
        String mobile = blankToNull(s.contactMobile());
        String email = blankToNull(s.contactEmail());
        if (blankToNull(s.contactName()) == null || (mobile == null && email == null)) {
            errors.add(new FieldError("contactName", DirectoryError.CONTACT_REQUIRED));
        }
        return new VerifiedValues(
                s.companyName().strip(),
                creditCode,
                s.legalRepresentative().strip(),
                s.provinceCode(),
                regions.province(s.provinceCode())
                                .map(Regions.Province::municipality)
                                .orElse(false)
                        ? null
                        : s.cityCode(),
                blankToNull(s.countyCode()),
                s.addressLine().strip(),
                s.licenceFileId(),
                s.industryTagId(),
                s.categoryTagIds(),
                s.attributeTagIds(),
                s.contactName() == null ? null : s.contactName().strip(),
                mobile,
                email == null ? null : email.toLowerCase(Locale.ROOT));
    }

    private void checkAddress(LicenceSubmission s, List<FieldError> errors) {
        Optional<Regions.Province> province = regions.province(s.provinceCode());
        if (province.isEmpty()) {
            errors.add(new FieldError("provinceCode", DirectoryError.ADDRESS_INVALID));
            return;
        }
        String countyParent;
        if (province.get().municipality()) {
            countyParent = province.get().code();
        } else {
            Optional<Regions.City> city = regions.city(s.cityCode())
                    .filter(c -> c.provinceCode().equals(province.get().code()))
                    .filter(c -> !regions.isHiddenCity(c.code()));
            if (city.isEmpty()) {
                errors.add(new FieldError("cityCode", DirectoryError.ADDRESS_INVALID));
                return;
            }
            countyParent = city.get().code();
        }
        String county = blankToNull(s.countyCode());
        List<Regions.County> counties = regions.counties(countyParent).orElse(List.of());
        boolean countyKnown =
                county != null && counties.stream().anyMatch(c -> c.code().equals(county));
        if ((county != null && !countyKnown) || (county == null && !counties.isEmpty())) {
            errors.add(new FieldError("countyCode", DirectoryError.ADDRESS_INVALID));
        }
    }

    private void checkLicence(UUID organizationId, UUID fileId, List<FieldError> errors) {
        Optional<StoredFile> file = fileId == null ? Optional.empty() : files.findOwnedBy(fileId, organizationId);
        if (file.isEmpty()) {
            errors.add(new FieldError("licenceFileId", DirectoryError.LICENCE_NOT_FOUND));
            return;
        }
        String type = file.get().contentType();
        if (!type.startsWith("image/") && !type.equals("application/pdf")) {
            errors.add(new FieldError("licenceFileId", DirectoryError.LICENCE_TYPE, type));
        } else if (file.get().size() > LICENCE_MAX_BYTES) {
            errors.add(new FieldError(
                    "licenceFileId",
                    DirectoryError.LICENCE_TOO_LARGE,
                    LICENCE_MAX_BYTES / (1024 * 1024),
                    String.format(Locale.ROOT, "%.1f", file.get().size() / (1024.0 * 1024))));
        }
    }

    private void checkTags(LicenceSubmission s, java.util.Set<UUID> held, List<FieldError> errors) {
        Optional<Tag> industry = Optional.ofNullable(s.industryTagId())
                .flatMap(taxonomy::find)
                .filter(t -> t.getKind() == TagKind.INDUSTRY && (!t.isRetired() || held.contains(t.getId())));
        if (industry.isEmpty()) {
            errors.add(new FieldError("industryTagId", DirectoryError.INDUSTRY_INVALID));
        }
        if (s.categoryTagIds().isEmpty()) {
            errors.add(new FieldError("categoryTagIds", DirectoryError.CATEGORY_REQUIRED));
        }
        Map<UUID, Tag> found = new java.util.HashMap<>();
        taxonomy.findAll(concat(s.categoryTagIds(), s.attributeTagIds())).forEach(t -> found.put(t.getId(), t));
        for (UUID id : s.categoryTagIds()) {
            Tag tag = found.get(id);
            if (tag == null
                    || tag.getKind() != TagKind.CATEGORY
                    || tag.isRetired() && !held.contains(id)
                    || industry.isPresent() && !industry.get().getId().equals(tag.getParentId())) {
                errors.add(new FieldError(
                        "categoryTagIds", DirectoryError.CATEGORY_INVALID, tag == null ? id : tag.getNameZh()));
            }
        }
        for (UUID id : s.attributeTagIds()) {
            Tag tag = found.get(id);
            if (tag == null || tag.getKind() != TagKind.ATTRIBUTE || tag.isRetired() && !held.contains(id)) {
                errors.add(new FieldError(
                        "attributeTagIds", DirectoryError.ATTRIBUTE_INVALID, tag == null ? id : tag.getNameZh()));
            }
        }
    }

    private static List<UUID> concat(List<UUID> a, List<UUID> b) {
        List<UUID> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            FieldError first = errors.get(0);
            throw new DomainException(HttpStatus.BAD_REQUEST, first.code(), errors, first.args());
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
