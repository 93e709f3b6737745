package com.realsourcing.directory.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each factory's full-text keywords: its tags' Chinese and English names, its industry's export-industry
 * names (seed 000's 纺织服装 …), its province and city (full and short names) and its showcase products' names. Search matches these, so a buyer typing 保温杯
 * finds factories tagged or showing 保温杯 even when the company name does not say it. A tag rename refreshes the
 * factories that carry it.
 */
@Component
class FactoryKeywords {

    static final int MAX_LENGTH = 8000;

    private final TaxonomyService taxonomy;
    private final ShowcaseProductRepository products;
    private final FactoryRepository factories;
    private final Regions regions;

    FactoryKeywords(
            TaxonomyService taxonomy,
            ShowcaseProductRepository products,
            FactoryRepository factories,
            Regions regions) {
        this.taxonomy = taxonomy;
        this.products = products;
        this.factories = factories;
        this.regions = regions;
    }

    void refresh(Factory factory) {
        factory.changeSearchKeywords(compute(factory), java.time.Instant.now());
    }

    String compute(Factory factory) {
        Set<String> words = new LinkedHashSet<>();
        List<UUID> tagIds = new ArrayList<>();
        if (factory.getIndustryTagId() != null) {
            tagIds.add(factory.getIndustryTagId());
            taxonomy.exportIndustriesOf(factory.getIndustryTagId()).forEach(e -> {
                words.add(e.getNameZh());
                words.add(e.getNameEn());
            });
        }
        tagIds.addAll(factory.getCategoryTagIds());
        tagIds.addAll(factory.getAttributeTagIds());
        for (Tag tag : taxonomy.findAll(tagIds)) {
            words.add(tag.getNameZh());
            words.add(tag.getNameEn());
        }
        regions.province(factory.getProvinceCode()).ifPresent(p -> words.add(ChineseAddresses.placeWords(p.name())));
        regions.city(factory.getCityCode()).ifPresent(c -> words.add(ChineseAddresses.placeWords(c.name())));
        products.findByFactoryIdOrderByPositionAscCreatedAtAsc(factory.getId()).forEach(p -> words.add(p.getName()));
        String joined = String.join(" ", words);
        return joined.length() <= MAX_LENGTH ? joined : joined.substring(0, MAX_LENGTH);
    }

    @EventListener
    @Transactional
    void on(TaxonomyService.TagRenamed renamed) {
        for (Factory factory : factories.findTagged(renamed.tagId())) {
            refresh(factory);
        }
    }
}
