package com.realsourcing.notify.infra;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.realsourcing.notify.domain.DeliveryException;
import com.realsourcing.notify.domain.NotifyProperties;
import com.realsourcing.notify.domain.WeChatSubscribeMessageSender.WeChatSubscribeMessage;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The live WeChat adapter against WireMock answering in WeChat's documented JSON. */
class WeChatSubscribeMessageClientTests {

    private static final String SEND = "/cgi-bin/message/subscribe/send";
    private static final String TOKEN = "/cgi-bin/token";
    private static final String OPEN_ID = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o";

    private final WireMockServer wechat = new WireMockServer(options().dynamicPort());
    private final MutableClock clock = new MutableClock(Instant.parse("2025-05-01T00:00:00Z"));
    private WeChatSubscribeMessageClient client;

    @BeforeEach
    void start() {
        wechat.start();
        client = new WeChatSubscribeMessageClient(settings(URI.create("http://localhost:" + wechat.port())), clock);
    }

    @AfterEach
    void stop() {
        wechat.stop();
    }

    @Test
    void sendsWithACachedAccessToken() {
        token("ACCESS_TOKEN_1", 7200);
        wechat.stubFor(post(urlPathEqualTo(SEND))
                .withQueryParam("access_token", equalTo("ACCESS_TOKEN_1"))
                .willReturn(json("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":294402298110051942}")));

        String first = client.send(message());
        String second = client.send(message());

        assertThat(first).isEqualTo("294402298110051942");
        assertThat(second).isEqualTo(first);
        wechat.verify(
                1,
                getRequestedFor(urlPathEqualTo(TOKEN))
                        .withQueryParam("grant_type", equalTo("client_credential"))
                        .withQueryParam("appid", equalTo("wx-app"))
                        .withQueryParam("secret", equalTo("s3cr3t")));
        wechat.verify(
                2,
                postRequestedFor(urlPathEqualTo(SEND))
                        .withRequestBody(
                                equalToJson(
                                        """
                {"touser": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
                 "template_id": "TEMPLATE_ID",
                 "page": "pages/notify/index",
                 "data": {"thing1": {"value": "样品单已发货"}, "time3": {"value": "2025-05-01 08:00"}},
                 "miniprogram_state": "formal",
                 "lang": "zh_CN"}""")));
    }

    @Test
    void turnsARefusalIntoADeliveryFailure() {
        token("ACCESS_TOKEN_1", 7200);
        wechat.stubFor(post(urlPathEqualTo(SEND))
                .willReturn(json("{\"errcode\":43101,\"errmsg\":\"user refuse to accept the msg\"}")));

        assertThatThrownBy(() -> client.send(message()))
                .isInstanceOf(DeliveryException.class)
                .hasMessageContaining("43101")
                .hasMessageContaining("user refuse to accept the msg");
    }

    @Test
    void fetchesANewTokenWhenWeChatSaysItExpiredAndRetriesOnce() {
        wechat.stubFor(get(urlPathEqualTo(TOKEN))
                .inScenario("tokens")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json("{\"access_token\":\"OLD\",\"expires_in\":7200}"))
                .willSetStateTo("renewed"));
        wechat.stubFor(get(urlPathEqualTo(TOKEN))
                .inScenario("tokens")
                .whenScenarioStateIs("renewed")
                .willReturn(json("{\"access_token\":\"NEW\",\"expires_in\":7200}")));
        wechat.stubFor(post(urlPathEqualTo(SEND))
                .withQueryParam("access_token", equalTo("OLD"))
                .willReturn(json("{\"errcode\":42001,\"errmsg\":\"access_token expired\"}")));
        wechat.stubFor(post(urlPathEqualTo(SEND))
                .withQueryParam("access_token", equalTo("NEW"))
                .willReturn(json("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":1}")));

        assertThat(client.send(message())).isEqualTo("1");

        wechat.verify(2, getRequestedFor(urlPathEqualTo(TOKEN)));
    }

    @Test
    void renewsTheTokenShortlyBeforeItExpires() {
        token("ACCESS_TOKEN_1", 7200);
        wechat.stubFor(post(urlPathEqualTo(SEND)).willReturn(json("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":7}")));

        client.send(message());
        clock.advance(Duration.ofSeconds(6850));
        client.send(message()); // still cached: 350 s left
        clock.advance(Duration.ofSeconds(100)); // now within the last five minutes of 7200 s
        client.send(message());

        wechat.verify(2, getRequestedFor(urlPathEqualTo(TOKEN)));
    }

    @Test
    void reportsARefusedTokenWithoutLeakingTheSecret() {
        wechat.stubFor(
                get(urlPathEqualTo(TOKEN)).willReturn(json("{\"errcode\":40125,\"errmsg\":\"invalid appsecret\"}")));

        assertThatThrownBy(() -> client.send(message()))
                .isInstanceOf(DeliveryException.class)
                .hasMessageContaining("40125")
                .hasMessageNotContaining("s3cr3t");
    }

    @Test
    void reportsAnUnreachableServerWithoutLeakingTheSecret() {
        WeChatSubscribeMessageClient offline =
                new WeChatSubscribeMessageClient(settings(URI.create("http://localhost:1")), clock);

        assertThatThrownBy(() -> offline.send(message()))
                .isInstanceOf(DeliveryException.class)
                .hasMessageNotContaining("s3cr3t");
    }

    private void token(String token, int expiresIn) {
        wechat.stubFor(get(urlPathEqualTo(TOKEN))
                .willReturn(json("{\"access_token\":\"" + token + "\",\"expires_in\":" + expiresIn + "}")));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json; encoding=utf-8")
                .withBody(body);
    }

    private static WeChatSubscribeMessage message() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("thing1", "样品单已发货");
        data.put("time3", "2025-05-01 08:00");
        return new WeChatSubscribeMessage(OPEN_ID, "TEMPLATE_ID", "pages/notify/index", data);
    }

    private static NotifyProperties.WeChat settings(URI baseUrl) {
        return new NotifyProperties.WeChat(
                NotifyProperties.WeChat.Mode.LIVE,
                baseUrl,
                "wx-app",
                "s3cr3t",
                "TEMPLATE_ID",
                "pages/notify/index",
                "thing1",
                "thing2",
                "time3",
                "formal",
                Duration.ofSeconds(2));
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
