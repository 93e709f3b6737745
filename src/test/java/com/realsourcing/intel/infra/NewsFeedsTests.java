package com.realsourcing.intel.infra;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.realsourcing.intel.domain.IntelProperties;
import com.realsourcing.intel.domain.NewsFeeds;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real RSS/Atom adapter against a local stub serving feeds in the RSS 2.0 and Atom 1.0 formats. */
class NewsFeedsTests {

    static final IntelProperties.News NEWS =
            new IntelProperties.News("real", true, "0 0 7 * * *", Duration.ofSeconds(5), 4096, 2, Duration.ofMillis(5));

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    final HttpNewsFeeds feeds = new HttpNewsFeeds(
            new IntelProperties(
                    new IntelProperties.Apify(
                            "sandbox",
                            "",
                            null,
                            "",
                            List.of(),
                            1,
                            Duration.ZERO,
                            Duration.ZERO,
                            1,
                            0,
                            Duration.ZERO,
                            Duration.ofSeconds(1)),
                    new IntelProperties.Refresh(false, "0 30 3 * * *", "Asia/Shanghai"),
                    new IntelProperties.Demo(1, 1, 1, 1, false),
                    NEWS,
                    2000,
                    1),
            Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC));

    static byte[] fixture(String name) throws IOException {
        try (var in = NewsFeedsTests.class.getResourceAsStream("/fixtures/news/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsAnRss2FeedWithPlainTextSummariesAndChinaDates() throws IOException {
        server.stubFor(get("/trade/rss.xml")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/rss+xml; charset=utf-8")
                        .withHeader("ETag", "\"v1\"")
                        .withHeader("Last-Modified", "Fri, 20 Nov 2026 02:30:00 GMT")
                        .withBody(fixture("rss2.xml"))));

        NewsFeeds.Result result = feeds.fetch(new NewsFeeds.Request(server.baseUrl() + "/trade/rss.xml", null, null));

        assertThat(result.feedTitle()).isEqualTo("商务部新闻 · 对外贸易");
        assertThat(result.entries()).as("the untitled item is left out").hasSize(2);
        NewsFeeds.Entry first = result.entries().get(0);
        assertThat(first.title()).isEqualTo("纺织服装出口退税率调整的通知");
        assertThat(first.summary()).isEqualTo("自 2026 年 12 月 1 日起，部分 纺织服装 产品出口退税率调整为 13% 。");
        assertThat(first.link()).isEqualTo("https://news.example.cn/trade/2026/11/20/textile-rebate.html");
        assertThat(first.published()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(result.entries().get(1).published())
                .as("23:10 +08:00 is the 18th in China")
                .isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(result.etag()).isEqualTo("\"v1\"");
        assertThat(result.lastModified()).isEqualTo("Fri, 20 Nov 2026 02:30:00 GMT");
    }

    @Test
    void readsAnAtomFeed() throws IOException {
        server.stubFor(get("/atom")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/atom+xml")
                        .withBody(fixture("atom.xml"))));

        NewsFeeds.Result result = feeds.fetch(new NewsFeeds.Request(server.baseUrl() + "/atom", null, null));

        assertThat(result.entries()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Common charger rules apply to laptops from April 2026");
            assertThat(e.link()).isEqualTo("https://policy.example.eu/news/common-charger-laptops");
            assertThat(e.summary()).isEqualTo("Laptops sold in the EU must charge over USB-C .");
            assertThat(e.published()).isEqualTo(LocalDate.of(2026, 11, 21));
        });
    }

    @Test
    void aConditionalFetchOfAnUnchangedFeedBringsNothing() {
        server.stubFor(get("/trade/rss.xml")
                .withHeader("If-None-Match", equalTo("\"v1\""))
                .willReturn(aResponse().withStatus(304)));

        NewsFeeds.Result result = feeds.fetch(
                new NewsFeeds.Request(server.baseUrl() + "/trade/rss.xml", "\"v1\"", "Fri, 20 Nov 2026 02:30:00 GMT"));

        assertThat(result.notModified()).isTrue();
        assertThat(result.entries()).isEmpty();
        assertThat(result.etag()).isEqualTo("\"v1\"");
        server.verify(getRequestedFor(urlEqualTo("/trade/rss.xml"))
                .withHeader("If-Modified-Since", equalTo("Fri, 20 Nov 2026 02:30:00 GMT")));
    }

    @Test
    void rateLimitedFetchesAreRetriedAfterTheServersPause() throws IOException {
        server.stubFor(get("/busy")
                .inScenario("busy")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0"))
                .willSetStateTo("ok"));
        server.stubFor(get("/busy")
                .inScenario("busy")
                .whenScenarioStateIs("ok")
                .willReturn(aResponse().withBody(fixture("atom.xml"))));

        assertThat(feeds.fetch(new NewsFeeds.Request(server.baseUrl() + "/busy", null, null))
                        .entries())
                .hasSize(1);
        server.verify(2, getRequestedFor(urlEqualTo("/busy")));
    }

    @Test
    void errorsSayWhatWentWrong() {
        server.stubFor(get("/gone").willReturn(aResponse().withStatus(404)));
        server.stubFor(get("/html").willReturn(aResponse().withBody("<html><body>not a feed</body></html>")));
        server.stubFor(get("/huge").willReturn(aResponse().withBody("<rss>" + "x".repeat(5000) + "</rss>")));
        server.stubFor(get("/down").willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> feeds.fetch(new NewsFeeds.Request(server.baseUrl() + "/gone", null, null)))
                .isInstanceOf(NewsFeeds.FeedException.class)
                .hasMessageContaining("HTTP 404");
        assertThatThrownBy(() -> feeds.fetch(new NewsFeeds.Request(server.baseUrl() + "/html", null, null)))
                .isInstanceOf(NewsFeeds.FeedException.class)
                .hasMessageContaining("not an RSS or Atom feed");
        assertThatThrownBy(() -> feeds.fetch(new NewsFeeds.Request(server.baseUrl() + "/huge", null, null)))
                .hasMessageContaining("larger than 4096 bytes");
        assertThatThrownBy(() -> feeds.fetch(new NewsFeeds.Request(server.baseUrl() + "/down", null, null)))
                .hasMessageContaining("HTTP 503");
        server.verify(3, getRequestedFor(urlEqualTo("/down")));
    }
}
