package com.realsourcing.directory.web;

import com.realsourcing.directory.api.FactoryCardContributor;
import com.realsourcing.directory.domain.Certification;
import com.realsourcing.directory.domain.Countries;
import com.realsourcing.directory.domain.DirectoryPermissions;
import com.realsourcing.directory.domain.DirectoryProperties;
import com.realsourcing.directory.domain.Factory;
import com.realsourcing.directory.domain.FactoryStatus;
import com.realsourcing.directory.domain.FavouriteService;
import com.realsourcing.directory.domain.LicenceReview;
import com.realsourcing.directory.domain.ProfileService;
import com.realsourcing.directory.domain.Regions;
import com.realsourcing.directory.domain.ShowcaseProduct;
import com.realsourcing.directory.domain.Tag;
import com.realsourcing.directory.domain.TaxonomyService;
import com.realsourcing.directory.domain.VerifiedOrganizations;
import com.realsourcing.directory.web.FactoryDtos.Address;
import com.realsourcing.directory.web.FactoryDtos.BadgeResponse;
import com.realsourcing.directory.web.FactoryDtos.CertificationResponse;
import com.realsourcing.directory.web.FactoryDtos.ContactResponse;
import com.realsourcing.directory.web.FactoryDtos.CountryRef;
import com.realsourcing.directory.web.FactoryDtos.FactoryCardResponse;
import com.realsourcing.directory.web.FactoryDtos.FactorySummaryResponse;
import com.realsourcing.directory.web.FactoryDtos.LicenceReviewResponse;
import com.realsourcing.directory.web.FactoryDtos.Location;
import com.realsourcing.directory.web.FactoryDtos.MediaResponse;
import com.realsourcing.directory.web.FactoryDtos.PriceRange;
import com.realsourcing.directory.web.FactoryDtos.ShowcaseProductResponse;
import com.realsourcing.directory.web.FactoryDtos.SocialAccountResponse;
import com.realsourcing.directory.web.FactoryDtos.TagRef;
import com.realsourcing.directory.web.FactoryDtos.TrustProfileResponse;
import com.realsourcing.identity.api.IdentityApi;
import com.realsourcing.identity.api.UserSummary;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.shared.security.Masking;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns factories into what the pages show: names of tags, regions and countries, trust badges that say why they
 * are shown, and contact details only for those allowed to see them.
 */
@Component
class FactoryViews {

    private final TaxonomyService taxonomy;
    private final Regions regions;
    private final Countries countries;
    private final ProfileService profiles;
    private final VerifiedOrganizations verified;
    private final FavouriteService favourites;
    private final List<FactoryCardContributor> contributors;
    private final MessageSource messages;
    private final DirectoryProperties properties;
    private final IdentityApi identity;
    private final Clock clock;

    FactoryViews(
            TaxonomyService taxonomy,
            Regions regions,
            Countries countries,
            ProfileService profiles,
            VerifiedOrganizations verified,
            FavouriteService favourites,
            List<FactoryCardContributor> contributors,
            MessageSource messages,
            DirectoryProperties properties,
            IdentityApi identity,
            Clock clock) {
        this.taxonomy = taxonomy;
        this.regions = regions;
        this.countries = countries;
        this.profiles = profiles;
        this.verified = verified;
        this.favourites = favourites;
        this.contributors = contributors;
        this.messages = messages;
        this.properties = properties;
        this.identity = identity;
        this.clock = clock;
    }

    /** Whether the caller may see a factory that is not public: its own members and reviewers may. */
    static boolean maySeeUnlisted(Factory factory, Optional<AuthenticatedUser> caller) {
        return caller.map(u -> u.organizationId().equals(factory.getOrganizationId())
                        || u.can(DirectoryPermissions.REVIEW_DECIDE))
                .orElse(false);
    }

