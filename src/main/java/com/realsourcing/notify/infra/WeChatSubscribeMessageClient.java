package com.realsourcing.notify.infra;

import com.realsourcing.notify.domain.DeliveryException;
import com.realsourcing.notify.domain.NotifyProperties;
import com.realsourcing.notify.domain.WeChatSubscribeMessageSender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.util.Assert;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WeChat mini-program subscribe messages over WeChat's HTTP API. The access token ({@code GET /cgi-bin/token}) is
 * cached until five minutes before it expires and fetched again when WeChat reports it invalid or expired
 * (errcode 40001, 40014, 42001), then the send is retried once. A non-zero {@code errcode} — 43101 when the user
 * has not subscribed — becomes a {@link DeliveryException}. Exceptions never carry the request URL, because it
 * holds the app secret or the access token.
 */
public class WeChatSubscribeMessageClient implements WeChatSubscribeMessageSender {

    private static final Set<Integer> TOKEN_ERRORS = Set.of(40001, 40014, 42001);
    private static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);

    private final NotifyProperties.WeChat settings;
    private final Clock clock;
    private final RestClient http;
    private final JsonMapper json = JsonMapper.shared();

    private String accessToken;
    private Instant refreshAt = Instant.MIN;

    public WeChatSubscribeMessageClient(NotifyProperties.WeChat settings, Clock clock) {
        Assert.hasText(settings.appId(), "realsourcing.notify.wechat.app-id is required in live mode");
        Assert.hasText(settings.appSecret(), "realsourcing.notify.wechat.app-secret is required in live mode");
        this.settings = settings;
        this.clock = clock;
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(settings.timeout());
        requests.setReadTimeout(settings.timeout());
        this.http = RestClient.builder()
                .baseUrl(settings.baseUrl().toString())
                .requestFactory(requests)
                .build();
    }

    @Override
    public String send(WeChatSubscribeMessage message) {
        String token = accessToken();
        JsonNode response = post(token, message);
        if (TOKEN_ERRORS.contains(response.path("errcode").asInt(0))) {
            invalidate(token);
            response = post(accessToken(), message);
        }
        int errcode = response.path("errcode").asInt(0);
        if (errcode != 0) {
            throw new DeliveryException(
                    "WeChat errcode " + errcode + ": " + response.path("errmsg").asString(""));
        }
        return response.hasNonNull("msgid") ? response.path("msgid").asString() : null;
    }

    private JsonNode post(String token, WeChatSubscribeMessage message) {
        Map<String, Object> data = new LinkedHashMap<>();
        message.data().forEach((field, value) -> data.put(field, Map.of("value", value)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("touser", message.openId());
        body.put("template_id", message.templateId());
        if (message.page() != null) {
            body.put("page", message.page());
        }
        body.put("data", data);
        body.put("miniprogram_state", settings.miniprogramState());
        body.put("lang", "zh_CN");
        return call("message/subscribe/send", () -> http.post()
                .uri(uri -> uri.path("/cgi-bin/message/subscribe/send")
                        .queryParam("access_token", token)
                        .build())
                .contentType(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsString(body))
                .retrieve()
                .body(String.class));
    }

    synchronized String accessToken() {
        Instant now = clock.instant();
        if (accessToken != null && now.isBefore(refreshAt)) {
            return accessToken;
        }
        JsonNode response = call("token", () -> http.get()
                .uri(uri -> uri.path("/cgi-bin/token")
                        .queryParam("grant_type", "client_credential")
                        .queryParam("appid", settings.appId())
                        .queryParam("secret", settings.appSecret())
                        .build())
                .retrieve()
                .body(String.class));
        if (!response.hasNonNull("access_token")) {
            throw new DeliveryException("WeChat refused the access token: errcode "
                    + response.path("errcode").asInt(-1) + ": "
                    + response.path("errmsg").asString(""));
        }
        long expiresIn = response.path("expires_in").asLong(7200);
        Duration valid = Duration.ofSeconds(expiresIn);
        Duration margin = valid.compareTo(REFRESH_MARGIN.multipliedBy(2)) > 0 ? REFRESH_MARGIN : valid.dividedBy(2);
        accessToken = response.path("access_token").asString();
        refreshAt = now.plus(valid.minus(margin));
        return accessToken;
    }

    private synchronized void invalidate(String token) {
        if (token.equals(accessToken)) {
            accessToken = null;
        }
    }

    private JsonNode call(String operation, java.util.function.Supplier<String> request) {
        String body;
        try {
            body = request.get();
        } catch (RestClientException e) {
            Throwable root = e.getMostSpecificCause();
            throw new DeliveryException("WeChat " + operation + " request failed: "
                    + root.getClass().getSimpleName() + (root == e ? "" : ": " + root.getMessage()));
        }
        try {
            return json.readTree(body == null ? "{}" : body);
        } catch (RuntimeException e) {
            throw new DeliveryException("WeChat " + operation + " answered with something other than JSON");
        }
    }
}
