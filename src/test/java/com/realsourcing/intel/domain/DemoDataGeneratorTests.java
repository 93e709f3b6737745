package com.realsourcing.intel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTests {

    final IntelReference reference = new IntelReference(new FakeDirectory());
    final LabelRules rules = new LabelRules(reference);

    List<VideoItem> generate(long seed) {
        List<VideoItem> all = new ArrayList<>();
        new DemoDataGenerator(seed, 50, 2_000, 84, LocalDate.of(2026, 11, 22), reference).generate(700, all::addAll);
        return all;
    }

    @Test
    void theSameSeedGivesTheSameDataInBatches() {
        List<VideoItem> first = generate(2026);
        List<VideoItem> second = generate(2026);

        assertThat(first).hasSize(2_000);
        assertThat(first).isEqualTo(second);
        assertThat(generate(2027)).isNotEqualTo(first);
        assertThat(first.stream().map(VideoItem::videoId).distinct()).hasSize(2_000);
    }

    @Test
    void coversEveryIndustryAndRegionWithinTheTwelveWeeksAndTheRulesReadIt() {
        List<VideoItem> items = generate(2026);
        Set<String> industries = new HashSet<>();
        Set<String> regions = new HashSet<>();
        for (VideoItem item : items) {
            LabelRules.VideoLabels labels = rules.classify(item);
            industries.add(labels.industry());
            regions.add(labels.region());
            assertThat(item.publishedAt())
                    .isBetween(
                            LocalDate.of(2026, 8, 30)
                                    .atStartOfDay(java.time.ZoneOffset.UTC)
                                    .toInstant(),
                            LocalDate.of(2026, 11, 23)
                                    .atStartOfDay(java.time.ZoneOffset.UTC)
                                    .toInstant());
        }
        assertThat(industries)
                .contains("textiles-apparel", "electronics", "machinery", "chemicals", "home-goods", "food-beverage");
        assertThat(regions)
                .contains(
                        "north-america",
                        "europe",
                        "southeast-asia",
                        "sub-saharan-africa",
                        "middle-east-north-africa",
                        "latin-america")
                .doesNotContain("unknown");
    }
}
