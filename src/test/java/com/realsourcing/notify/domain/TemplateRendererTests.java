package com.realsourcing.notify.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class TemplateRendererTests {

    private final TemplateRenderer renderer = new TemplateRenderer(messages());

    @Test
    void rendersTitleAndBodyInTheRecipientsLanguageAndZone() {
        Map<String, Object> params = Map.of("name", "Alice", "sentAt", Instant.parse("2025-07-01T12:00:00Z"));

        TemplateRenderer.Rendered english =
                renderer.render("notify.notify.channel-test", params, Locale.US, ZoneId.of("America/New_York"));
        TemplateRenderer.Rendered chinese = renderer.render(
                "notify.notify.channel-test", params, Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai"));

        assertThat(english.title()).isEqualTo("Alice, this is a test notification");
        assertThat(english.body()).contains("sent at 2025-07-01 08:00.");
        assertThat(chinese.title()).isEqualTo("Alice，这是一条测试通知");
        assertThat(chinese.body()).contains("发送于 2025-07-01 20:00。");
    }

    @Test
    void keepsNumbersAsWritten() {
        assertThat(TemplateRenderer.format(4211, ZoneId.of("UTC"))).isEqualTo("4211");
        assertThat(TemplateRenderer.format(new BigDecimal("1E+3"), ZoneId.of("UTC")))
                .isEqualTo("1000");
    }

    @Test
    void failsLoudlyForAnUnknownTemplate() {
        assertThatThrownBy(() -> renderer.render("notify.nobody.nothing", Map.of(), Locale.US, ZoneId.of("UTC")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("notify.nobody.nothing.title");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/notify");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
