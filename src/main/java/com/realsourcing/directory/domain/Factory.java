package com.realsourcing.directory.domain;

import com.realsourcing.shared.domain.AbstractEntity;
import com.realsourcing.shared.security.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;

/**
 * A factory in the directory. Its columns are what the public sees: the values a reviewer verified (name, credit
 * code, address, licence, tags) plus the trust profile the factory keeps itself. A change to a verified value is
 * a {@link LicenceReview}; only {@link #applyVerified} writes those columns.
 */
@Entity
@Table(name = "factories", schema = "directory")
@Indexed(index = "factory")
@GeoPointBinding(
        fieldName = "location",
        sortable = Sortable.YES,
        projectable = org.hibernate.search.engine.backend.types.Projectable.YES)
public class Factory extends AbstractEntity {

    @Column(name = "organization_id")
    private UUID organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField(aggregable = Aggregable.NO)
    private FactoryStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FactorySource source;

    @Column(name = "import_key", updatable = false)
    private String importKey;

    @Column(nullable = false)
    @FullTextField(analyzer = "chinese")
    @KeywordField(name = "name_sort", sortable = Sortable.YES, normalizer = "lowercase")
    private String name;

    @Column(name = "name_en")
    @FullTextField(name = "name_en", analyzer = "english")
    private String nameEn;

    @Column(name = "credit_code")
    private String creditCode;

    @Column(name = "legal_representative")
    private String legalRepresentative;

    @Column(name = "province_code")
    @KeywordField(name = "province", aggregable = Aggregable.YES)
    private String provinceCode;

    @Column(name = "city_code")
    @KeywordField(name = "city", aggregable = Aggregable.YES)
    private String cityCode;

    @Column(name = "county_code")
    private String countyCode;

    @Column(name = "address_line")
    private String addressLine;

    @Column(name = "country_code", nullable = false)
    private String countryCode = "CN";

    @Latitude
    private Double lat;

    @Longitude
    private Double lng;

    @Column(name = "licence_file_id")
    private UUID licenceFileId;

