package com.realsourcing.directory.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of the directory. */
public interface DirectoryApi {

    /** A tag by id, retired or not: whoever stored the id can always show what it meant. */
    Optional<TagView> findTag(UUID tagId);

    /** The tags among {@code tagIds} that exist, in the taxonomy's order; unknown ids are left out. */
    List<TagView> findTags(Collection<UUID> tagIds);

    /** Whether a reviewer approved the organisation's business licence (factories and other companies alike). */
    boolean isVerified(UUID organizationId);

    /** A factory by id, listed or not. */
    Optional<FactorySummary> findFactory(UUID factoryId);

    /** The organisation's factory, if it has one. */
    Optional<FactorySummary> findFactoryOf(UUID organizationId);
    /**
     * Listed factories that make any of the given level-2 categories, verified ones and then the most recently
     * listed first (for matching demands to suppliers).
     */
    List<FactorySummary> factoriesMaking(Collection<UUID> categoryTagIds, int limit);

    /** Seed 000's export industries in display order, each with its HS chapters. */
    List<ExportIndustryView> exportIndustries();

    /** Every ISO 3166 country with its export business region, from the shipped reference data. */
    List<CountryView> countries();

    /**
     * A province (two digits), optionally a city in it (four digits, six for a county-level city run by its
     * province) and a county in that city (six digits); empty when a code is unknown or does not belong to the one
     * above it. Pseudo-cities such as 市辖区 are not places.
     */
    Optional<PlaceView> findPlace(String provinceCode, String cityCode, String countyCode);
}
