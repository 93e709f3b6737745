package com.realsourcing.directory.domain;

import com.realsourcing.directory.api.CountryView;
import com.realsourcing.directory.api.DirectoryApi;
import com.realsourcing.directory.api.ExportIndustryView;
import com.realsourcing.directory.api.FactorySummary;
import com.realsourcing.directory.api.PlaceView;
import com.realsourcing.directory.api.TagView;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link DirectoryApi} for other modules. */
@Service
class DirectoryFacade implements DirectoryApi {

    private final TaxonomyService taxonomy;
    private final AttributeGroupRepository groups;
    private final VerifiedOrganizations verified;
    private final FactoryRepository factories;
    private final Countries countries;
    private final Regions regions;

    DirectoryFacade(
            TaxonomyService taxonomy,
            AttributeGroupRepository groups,
            VerifiedOrganizations verified,
            FactoryRepository factories,
            Countries countries,
            Regions regions) {
        this.taxonomy = taxonomy;
        this.groups = groups;
        this.verified = verified;
        this.factories = factories;
        this.countries = countries;
        this.regions = regions;
    }

    @Override
    public boolean isVerified(UUID organizationId) {
        return verified.isVerified(organizationId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FactorySummary> findFactory(UUID factoryId) {
        return factories.findById(factoryId).map(DirectoryFacade::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FactorySummary> findFactoryOf(UUID organizationId) {
        return factories.findByOrganizationId(organizationId).map(DirectoryFacade::summary);
    }

    static FactorySummary summary(Factory f) {
        return new FactorySummary(
                f.getId(),
                f.getOrganizationId(),
                f.getName(),
                f.getStatus().name(),
                f.isVerified(),
                f.getProvinceCode(),
                f.getCityCode(),
                f.getIndustryTagId(),
                f.getCategoryTagIds(),
                f.getExportCountries());
    }

    @Override
    @Transactional(readOnly = true)
    public List<FactorySummary> factoriesMaking(Collection<UUID> categoryTagIds, int limit) {
        if (categoryTagIds.isEmpty()) {
            return List.of();
        }
        return factories.findMaking(categoryTagIds.toArray(UUID[]::new), Math.max(1, Math.min(limit, 500))).stream()
                .map(DirectoryFacade::summary)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExportIndustryView> exportIndustries() {
        return taxonomy.taxonomy(false).exportIndustries().stream()
                .map(node -> new ExportIndustryView(
                        node.exportIndustry().getCode(),
                        node.exportIndustry().getNameZh(),
                        node.exportIndustry().getNameEn(),
                        node.hsChapters().stream()
                                .map(c -> new ExportIndustryView.HsChapterView(
                                        c.getChapter(), c.getNameZh(), c.getNameEn()))
                                .toList()))
                .toList();
    }

    @Override
    public List<CountryView> countries() {
        return countries.views();
    }

    @Override
    public Optional<PlaceView> findPlace(String provinceCode, String cityCode, String countyCode) {
        var province = regions.province(provinceCode);
        if (province.isEmpty()) {
            return Optional.empty();
        }
        Regions.City city = null;
        if (cityCode != null) {
            city = regions.city(cityCode)
                    .filter(c -> c.provinceCode().equals(provinceCode))
                    .orElse(null);
            if (city == null) {
                return Optional.empty();
            }
        }
        Regions.County county = null;
        if (countyCode != null) {
            String parent = city != null ? city.code() : province.get().municipality() ? provinceCode : null;
            county = parent == null
                    ? null
                    : regions.counties(parent).orElse(List.of()).stream()
                            .filter(c -> c.code().equals(countyCode))
                            .findFirst()
                            .orElse(null);
            if (county == null) {
                return Optional.empty();
            }
        }
        Double lat =
                city != null && city.lat() != null ? city.lat() : province.get().lat();
        Double lng =
                city != null && city.lng() != null ? city.lng() : province.get().lng();
        return Optional.of(new PlaceView(
                provinceCode,
                province.get().name(),
                city == null ? null : city.code(),
                city == null ? null : city.name(),
                county == null ? null : county.code(),
                county == null ? null : county.name(),
                lat,
                lng));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TagView> findTag(UUID tagId) {
        return taxonomy.find(tagId).map(tag -> view(tag, groupCodes()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<TagView> findTags(Collection<UUID> tagIds) {
        Map<UUID, String> groupCodes = groupCodes();
        return taxonomy.findAll(tagIds).stream().map(t -> view(t, groupCodes)).toList();
    }

    private Map<UUID, String> groupCodes() {
        return groups.findAll().stream()
                .collect(Collectors.toMap(AttributeGroup::getId, AttributeGroup::getCode, (a, b) -> a));
    }

    static TagView view(Tag tag, Map<UUID, String> groupCodes) {
        return new TagView(
                tag.getId(),
                tag.getCode(),
                tag.getKind(),
                tag.getNameZh(),
                tag.getNameEn(),
                tag.getParentId(),
                tag.getGroupId() == null ? null : groupCodes.get(tag.getGroupId()),
                tag.isRetired());
    }
}