    FactoryCardResponse card(Factory f, Optional<AuthenticatedUser> caller) {
        if (!f.isListed() && !maySeeUnlisted(f, caller)) {
            throw DomainException.notFound("directory.factory-not-found");
        }
        boolean own = caller.map(u -> u.organizationId().equals(f.getOrganizationId()))
                .orElse(false);
        Map<UUID, Tag> tags = tags(tagIds(List.of(f)));
        LocalDate today = today();
        List<Certification> certs = profiles.certifications(f.getId()).stream()
                .filter(c -> own || c.isValidOn(today))
                .toList();
        Map<String, Object> extensions = new LinkedHashMap<>();
        for (FactoryCardContributor contributor : contributors) {
            contributor.contribute(f.getId()).ifPresent(section -> extensions.put(contributor.key(), section));
        }
        return new FactoryCardResponse(
                f.getId(),
                f.getStatus().name(),
                f.isVerified(),
                f.getVerifiedAt(),
                f.getOrganizationId() != null,
                f.getName(),
                f.getNameEn(),
                f.getCreditCode(),
                f.getLegalRepresentative(),
                address(
                        f.getProvinceCode(),
                        f.getCityCode(),
                        f.getCountyCode(),
                        f.getAddressLine(),
                        f.getCountryCode()),
                f.getLat() == null || f.getLng() == null ? null : new Location(f.getLat(), f.getLng()),
                ref(tags.get(f.getIndustryTagId())),
                refs(f.getCategoryTagIds(), tags),
                refs(f.getAttributeTagIds(), tags),
                new TrustProfileResponse(
                        f.getDescription(),
                        f.getFoundedYear(),
                        f.getStaffCount(),
                        f.getAreaSqm(),
                        f.getProductionLines(),
                        f.getMonthlyCapacity(),
                        f.isOem(),
                        f.isOdm()),
                countries(f.getExportCountries()),
                certs.stream().map(this::certification).toList(),
                profiles.products(f.getId()).stream().map(this::product).toList(),
                profiles.media(f.getId()).stream()
                        .map(m -> new MediaResponse(m.id(), m.fileId(), m.kind(), m.caption()))
                        .toList(),
                profiles.socialAccounts(f.getId()).stream()
                        .map(a -> new SocialAccountResponse(
                                a.id(), a.platform(), a.handle(), url(a.platform(), a.handle())))
                        .toList(),
                badges(f, certs),
                contact(f, caller),
                f.getInquiryCount(),
                f.getListedAt(),
                caller.map(u -> favourites.isSaved(u.userId(), f.getId())).orElse(false),
                extensions);
    }

    private ContactResponse contact(Factory f, Optional<AuthenticatedUser> caller) {
        if (f.getContactName() == null && f.getContactMobile() == null && f.getContactEmail() == null) {
            return new ContactResponse("NONE", null, null, null);
        }
        if (caller.isEmpty()) {
            return new ContactResponse("LOGIN_REQUIRED", null, null, null);
        }
        AuthenticatedUser user = caller.get();
        boolean allowed = user.organizationId().equals(f.getOrganizationId())
                || user.can(DirectoryPermissions.REVIEW_DECIDE)
                || verified.isVerified(user.organizationId());
        if (!allowed) {
            return new ContactResponse(
                    "VERIFICATION_REQUIRED",
                    f.getContactName(),
                    Masking.mobile(f.getContactMobile()),
                    Masking.email(f.getContactEmail()));
        }
        return new ContactResponse("VISIBLE", f.getContactName(), f.getContactMobile(), f.getContactEmail());
    }

    /** Badges earned from evidence, each with the reason in the caller's language. */
    List<BadgeResponse> badges(Factory f, List<Certification> certs) {
        List<BadgeResponse> badges = new ArrayList<>();
        if (f.isVerified()) {
            badges.add(badge(
                    "LICENCE_VERIFIED",
                    f.getVerifiedAt()
                            .atZone(properties.reviewZone())
                            .toLocalDate()
                            .toString()));
        }
        LocalDate today = today();
        List<Certification> valid =
                certs.stream().filter(c -> c.isValidOn(today)).toList();
        if (!valid.isEmpty()) {
            String list = valid.stream()
                    .map(c -> (c.getName() != null ? c.getName() : c.getType().replace('_', ' '))
                            + (c.getValidUntil() == null ? "" : " → " + c.getValidUntil()))
                    .collect(Collectors.joining(", "));
            badges.add(badge("CERTIFIED", valid.size(), list));
        }
        if (f.getListedAt() != null && f.getStatus() == FactoryStatus.LISTED) {
            long years = ChronoUnit.YEARS.between(
                    f.getListedAt().atZone(ZoneOffset.UTC).toLocalDate(), today);
            if (years >= 1) {
                badges.add(badge(
                        "YEARS_ON_PLATFORM",
                        years,
                        f.getListedAt()
                                .atZone(properties.reviewZone())
                                .toLocalDate()
                                .toString()));
            }
        }
        if (f.getFoundedYear() != null && today.getYear() - f.getFoundedYear() >= 10) {
            badges.add(badge("ESTABLISHED", today.getYear() - f.getFoundedYear(), f.getFoundedYear()));
        }
        if (f.getExportCountries().size() >= 3) {
            badges.add(badge(
                    "EXPORTER",
                    f.getExportCountries().size(),
                    f.getExportCountries().stream()
                            .map(code -> countries
                                    .find(code)
                                    .map(c -> isChinese() ? c.nameZh() : c.nameEn())
                                    .orElse(code))
                            .collect(Collectors.joining(isChinese() ? "、" : ", "))));
        }
        return badges;
    }

