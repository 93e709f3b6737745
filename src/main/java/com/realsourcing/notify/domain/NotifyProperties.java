package com.realsourcing.notify.domain;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notify settings ({@code realsourcing.notify.*}). E-mail goes over SMTP when {@code spring.mail.host} is set and
 * to the in-memory sandbox otherwise; SMS always to the sandbox for now; WeChat subscribe messages to the sandbox
 * unless {@code wechat.mode=live}. Sandbox adapters fail for any address containing {@code sandbox-fail-marker}.
 */
@ConfigurationProperties("realsourcing.notify")
public record NotifyProperties(
        @DefaultValue Mail mail,
        @DefaultValue Sms sms,
        @DefaultValue WeChat wechat,
        @DefaultValue Dispatch dispatch,
        @DefaultValue("fail") String sandboxFailMarker) {

    /** {@code from} may carry a display name: {@code 真源 RealSourcing <no-reply@example.com>}. */
    public record Mail(@DefaultValue("RealSourcing <no-reply@realsourcing.local>") String from) {}

    /**
     * Shaped after Aliyun SendSms: a sign name and, per notify template, the provider's template code (SMS
     * templates are registered with the provider and only take parameters).
     */
    public record Sms(String signName, Map<String, String> templateCodes) {}

    /**
     * Mini-program subscribe messages. One generic template is used; its keyword fields receive the title, body and
     * time (WeChat limits {@code thing} values to 20 characters).
     */
    public record WeChat(
            @DefaultValue("sandbox") Mode mode,
            @DefaultValue("https://api.weixin.qq.com") URI baseUrl,
            String appId,
            String appSecret,
            @DefaultValue("sandbox-template") String templateId,
            String page,
            @DefaultValue("thing1") String titleField,
            @DefaultValue("thing2") String bodyField,
            @DefaultValue("time3") String timeField,
            @DefaultValue("formal") String miniprogramState,
            @DefaultValue("5s") Duration timeout) {

        public enum Mode {
            SANDBOX,
            LIVE
        }
    }

    /** Outgoing messages are sent after commit on a small pool of their own. */
    public record Dispatch(@DefaultValue("2") int threads, @DefaultValue("1000") int queueCapacity) {}
}
