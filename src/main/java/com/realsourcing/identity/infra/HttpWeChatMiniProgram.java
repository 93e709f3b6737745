package com.realsourcing.identity.infra;

import com.realsourcing.identity.domain.IdentityProperties;
import com.realsourcing.identity.domain.WeChatMiniProgram;
import com.realsourcing.shared.domain.DomainException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real {@code GET /sns/jscode2session} call (appid, secret, js_code, grant_type=authorization_code). WeChat
 * answers HTTP 200 with {@code errcode} on failure, often as {@code text/plain}: 40029 invalid code, 40163 code
 * already used, 45011 rate limited, 40226 high-risk user, -1 system busy (retried once).
 */
@Component
@ConditionalOnProperty(name = "realsourcing.identity.wechat.mode", havingValue = "real")
class HttpWeChatMiniProgram implements WeChatMiniProgram {

    private static final Logger log = LoggerFactory.getLogger(HttpWeChatMiniProgram.class);

    private final RestClient http;
    private final IdentityProperties.WeChat settings;
    private final JsonMapper json;

    HttpWeChatMiniProgram(IdentityProperties properties, JsonMapper json) {
        this.settings = properties.wechat();
        this.json = json;
        if (settings.appId() == null || settings.appSecret() == null) {
            throw new IllegalStateException(
                    "realsourcing.identity.wechat.app-id and app-secret are required when mode=real");
        }
        var factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(Duration.ofSeconds(3));
        factory.setReadTimeout(Duration.ofSeconds(5));
        this.http = RestClient.builder()
                .baseUrl(settings.baseUrl())
                .requestFactory(factory)
                .build();
    }

    @Override
    public WeChatSession codeToSession(String code) {
        for (int attempt = 1; ; attempt++) {
            JsonNode body = call(code);
            int errcode = body.path("errcode").asInt(0);
            if (errcode == 0 && body.hasNonNull("openid")) {
                return new WeChatSession(
                        body.get("openid").asString(),
                        body.hasNonNull("unionid") ? body.get("unionid").asString() : null,
                        body.path("session_key").asString(null));
            }
            log.warn(
                    "WeChat code2session failed: errcode={} errmsg={}",
                    errcode,
                    body.path("errmsg").asString(""));
            switch (errcode) {
                case 40029, 40163, 40226 -> throw DomainException.badRequest("identity.wechat-code-invalid");
                case 45011 ->
                    throw new DomainException(HttpStatus.TOO_MANY_REQUESTS, "shared.rate-limited")
                            .with("retryAfterSeconds", 60);
                case -1 -> {
                    if (attempt < 2) {
                        continue;
                    }
                    throw new DomainException(HttpStatus.SERVICE_UNAVAILABLE, "identity.wechat-unavailable");
                }
                default -> throw new DomainException(HttpStatus.BAD_GATEWAY, "identity.wechat-unavailable");
            }
        }
    }

    private JsonNode call(String code) {
        try {
            String text = http.get()
                    .uri(uri -> uri.path("/sns/jscode2session")
                            .queryParam("appid", settings.appId())
                            .queryParam("secret", settings.appSecret())
                            .queryParam("js_code", code)
                            .queryParam("grant_type", "authorization_code")
                            .build())
                    .retrieve()
                    .body(String.class);
            return json.readTree(text == null ? "{}" : text);
        } catch (RestClientException | tools.jackson.core.JacksonException e) {
            log.warn("WeChat code2session unreachable", e);
            throw new DomainException(HttpStatus.SERVICE_UNAVAILABLE, "identity.wechat-unavailable");
        }
    }
}