    private BadgeResponse badge(String code, Object... values) {
        var locale = LocaleContextHolder.getLocale();
        // Strings, so MessageFormat prints a founding year as 1998, not 1,998.
        Object[] args = java.util.Arrays.stream(values).map(String::valueOf).toArray();
        return new BadgeResponse(
                code,
                messages.getMessage("directory.badge." + code + ".label", args, locale),
                messages.getMessage("directory.badge." + code + ".reason", args, locale));
    }

    private static boolean isChinese() {
        return "zh".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.reviewZone()));
    }

    CertificationResponse certification(Certification c) {
        LocalDate today = today();
        return new CertificationResponse(
                c.getId(),
                c.getType(),
                c.getName(),
                c.getIssuer(),
                c.getNumber(),
                c.getValidFrom(),
                c.getValidUntil(),
                c.getStatus().name(),
                c.getVerifiedAt(),
                reviewerName(c.getVerifiedBy()),
                c.getReason(),
                c.getEvidenceFileId(),
                c.isExpiringWithin(today, properties.certificateReminderDays())
                        && !c.getValidUntil().isBefore(today),
                c.getValidUntil() != null && c.getValidUntil().isBefore(today));
    }

    /** The display name of the reviewer who checked a certificate, as identity knows them now. */
    private String reviewerName(UUID userId) {
        return userId == null
                ? null
                : identity.findUser(userId).map(UserSummary::displayName).orElse(null);
    }

    ShowcaseProductResponse product(ShowcaseProduct p) {
        return new ShowcaseProductResponse(
                p.getId(),
                p.getName(),
                p.getImageFileIds(),
                p.getPriceMin() == null && p.getPriceMax() == null
                        ? null
                        : new PriceRange(p.getPriceMin(), p.getPriceMax(), p.getCurrency()),
                p.getMoq(),
                p.getMoqUnit(),
                p.getLeadTimeDays(),
                p.getCategoryTagId() == null
                        ? null
                        : taxonomy.find(p.getCategoryTagId())
                                .map(FactoryViews::ref)
                                .orElse(null));
    }

    List<FactorySummaryResponse> summaries(List<Factory> factories, List<Double> distances) {
        Map<UUID, Tag> tags = tags(tagIds(factories));
        List<FactorySummaryResponse> out = new ArrayList<>(factories.size());
        for (int i = 0; i < factories.size(); i++) {
            Factory f = factories.get(i);
            out.add(new FactorySummaryResponse(
                    f.getId(),
                    f.getName(),
                    f.getNameEn(),
                    f.getStatus().name(),
                    f.isVerified(),
                    region(
                            f.getProvinceCode(),
                            regions.province(f.getProvinceCode()).map(Regions.Province::name)),
                    region(f.getCityCode(), regions.city(f.getCityCode()).map(Regions.City::name)),
                    ref(tags.get(f.getIndustryTagId())),
                    refs(f.getCategoryTagIds(), tags),
                    refs(f.getAttributeTagIds(), tags),
                    countries(f.getExportCountries()),
                    f.getCertificationTypes(),
                    f.getInquiryCount(),
                    f.getListedAt(),
                    distances.get(i) == null ? null : Math.round(distances.get(i) * 10) / 10.0));
        }
        return out;
    }

    LicenceReviewResponse review(LicenceReview r) {
        var v = r.values();
        Map<UUID, Tag> tags = tags(concat(v.industryTagId(), v.categoryTagIds(), v.attributeTagIds()));
        return new LicenceReviewResponse(
                r.getId(),
                r.getKind().name(),
                r.getStatus().name(),
                r.getOrganizationId(),
                r.getFactoryId(),
                r.getSubmittedAt(),
                r.getDueAt(),
                r.isOverdue(clock.instant()),
                v.name(),
                v.creditCode(),
                v.legalRepresentative(),
                address(v.provinceCode(), v.cityCode(), v.countyCode(), v.addressLine(), "CN"),
                v.licenceFileId(),
                ref(tags.get(v.industryTagId())),
                refs(v.categoryTagIds(), tags),
                refs(v.attributeTagIds(), tags),
                v.contactName(),
                v.contactMobile(),
                v.contactEmail(),
                r.getDecidedAt(),
                r.getReason());
    }

    Address address(String province, String city, String county, String line, String countryCode) {
        return new Address(
                region(province, regions.province(province).map(Regions.Province::name)),
                region(city, regions.city(city).map(Regions.City::name)),
                region(county, regions.county(county).map(Regions.County::name)),
                line,
                countryCode);
    }

    private static RegionRef region(String code, Optional<String> name) {
        return code == null ? null : new RegionRef(code, name.orElse(code));
    }

    List<CountryRef> countries(Collection<String> codes) {
        List<CountryRef> out = new ArrayList<>();
        for (String code : codes) {
            countries.find(code).ifPresent(c -> {
                var region = countries.region(c.regionCode());
                out.add(new CountryRef(
                        c.code(),
                        c.nameZh(),
                        c.nameEn(),
                        c.regionCode(),
                        region.map(Countries.BusinessRegion::nameZh).orElse(null),
                        region.map(Countries.BusinessRegion::nameEn).orElse(null)));
            });
        }
        return out;
    }

    Map<UUID, Tag> tags(Collection<UUID> ids) {
        return taxonomy.forDisplay(ids).stream()
                .collect(Collectors.toMap(Tag::getId, Function.identity(), (a, b) -> a));
    }

    private static List<UUID> tagIds(List<Factory> factories) {
        List<UUID> ids = new ArrayList<>();
        for (Factory f : factories) {
            ids.addAll(concat(f.getIndustryTagId(), f.getCategoryTagIds(), f.getAttributeTagIds()));
        }
        return ids;
    }

    private static List<UUID> concat(UUID industry, List<UUID> a, List<UUID> b) {
        List<UUID> ids = new ArrayList<>(a.size() + b.size() + 1);
        if (industry != null) {
            ids.add(industry);
        }
        ids.addAll(a);
        ids.addAll(b);
        return ids;
    }

    static TagRef ref(Tag tag) {
        return tag == null
                ? null
                : new TagRef(tag.getId(), tag.getCode(), tag.getNameZh(), tag.getNameEn(), tag.isRetired());
    }

    private static List<TagRef> refs(List<UUID> ids, Map<UUID, Tag> tags) {
        List<TagRef> out = new ArrayList<>();
        for (UUID id : ids) {
            Tag tag = tags.get(id);
            if (tag != null) {
                out.add(ref(tag));
            }
        }
        return out;
    }

    private static String url(String platform, String handle) {
        return switch (platform) {
            case "TIKTOK" -> "https://www.tiktok.com/@" + handle;
            case "YOUTUBE" -> "https://www.youtube.com/@" + handle;
            case "INSTAGRAM" -> "https://www.instagram.com/" + handle;
            default -> null;
        };
    }

    /** Labels of facet values in both languages. */
    Map<String, String[]> labels(String facet, Collection<String> values) {
        Map<String, String[]> out = new HashMap<>();
        switch (facet) {
            case "industry", "tag" -> {
                List<UUID> ids = values.stream()
                        .map(FactoryViews::uuid)
                        .filter(java.util.Objects::nonNull)
                        .toList();
                tags(ids)
                        .values()
                        .forEach(t -> out.put(t.getId().toString(), new String[] {t.getNameZh(), t.getNameEn()}));
            }
            case "province" ->
                values.forEach(v -> regions.province(v).ifPresent(p -> out.put(v, new String[] {p.name(), p.name()})));
            case "city" ->
                values.forEach(v -> regions.city(v).ifPresent(c -> out.put(v, new String[] {c.name(), c.name()})));
            case "exportCountry" ->
                values.forEach(
                        v -> countries.find(v).ifPresent(c -> out.put(v, new String[] {c.nameZh(), c.nameEn()})));
            case "region" ->
                values.forEach(
                        v -> countries.region(v).ifPresent(r -> out.put(v, new String[] {r.nameZh(), r.nameEn()})));
            case "verified" -> {
                out.put("true", new String[] {"已认证", "Verified"});
                out.put("false", new String[] {"未认证", "Not verified"});
            }
            default -> values.forEach(v -> out.put(v, new String[] {v.replace('_', ' '), v.replace('_', ' ')}));
        }
        return out;
    }

    static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