    @Column(name = "industry_tag_id")
    private UUID industryTagId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "category_tag_ids", nullable = false, columnDefinition = "uuid[]")
    private UUID[] categoryTagIds = new UUID[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "attribute_tag_ids", nullable = false, columnDefinition = "uuid[]")
    private UUID[] attributeTagIds = new UUID[0];

    @Column(name = "contact_name")
    private String contactName;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "contact_mobile")
    private String contactMobile;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "contact_email")
    private String contactEmail;

    private String description;

    @Column(name = "founded_year")
    private Integer foundedYear;

    @Column(name = "staff_count")
    private Integer staffCount;

    @Column(name = "area_sqm")
    private Integer areaSqm;

    @Column(name = "production_lines")
    private Integer productionLines;

    @Column(name = "monthly_capacity")
    private String monthlyCapacity;

    @Column(nullable = false)
    private boolean oem;

    @Column(nullable = false)
    private boolean odm;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "export_countries", nullable = false, columnDefinition = "varchar(2)[]")
    private String[] exportCountries = new String[0];

    /** Tag names (zh and en), product names and the industry, kept by the service for full-text search. */
    @Column(name = "search_keywords", nullable = false)
    @FullTextField(name = "keywords", analyzer = "chinese")
    private String searchKeywords = "";

    /** Types of the factory's verified, unexpired certifications (a filter and a facet). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "certification_types", nullable = false, columnDefinition = "varchar(30)[]")
    private String[] certificationTypes = new String[0];

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "listed_at")
    @GenericField(name = "listed_at", sortable = Sortable.YES)
    private Instant listedAt;

    @Column(name = "inquiry_count", nullable = false)
    @GenericField(name = "inquiry_count", sortable = Sortable.YES)
    private int inquiryCount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Factory() {}

    private Factory(UUID id, FactoryStatus status, FactorySource source, String name, Instant now) {
        super(id);
        this.status = status;
        this.source = source;
        this.name = Objects.requireNonNull(name);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A factory that has just submitted its licence: nothing is public until a reviewer approves. */
    static Factory onboarding(UUID id, UUID organizationId, VerifiedValues submitted, Instant now) {
        Factory factory =
                new Factory(id, FactoryStatus.PENDING_REVIEW, FactorySource.ONBOARDING, submitted.name(), now);
        factory.organizationId = organizationId;
        factory.copy(submitted);
        return factory;
    }

    /** An imported listing nobody has claimed yet (seed 002's directory seeded from public registries). */
    static Factory unclaimed(UUID id, FactorySource source, String importKey, String name, String nameEn, Instant now) {
        Factory factory = new Factory(id, FactoryStatus.UNCLAIMED, source, name, now);
        factory.importKey = importKey;
        factory.nameEn = nameEn;
        factory.listedAt = now;
        return factory;
    }

    /** A reviewer approved these values: they become the public ones and the factory is listed and verified. */
    void applyVerified(UUID organizationId, VerifiedValues values, Instant now) {
        if (this.organizationId != null && !this.organizationId.equals(organizationId)) {
            throw new IllegalStateException("Factory " + getId() + " belongs to another organisation");
        }
        this.organizationId = organizationId;
        boolean moved = movesTo(values);
        copy(values);
        if (moved) {
            // the old point belongs to the old address; the caller places it at the new county or city
            this.lat = null;
            this.lng = null;
        }
        if (status != FactoryStatus.LISTED) {
            status = FactoryStatus.LISTED;
            listedAt = listedAt == null || source == FactorySource.ONBOARDING ? now : listedAt;
        }
        verifiedAt = now;
        updatedAt = now;
    }

    /**
     * Whether approved values put the factory in another place: another province, or another city or county where
     * both the old and the new value name one (a claim that only adds the county of an imported record keeps its point).
     */
    private boolean movesTo(VerifiedValues v) {
        return !Objects.equals(provinceCode, v.provinceCode())
                || differs(cityCode, v.cityCode())
                || differs(countyCode, v.countyCode());
    }

    private static boolean differs(String before, String after) {
        return before != null && after != null && !before.equals(after);
    }

    /** The first submission was turned down; a resubmission puts it back in the queue. */
    void markRejected(Instant now) {
        if (status == FactoryStatus.PENDING_REVIEW) {
            status = FactoryStatus.REJECTED;
            updatedAt = now;
        }
    }

    /** A resubmission after a rejection: the factory waits for review again with the new values. */
    void resubmit(VerifiedValues submitted, Instant now) {
        if (status != FactoryStatus.REJECTED && status != FactoryStatus.PENDING_REVIEW) {
            throw new IllegalStateException("Only an unlisted factory is resubmitted, was " + status);
        }
        status = FactoryStatus.PENDING_REVIEW;
        copy(submitted);
        updatedAt = now;
    }

    private void copy(VerifiedValues v) {
        this.name = v.name();
        this.creditCode = v.creditCode();
        this.legalRepresentative = v.legalRepresentative();
        this.provinceCode = v.provinceCode();
        this.cityCode = v.cityCode();
        this.countyCode = v.countyCode();
        this.addressLine = v.addressLine();
        this.licenceFileId = v.licenceFileId();
        this.industryTagId = v.industryTagId();
        this.categoryTagIds = v.categoryTagIds().toArray(UUID[]::new);
        this.attributeTagIds = v.attributeTagIds().toArray(UUID[]::new);
        this.contactName = v.contactName();
        this.contactMobile = v.contactMobile();
        this.contactEmail = v.contactEmail();
    }

    void changeProfile(TrustProfile profile, Instant now) {
        this.description = profile.description();
        this.foundedYear = profile.foundedYear();
        this.staffCount = profile.staffCount();
        this.areaSqm = profile.areaSqm();
        this.productionLines = profile.productionLines();
        this.monthlyCapacity = profile.monthlyCapacity();
        this.oem = profile.oem();
        this.odm = profile.odm();
        this.exportCountries = profile.exportCountries().toArray(String[]::new);
        if (profile.lat() != null && profile.lng() != null) {
            this.lat = profile.lat();
            this.lng = profile.lng();
        }
        this.updatedAt = now;
    }

    void placeAt(Double lat, Double lng, String provinceCode, String cityCode, String addressLine) {
        this.lat = lat;
        this.lng = lng;
        if (provinceCode != null) {
            this.provinceCode = provinceCode;
        }
        if (cityCode != null) {
            this.cityCode = cityCode;
        }
        this.addressLine = addressLine;
    }

    /** Places a factory without coordinates at the centre of its city (geocoded from the listings we have there). */
    void locateApproximately(double lat, double lng) {
        if (this.lat == null || this.lng == null) {
            this.lat = lat;
            this.lng = lng;
        }
    }

    void changeSearchKeywords(String keywords, Instant now) {
        if (!keywords.equals(this.searchKeywords)) {
            this.searchKeywords = keywords;
            this.updatedAt = now;
        }
    }

    void changeCertificationTypes(List<String> types) {
        String[] next = types.stream().sorted().distinct().toArray(String[]::new);
        if (!Arrays.equals(next, certificationTypes)) {
            this.certificationTypes = next;
        }
    }

    void countInquiry() {
        this.inquiryCount++;
    }

    public boolean isListed() {
        return status == FactoryStatus.LISTED || status == FactoryStatus.UNCLAIMED;
    }

    public boolean isVerified() {
        return verifiedAt != null;
    }

    // ---- index-only projections ----

    @KeywordField(name = "industry", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "industryTagId")))
    public String getIndustryKey() {
        return industryTagId == null ? null : industryTagId.toString();
    }

    @KeywordField(name = "tag", aggregable = Aggregable.YES)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "categoryTagIds")),
                @ObjectPath(@PropertyValue(propertyName = "attributeTagIds"))
            })
    public List<String> getTagKeys() {
        List<String> keys = new ArrayList<>(categoryTagIds.length + attributeTagIds.length);
        for (UUID id : categoryTagIds) {
            keys.add(id.toString());
        }
        for (UUID id : attributeTagIds) {
            keys.add(id.toString());
        }
        return keys;
    }

    @KeywordField(name = "export_country", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "exportCountries")))
    public List<String> getExportCountryKeys() {
        return List.of(exportCountries);
    }

    @KeywordField(name = "region", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "exportCountries")))
    public List<String> getRegionKeys() {
        return List.copyOf(Countries.shared().regionsOf(List.of(exportCountries)));
    }

    @KeywordField(name = "certification", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "certificationTypes")))
    public List<String> getCertificationKeys() {
        return List.of(certificationTypes);
    }

    @KeywordField(name = "verified", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "verifiedAt")))
    public String getVerifiedKey() {
        return Boolean.toString(verifiedAt != null);
    }

    @KeywordField(name = "claimed", aggregable = Aggregable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "organizationId")))
    public String getClaimedKey() {
        return Boolean.toString(organizationId != null);
    }

    // ---- getters ----

    public UUID getOrganizationId() {
        return organizationId;
    }

    public FactoryStatus getStatus() {
        return status;
    }

    public FactorySource getSource() {
        return source;
    }

    public String getImportKey() {
        return importKey;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getCityCode() {
        return cityCode;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public Double getLat() {
        return lat;
    }

    public Double getLng() {
        return lng;
    }

    public UUID getLicenceFileId() {
        return licenceFileId;
    }

    public UUID getIndustryTagId() {
        return industryTagId;
    }

    public List<UUID> getCategoryTagIds() {
        return List.of(categoryTagIds);
    }

    public List<UUID> getAttributeTagIds() {
        return List.of(attributeTagIds);
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactMobile() {
        return contactMobile;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getDescription() {
        return description;
    }

    public Integer getFoundedYear() {
        return foundedYear;
    }

    public Integer getStaffCount() {
        return staffCount;
    }

    public Integer getAreaSqm() {
        return areaSqm;
    }

    public Integer getProductionLines() {
        return productionLines;
    }

    public String getMonthlyCapacity() {
        return monthlyCapacity;
    }

    public boolean isOem() {
        return oem;
    }

    public boolean isOdm() {
        return odm;
    }

    public List<String> getExportCountries() {
        return List.of(exportCountries);
    }

    public String getSearchKeywords() {
        return searchKeywords;
    }

    public List<String> getCertificationTypes() {
        return List.of(certificationTypes);
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public Instant getListedAt() {
        return listedAt;
    }

    public int getInquiryCount() {
        return inquiryCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
