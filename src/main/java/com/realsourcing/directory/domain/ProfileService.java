package com.realsourcing.directory.domain;

import com.realsourcing.directory.api.SocialAccountLinked;
import com.realsourcing.directory.api.SocialAccountUnlinked;
import com.realsourcing.directory.domain.ShowcaseProduct.ShowcaseDetails;
import com.realsourcing.files.api.FileVisibility;
import com.realsourcing.files.api.FilesApi;
import com.realsourcing.files.api.StoredFile;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.DomainException.FieldError;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.AuthenticatedUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The factory's own page (seed 001 信任档案): the trust profile, certifications with evidence, workshop photos and
 * videos, showcase products and linked social accounts. Every call works on the caller's own factory; nothing here
 * changes a verified value (those go through {@link OnboardingService}).
 */
@Service
public class ProfileService {

    public record Media(UUID id, UUID fileId, String kind, String caption, int position) {}

    public record SocialAccount(UUID id, String platform, String handle) {}

    public record NewCertification(
            CertificationType type,
            String name,
            String issuer,
            String number,
            LocalDate validFrom,
            LocalDate validUntil,
            UUID evidenceFileId) {}

    private final FactoryRepository factories;
    private final CertificationRepository certifications;
    private final ShowcaseProductRepository products;
    private final FactoryKeywords keywords;
    private final Countries countries;
    private final FilesApi files;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProfileService(
            FactoryRepository factories,
            CertificationRepository certifications,
            ShowcaseProductRepository products,
            FactoryKeywords keywords,
            Countries countries,
            FilesApi files,
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.factories = factories;
        this.certifications = certifications;
        this.products = products;
        this.keywords = keywords;
        this.countries = countries;
        this.files = files;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Factory mine(AuthenticatedUser actor) {
        return factories.findByOrganizationId(actor.organizationId()).orElseThrow(DirectoryError::factoryNotFound);
    }

    @Transactional
    public Factory changeProfile(AuthenticatedUser actor, TrustProfile profile) {
        Factory factory = mine(actor);
        List<String> codes = profile.exportCountries().stream()
                .map(c -> c.strip().toUpperCase(Locale.ROOT))
                .distinct()
                .toList();
        List<String> unknown = countries.unknown(codes);
        if (!unknown.isEmpty()) {
            throw DomainException.invalidField(
                    "exportCountries", DirectoryError.COUNTRY_UNKNOWN, String.join(", ", unknown));
        }
        factory.changeProfile(
                new TrustProfile(
                        profile.description(),
                        profile.foundedYear(),
                        profile.staffCount(),
                        profile.areaSqm(),
                        profile.productionLines(),
                        profile.monthlyCapacity(),
                        profile.oem(),
                        profile.odm(),
                        codes,
                        profile.lat(),
                        profile.lng()),
                clock.instant());
        return factories.saveAndFlush(factory);
    }

    // ---- certifications ----

    @Transactional(readOnly = true)
    public List<Certification> certifications(UUID factoryId) {
        return certifications.findByFactoryIdOrderByCreatedAt(factoryId);
    }

    @Transactional
    public Certification addCertification(AuthenticatedUser actor, NewCertification c) {
        Factory factory = mine(actor);
        List<FieldError> errors = new ArrayList<>();
        if (c.type() == CertificationType.OTHER && SubmissionRules.blankToNull(c.name()) == null) {
            errors.add(new FieldError("name", DirectoryError.CERTIFICATION_NAME_REQUIRED));
        }
        if (files.findOwnedBy(c.evidenceFileId(), actor.organizationId()).isEmpty()) {
            errors.add(new FieldError("evidenceFileId", DirectoryError.FILE_NOT_FOUND));
        }
        SubmissionRules.throwIfAny(errors);
        return certifications.save(new Certification(
                Ids.newId(),
                factory.getId(),
                c.type(),
                SubmissionRules.blankToNull(c.name()),
                c.issuer().strip(),
                c.number().strip(),
                c.validFrom(),
                c.validUntil(),
                c.evidenceFileId(),
                actor.userId(),
                clock.instant()));
    }

    /** Removes a certificate from the page (it no longer counts for badges or filters). */
    @Transactional
    public void removeCertification(AuthenticatedUser actor, UUID id) {
        Factory factory = mine(actor);
        Certification certification = certifications
                .findByIdAndFactoryId(id, factory.getId())
                .orElseThrow(() -> DomainException.notFound(DirectoryError.CERTIFICATION_NOT_FOUND));
        certifications.delete(certification);
        certifications.flush();
        refreshCertificationTypes(factory);
    }

    /** Recomputes the certificate types a factory is found by: verified and valid today. */
    void refreshCertificationTypes(Factory factory) {
        LocalDate today = LocalDate.now(clock);
        factory.changeCertificationTypes(certifications.findByFactoryIdOrderByCreatedAt(factory.getId()).stream()
                .filter(c -> c.isValidOn(today))
                .map(Certification::getType)
                .toList());
        factories.save(factory);
    }

    // ---- showcase products ----

    @Transactional(readOnly = true)
    public List<ShowcaseProduct> products(UUID factoryId) {
        return products.findByFactoryIdOrderByPositionAscCreatedAtAsc(factoryId);
    }

    @Transactional
    public ShowcaseProduct addProduct(AuthenticatedUser actor, ShowcaseDetails details) {
        Factory factory = mine(actor);
        ShowcaseDetails checked = check(actor, details);
        ShowcaseProduct product = products.save(new ShowcaseProduct(
                Ids.newId(),
                factory.getId(),
                checked,
                (int) products.countByFactoryId(factory.getId()),
                clock.instant()));
        products.flush();
        keywords.refresh(factory);
        return product;
    }

    @Transactional
    public ShowcaseProduct changeProduct(AuthenticatedUser actor, UUID id, ShowcaseDetails details) {
        Factory factory = mine(actor);
        ShowcaseProduct product = products.findByIdAndFactoryId(id, factory.getId())
                .orElseThrow(() -> DomainException.notFound(DirectoryError.PRODUCT_NOT_FOUND));
        product.change(check(actor, details), clock.instant());
        products.flush();
        keywords.refresh(factory);
        return product;
    }

    @Transactional
    public void removeProduct(AuthenticatedUser actor, UUID id) {
        Factory factory = mine(actor);
        ShowcaseProduct product = products.findByIdAndFactoryId(id, factory.getId())
                .orElseThrow(() -> DomainException.notFound(DirectoryError.PRODUCT_NOT_FOUND));
        jdbc.sql("update directory.inquiries set product_id = null where product_id = ?")
                .param(product.getId())
                .update();
        products.delete(product);
        products.flush();
        keywords.refresh(factory);
    }

    private ShowcaseDetails check(AuthenticatedUser actor, ShowcaseDetails d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.priceMin() != null && d.priceMax() != null && d.priceMax().compareTo(d.priceMin()) < 0
                || (d.priceMin() != null || d.priceMax() != null) && d.currency() == null) {
            errors.add(new FieldError("priceMax", DirectoryError.PRICE_RANGE_INVALID));
        }
        String currency = d.currency() == null ? null : d.currency().strip().toUpperCase(Locale.ROOT);
        if (currency != null) {
            try {
                Currency.getInstance(currency);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("currency", DirectoryError.CURRENCY_INVALID, d.currency()));
            }
        }
        for (UUID image : d.imageFileIds()) {
            if (!isOwnedImage(actor, image)) {
                errors.add(new FieldError("imageFileIds", DirectoryError.FILE_NOT_FOUND));
            }
        }
        SubmissionRules.throwIfAny(errors);
        d.imageFileIds().forEach(id -> files.changeVisibility(id, FileVisibility.PUBLIC));
        return new ShowcaseDetails(
                d.name().strip(),
                d.imageFileIds(),
                d.priceMin(),
                d.priceMax(),
                currency,
                d.moq(),
                SubmissionRules.blankToNull(d.moqUnit()),
                d.leadTimeDays(),
                d.categoryTagId());
    }

    private boolean isOwnedImage(AuthenticatedUser actor, UUID fileId) {
        return files.findOwnedBy(fileId, actor.organizationId())
                .map(StoredFile::contentType)
                .filter(t -> t.startsWith("image/"))
                .isPresent();
    }

    // ---- workshop photos and videos ----

    @Transactional(readOnly = true)
    public List<Media> media(UUID factoryId) {
        return jdbc.sql("select id, file_id, kind, caption, position from directory.factory_media"
                        + " where factory_id = ? order by position, created_at")
                .param(factoryId)
                .query(Media.class)
                .list();
    }

    @Transactional
    public Media addMedia(AuthenticatedUser actor, UUID fileId, String caption) {
        Factory factory = mine(actor);
        StoredFile file = files.findOwnedBy(fileId, actor.organizationId())
                .filter(f ->
                        f.contentType().startsWith("image/") || f.contentType().startsWith("video/"))
                .orElseThrow(() -> DomainException.invalidField("fileId", DirectoryError.FILE_NOT_FOUND));
        String kind = file.contentType().startsWith("video/") ? "VIDEO" : "PHOTO";
        UUID id = Ids.newId();
        int position = jdbc.sql("select count(*) from directory.factory_media where factory_id = ?")
                .param(factory.getId())
                .query(Integer.class)
                .single();
        jdbc.sql("insert into directory.factory_media (id, factory_id, file_id, kind, caption, position, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?) on conflict (factory_id, file_id) do nothing")
                .params(
                        id,
                        factory.getId(),
                        fileId,
                        kind,
                        SubmissionRules.blankToNull(caption),
                        position,
                        Timestamp.from(clock.instant()))
                .update();
        files.changeVisibility(fileId, FileVisibility.PUBLIC);
        return media(factory.getId()).stream()
                .filter(m -> m.fileId().equals(fileId))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Takes a photo or video off the factory's page. The file goes back to being the organisation's own (its public
     * address stops working) unless a showcase product still shows it.
     */
    @Transactional
    public void removeMedia(AuthenticatedUser actor, UUID mediaId) {
        Factory factory = mine(actor);
        UUID fileId = jdbc.sql("delete from directory.factory_media where id = ? and factory_id = ? returning file_id")
                .params(mediaId, factory.getId())
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound(DirectoryError.FILE_NOT_FOUND));
        boolean stillShown = jdbc.sql(
                        """
                        select exists(select 1 from directory.showcase_products
                                      where factory_id = :factory and :file = any(image_file_ids))
                        """)
                .param("factory", factory.getId())
                .param("file", fileId)
                .query(Boolean.class)
                .single();
        if (!stillShown) {
            files.changeVisibility(fileId, FileVisibility.ORGANIZATION);
        }
    }

    // ---- social accounts ----

    @Transactional(readOnly = true)
    public List<SocialAccount> socialAccounts(UUID factoryId) {
        return jdbc.sql("select id, platform, handle from directory.social_accounts where factory_id = ?"
                        + " order by platform, handle")
                .param(factoryId)
                .query(SocialAccount.class)
                .list();
    }

    @Transactional
    public SocialAccount addSocialAccount(AuthenticatedUser actor, String platform, String handle) {
        Factory factory = mine(actor);
        String clean = handle.strip().replaceFirst("^@", "");
        UUID id = Ids.newId();
        int added = jdbc.sql("insert into directory.social_accounts (id, factory_id, platform, handle, created_at)"
                        + " values (?, ?, ?, ?, ?) on conflict (factory_id, platform, handle) do nothing")
                .params(id, factory.getId(), platform, clean, Timestamp.from(clock.instant()))
                .update();
        if (added == 1) {
            events.publishEvent(new SocialAccountLinked(factory.getId(), platform, clean));
        }
        return socialAccounts(factory.getId()).stream()
                .filter(a -> a.platform().equals(platform) && a.handle().equals(clean))
                .findFirst()
                .orElseThrow();
    }

    @Transactional
    public void removeSocialAccount(AuthenticatedUser actor, UUID id) {
        Factory factory = mine(actor);
        jdbc.sql("delete from directory.social_accounts where id = ? and factory_id = ? returning platform, handle")
                .params(id, factory.getId())
                .query((rs, n) -> new SocialAccountUnlinked(factory.getId(), rs.getString(1), rs.getString(2)))
                .optional()
                .ifPresent(events::publishEvent);
    }

    Instant now() {
        return clock.instant();
    }
}
