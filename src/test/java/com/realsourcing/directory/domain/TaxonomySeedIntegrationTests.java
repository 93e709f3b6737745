package com.realsourcing.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiTestSupport;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The HS chapters seeded by V2__seed_taxonomy.sql are those of the shipped map, each under its export industry. */
class TaxonomySeedIntegrationTests extends ApiTestSupport {

    @Test
    void theSeededHsChaptersAgreeWithTheShippedMap() {
        Map<String, String> seeded = new HashMap<>();
        for (JsonNode export : client().get("/api/directory/taxonomy").json().path("exportIndustries")) {
            String bucket = export.path("code").asString().replace('-', '_');
            export.path("hsChapters")
                    .forEach(h -> seeded.put(
                            String.join(
                                    "|",
                                    h.path("chapter").asString(),
                                    h.path("section").asString(),
                                    h.path("nameZh").asString(),
                                    h.path("nameEn").asString()),
                            bucket));
        }

        Map<String, String> shipped = new HashMap<>();
        CsvReader.read("reference/hs_chapter_zh_industry_map.csv")
                .forEach(row -> shipped.put(
                        String.join("|", row.get("hs2"), row.get("hs_section"), row.get("name_zh"), row.get("name_en")),
                        row.get("industry_bucket")));

        assertThat(seeded).hasSize(97).isEqualTo(shipped);
    }
}
