package com.realsourcing.identity.infra;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.realsourcing.identity.domain.IdentityProperties;
import com.realsourcing.shared.domain.DomainException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

/** The real code2session adapter against a local stub answering in WeChat's documented format. */
class HttpWeChatMiniProgramTests {

    @RegisterExtension
    static WireMockExtension wechat = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    HttpWeChatMiniProgram client;

    @BeforeEach
    void setUp() {
        var properties = new IdentityProperties(
                null,
                new IdentityProperties.Throttle(3, Duration.ofSeconds(30), 8, Duration.ofMinutes(15)),
                Duration.ofMinutes(15),
                Duration.ofDays(7),
                Duration.ofSeconds(10),
                new IdentityProperties.WeChat("real", "wx1234567890abcdef", "app-secret", wechat.baseUrl()));
        client = new HttpWeChatMiniProgram(properties, JsonMapper.builder().build());
    }

    @Test
    void exchangesTheCodeForOpenIdAndUnionIdSendingTheDocumentedParameters() throws IOException {
        // WeChat answers text/plain even for JSON.
        wechat.stubFor(get(urlPathEqualTo("/sns/jscode2session"))
                .willReturn(aResponse().withHeader("Content-Type", "text/plain").withBody(fixture("ok"))));

        var session = client.codeToSession("081abc");

        assertThat(session.openId()).isEqualTo("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o");
        assertThat(session.unionId()).isEqualTo("o6_bmasdasdsad6_2sgVt7hMZOPfL");
        wechat.verify(getRequestedFor(urlPathEqualTo("/sns/jscode2session"))
                .withQueryParam("appid", equalTo("wx1234567890abcdef"))
                .withQueryParam("secret", equalTo("app-secret"))
                .withQueryParam("js_code", equalTo("081abc"))
                .withQueryParam("grant_type", equalTo("authorization_code")));
    }

    @Test
    void anInvalidCodeIsTheCallersMistake() throws IOException {
        wechat.stubFor(get(urlPathEqualTo("/sns/jscode2session"))
                .willReturn(aResponse().withBody(fixture("invalid-code"))));
        assertThatThrownBy(() -> client.codeToSession("used"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("identity.wechat-code-invalid"));
    }

    @Test
    void aBusyWeChatIsRetriedOnce() throws IOException {
        wechat.stubFor(get(urlPathEqualTo("/sns/jscode2session"))
                .inScenario("busy")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withBody(fixture("busy")))
                .willSetStateTo("recovered"));
        wechat.stubFor(get(urlPathEqualTo("/sns/jscode2session"))
                .inScenario("busy")
                .whenScenarioStateIs("recovered")
                .willReturn(aResponse().withBody(fixture("ok"))));

        assertThat(client.codeToSession("081abc").openId()).isEqualTo("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o");
        wechat.verify(2, getRequestedFor(urlPathEqualTo("/sns/jscode2session")));
    }

    @Test
    void theRateLimitBecomesA429WithRetryAfter() throws IOException {
        wechat.stubFor(get(urlPathEqualTo("/sns/jscode2session"))
                .willReturn(aResponse().withBody(fixture("rate-limited"))));
        assertThatThrownBy(() -> client.codeToSession("x")).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status().value()).isEqualTo(429);
            assertThat(e.properties()).containsKey("retryAfterSeconds");
        });
    }

    @Test
    void anUnreachableWeChatIsA503NotA500() {
        wechat.stubFor(get(urlPathEqualTo("/sns/jscode2session"))
                .willReturn(aResponse().withStatus(502)));
        assertThatThrownBy(() -> client.codeToSession("x"))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.status().value()).isEqualTo(503));
    }

    private static String fixture(String name) throws IOException {
        try (var in = HttpWeChatMiniProgramTests.class.getResourceAsStream(
                "/fixtures/wechat/jscode2session-" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
