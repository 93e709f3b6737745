package com.realsourcing.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvReaderTests {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        String csv = "\uFEFFhs2,name_en,name_zh\r\n"
                + "03,\"Fish and crustaceans, molluscs\",鱼\r\n"
                + "49,\"Printed \"\"books\"\"\nand plans\",书籍\n"
                + "\n"
                + "99,,\n";

        List<Map<String, String>> rows = CsvReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsEntry("hs2", "03").containsEntry("name_en", "Fish and crustaceans, molluscs");
        assertThat(rows.get(1))
                .containsEntry("name_en", "Printed \"books\"\nand plans")
                .containsEntry("name_zh", "书籍");
        assertThat(rows.get(2)).containsEntry("name_en", "").containsEntry("name_zh", "");
    }

    @Test
    void readsTheShippedHsChapterMap() {
        List<Map<String, String>> rows = CsvReader.read("reference/hs_chapter_zh_industry_map.csv");
        assertThat(rows).hasSize(97);
        assertThat(rows)
                .extracting(r -> r.get("industry_bucket"))
                .containsOnly(
                        "textiles_apparel",
                        "electronics",
                        "machinery",
                        "chemicals",
                        "home_goods",
                        "food_beverage",
                        "other");
    }
}
