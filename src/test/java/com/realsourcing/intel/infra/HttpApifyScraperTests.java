package com.realsourcing.intel.infra;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.realsourcing.intel.domain.IntelProperties;
import com.realsourcing.intel.domain.TikTokScraper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real Apify adapter against a local stub answering in Apify API v2's documented format. */
class HttpApifyScraperTests {

    @RegisterExtension
    static WireMockExtension apify = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    HttpApifyScraper scraper;

    @BeforeEach
    void setUp() {
        scraper = new HttpApifyScraper(new IntelProperties(
                new IntelProperties.Apify(
                        "real",
                        apify.baseUrl(),
                        "apify_api_test_token",
                        "clockworks~tiktok-scraper",
                        List.of("factory", "OEM"),
                        20,
                        Duration.ofMillis(10),
                        Duration.ofSeconds(5),
                        2,
                        3,
                        Duration.ofMillis(5),
                        Duration.ofSeconds(5)),
                new IntelProperties.Refresh(false, "0 30 3 * * *", "Asia/Shanghai"),
                new IntelProperties.Demo(1, 1, 1, 1, false),
                NewsFeedsTests.NEWS,
                2000,
                1));
    }

    static String fixture(String name) throws IOException {
        try (var in = HttpApifyScraperTests.class.getResourceAsStream("/fixtures/apify/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void startsTheActorWithTheSearchInputAndTheTokenAsBearer() throws IOException {
        apify.stubFor(post(urlPathEqualTo("/v2/acts/clockworks~tiktok-scraper/runs"))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(fixture("run-running.json"))));

        TikTokScraper.Run run = scraper.start(List.of("clothing factory", "machine oem"), 20);

        assertThat(run.id()).isEqualTo("HG7ML7M8z78YcAPEB");
        assertThat(run.status()).isEqualTo("RUNNING");
        assertThat(run.finished()).isFalse();
        assertThat(run.datasetId()).isEqualTo("wmKPijuyDnPZAPRMk");
        apify.verify(postRequestedFor(urlPathEqualTo("/v2/acts/clockworks~tiktok-scraper/runs"))
                .withHeader("Authorization", equalTo("Bearer apify_api_test_token"))
                .withRequestBody(matchingJsonPath("$.searchQueries[0]", equalTo("clothing factory")))
                .withRequestBody(matchingJsonPath("$.resultsPerPage", equalTo("20")))
                .withRequestBody(matchingJsonPath("$.shouldDownloadVideos", equalTo("false"))));
    }

    @Test
    void pollsTheRunAndRetriesRateLimitsAndServerErrors() throws IOException {
        apify.stubFor(get(urlPathEqualTo("/v2/actor-runs/HG7ML7M8z78YcAPEB"))
                .inScenario("busy")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withBody(fixture("error-rate-limit.json")))
                .willSetStateTo("limited once"));
        apify.stubFor(get(urlPathEqualTo("/v2/actor-runs/HG7ML7M8z78YcAPEB"))
                .inScenario("busy")
                .whenScenarioStateIs("limited once")
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("recovered"));
        apify.stubFor(get(urlPathEqualTo("/v2/actor-runs/HG7ML7M8z78YcAPEB"))
                .inScenario("busy")
                .whenScenarioStateIs("recovered")
                .willReturn(aResponse().withBody(fixture("run-succeeded.json"))));

        TikTokScraper.Run run = scraper.run("HG7ML7M8z78YcAPEB");

        assertThat(run.succeeded()).isTrue();
        apify.verify(3, getRequestedFor(urlPathEqualTo("/v2/actor-runs/HG7ML7M8z78YcAPEB")));
    }

    @Test
    void givesUpAfterTheRetriesAndNamesApifysError() throws IOException {
        apify.stubFor(get(urlPathEqualTo("/v2/actor-runs/X"))
                .willReturn(aResponse().withStatus(429).withBody(fixture("error-rate-limit.json"))));
        assertThatThrownBy(() -> scraper.run("X"))
                .isInstanceOf(TikTokScraper.ScraperException.class)
                .hasMessageContaining("429")
                .hasMessageContaining("rate-limit-exceeded");
        apify.verify(4, getRequestedFor(urlPathEqualTo("/v2/actor-runs/X")));

        apify.stubFor(get(urlPathEqualTo("/v2/actor-runs/Y"))
                .willReturn(aResponse().withStatus(401).withBody(fixture("error-token.json"))));
        assertThatThrownBy(() -> scraper.run("Y")).hasMessageContaining("token-not-valid");
        apify.verify(1, getRequestedFor(urlPathEqualTo("/v2/actor-runs/Y")));
    }

    @Test
    void pagesThroughDatasetItemsWithOffsetAndLimit() throws IOException {
        String items = fixture("items-shape-sample.json");
        apify.stubFor(get(urlPathEqualTo("/v2/datasets/wmKPijuyDnPZAPRMk/items"))
                .withQueryParam("offset", equalTo("0"))
                .withQueryParam("limit", equalTo("2"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withHeader("X-Apify-Pagination-Total", "3")
                        .withHeader("X-Apify-Pagination-Offset", "0")
                        .withHeader("X-Apify-Pagination-Limit", "2")
                        .withBody(items)));

        TikTokScraper.Page page = scraper.items("wmKPijuyDnPZAPRMk", 0, 2);

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).hasSize(2);
        assertThat(page.items().get(0).path("webVideoUrl").asString()).endsWith("/video/7543693751290481942");
        apify.verify(getRequestedFor(urlPathEqualTo("/v2/datasets/wmKPijuyDnPZAPRMk/items"))
                .withQueryParam("clean", equalTo("true"))
                .withQueryParam("format", equalTo("json"))
                .withHeader("Authorization", equalTo("Bearer apify_api_test_token")));
    }

    @Test
    void refusesToStartWithoutAToken() {
        assertThatThrownBy(() -> new HttpApifyScraper(new IntelProperties(
                        new IntelProperties.Apify(
                                "real",
                                apify.baseUrl(),
                                " ",
                                "a",
                                List.of(),
                                1,
                                Duration.ZERO,
                                Duration.ZERO,
                                1,
                                0,
                                Duration.ZERO,
                                Duration.ofSeconds(1)),
                        new IntelProperties.Refresh(false, "", ""),
                        new IntelProperties.Demo(1, 1, 1, 1, false),
                        NewsFeedsTests.NEWS,
                        1,
                        1)))
                .isInstanceOf(IllegalStateException.class);
    }
}
