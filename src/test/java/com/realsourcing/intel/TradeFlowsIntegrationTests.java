package com.realsourcing.intel;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The trade leg of "where to export": the labelled synthetic table until an operator imports a licensed one, a UN
 * Comtrade extract with bad rows reported and other rows skipped, and the score and its reasons following the import.
 */
class TradeFlowsIntegrationTests extends ApiTestSupport {

    static final String COMTRADE =
            """
            typeCode,freqCode,refYear,reporterCode,reporterISO,flowCode,partnerCode,partnerISO,cmdCode,primaryValue
            C,A,2024,156,CHN,X,566,NGA,61,5000000000
            C,A,2024,156,CHN,X,566,NGA,62,1000000000
            C,A,2024,156,CHN,X,842,USA,61,3000000000
            C,A,2024,842,USA,X,156,CHN,61,9000000000
            C,A,2024,156,CHN,M,566,NGA,61,7000000000
            C,A,2024,156,CHN,X,566,NGA,6109,8000000000
            C,A,2024,156,CHN,X,0,W00,61,9900000000
            C,A,2024,156,CHN,X,999,XXX,61,100
            C,A,2024,156,CHN,X,566,NGA,63,abc
            C,A,20x4,156,CHN,X,566,NGA,63,100
            """;

    @Test
    void aComtradeExtractReplacesTheSyntheticTableInTheScore() {
        ApiClient factory = loggedIn("FACTORY");
        JsonNode sources = factory.get("/api/intel/trade-sources").json();
        assertThat(sources.findValuesAsString("name")).isNotEmpty();

        // Textile videos aimed at Nigeria and the United States, so both markets are scored.
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
        ApifyFixtures.importAndWait(
                admin(),
                ApifyFixtures.item(
                        IntelImportApiIntegrationTests.uniqueId(),
                        "lagos_textile_" + suffix,
                        "Textile factory, garment wholesale to Nigeria #nigeria #textile",
                        List.of("nigeria", "textile"),
                        ApifyFixtures.daysAgo(2),
                        50_000,
                        2_000,
                        100,
                        50,
                        20),
                ApifyFixtures.item(
                        IntelImportApiIntegrationTests.uniqueId(),
                        "usa_textile_" + suffix,
                        "Textile factory, garment OEM for USA #usa #textile",
                        List.of("usa", "textile"),
                        ApifyFixtures.daysAgo(2),
                        40_000,
                        1_000,
                        100,
                        50,
                        20));

        if (!sources.get(0).path("synthetic").asBoolean()) {
            throw new AssertionError("expected the synthetic table before any import: " + sources);
        }
        JsonNode before = search(factory);
        assertThat(before.path("tradeDataNote").asString()).contains("合成示例数据");
        assertThat(advice(before, "NG").path("parts").findValuesAsString("name"))
                .contains("trade");

        var missingLicence = admin().upload(
                        "/api/intel/admin/trade-sources",
                        "comtrade.csv",
                        COMTRADE.getBytes(StandardCharsets.UTF_8),
                        Map.of("name", "UN Comtrade 2024", "licence", " "));
        assertThat(missingLicence.status()).isEqualTo(400);
        assertThat(missingLicence.json().path("errors").get(0).path("field").asString())
                .isEqualTo("licence");
        var unknownHeader = admin().upload(
                        "/api/intel/admin/trade-sources",
                        "other.csv",
                        "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8),
                        Map.of("name", "x", "licence", "y"));
        assertThat(unknownHeader.status()).isEqualTo(400);
        assertThat(unknownHeader.text("code")).isEqualTo("intel.trade-header-unknown");

        var imported = admin().upload(
                        "/api/intel/admin/trade-sources",
                        "comtrade.csv",
                        COMTRADE.getBytes(StandardCharsets.UTF_8),
                        Map.of("name", "UN Comtrade 2024 test extract", "licence", "UN Comtrade terms of use"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode result = imported.json();
        assertThat(result.path("imported").asInt()).as("NG 61, NG 62, US 61").isEqualTo(3);
        assertThat(result.path("skipped").asInt())
                .as("another reporter, an import flow, a 4-digit code, the World")
                .isEqualTo(4);
        assertThat(result.path("errors").findValuesAsString("code"))
                .containsExactly("intel.trade-row-partner", "intel.trade-row-value", "intel.trade-row-year");
        assertThat(result.path("errors").findValues("line").stream().map(JsonNode::asInt))
                .containsExactly(9, 10, 11);
        assertThat(result.path("errors").get(0).path("message").asString()).contains("XXX", "贸易伙伴");
        assertThat(result.path("source").path("synthetic").asBoolean()).isFalse();

        assertThat(factory.get("/api/intel/trade-sources")
                        .json()
                        .get(0)
                        .path("name")
                        .asString())
                .as("the import is now the table in use")
                .isEqualTo("UN Comtrade 2024 test extract");
        JsonNode after = search(factory);
        assertThat(after.path("tradeDataNote").asString()).contains("UN Comtrade 2024 test extract", "2024");
        JsonNode ng = advice(after, "NG");
        JsonNode trade = part(ng, "trade");
        assertThat(trade.path("value").asDouble())
                .as("Nigeria is the biggest market: 60亿 of 60亿")
                .isEqualTo(1.0);
        assertThat(trade.path("weight").asDouble()).isEqualTo(0.2);
        assertThat(ng.path("reasonsZh").toString()).contains("60亿", "100%", "UN Comtrade 2024 test extract");
        assertThat(part(advice(after, "US"), "trade").path("value").asDouble()).isEqualTo(0.5);

        // The same name again replaces the source instead of adding a second one.
        assertThat(admin().upload(
                                "/api/intel/admin/trade-sources",
                                "comtrade.csv",
                                COMTRADE.getBytes(StandardCharsets.UTF_8),
                                Map.of("name", "UN Comtrade 2024 test extract", "licence", "UN Comtrade terms of use"))
                        .status())
                .isEqualTo(200);
        assertThat(factory.get("/api/intel/trade-sources").json().findValuesAsString("name").stream()
                        .filter("UN Comtrade 2024 test extract"::equals)
                        .count())
                .isEqualTo(1);
        assertThat(factory.upload(
                                "/api/intel/admin/trade-sources",
                                "comtrade.csv",
                                COMTRADE.getBytes(StandardCharsets.UTF_8),
                                Map.of("name", "mine", "licence", "mine"))
                        .status())
                .as("only operators import")
                .isEqualTo(403);
    }

    private static JsonNode search(ApiClient client) {
        var response = client.post("/api/search/industry", Map.of("industry", "textiles-apparel", "period", "7d"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode advice(JsonNode search, String country) {
        for (JsonNode a : search.path("countryAdvice")) {
            if (a.path("code").asString().equals(country)) {
                return a;
            }
        }
        throw new AssertionError("no advice for " + country + ": " + search.path("countryAdvice"));
    }

    private static JsonNode part(JsonNode advice, String name) {
        for (JsonNode p : advice.path("parts")) {
            if (p.path("name").asString().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no part " + name + ": " + advice);
    }
}
