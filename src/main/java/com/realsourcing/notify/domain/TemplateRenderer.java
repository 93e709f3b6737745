package com.realsourcing.notify.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Renders {@code <template>.title} and {@code <template>.body} from the message bundles in the recipient's
 * language. Messages are fetched without arguments so Spring returns them untouched (no MessageFormat), then
 * {@code {name}} placeholders are filled; times are shown in the recipient's time zone, numbers as they are (a code
 * 004211 must not become 4,211).
 */
@Component
class TemplateRenderer {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;

    TemplateRenderer(MessageSource messages) {
        this.messages = messages;
    }

    record Rendered(String title, String body) {}

    Rendered render(String template, Map<String, Object> params, Locale locale, ZoneId zone) {
        return new Rendered(
                fill(text(template + ".title", locale), params, zone),
                fill(text(template + ".body", locale), params, zone));
    }

    String text(String key, Locale locale) {
        try {
            return messages.getMessage(key, null, locale);
        } catch (NoSuchMessageException e) {
            throw new IllegalArgumentException("No notification text " + key + " for " + locale.toLanguageTag(), e);
        }
    }

    private static String fill(String text, Map<String, Object> params, ZoneId zone) {
        return NamedPlaceholders.fill(text, name -> params.containsKey(name) ? format(params.get(name), zone) : null);
    }

    static String format(Object value, ZoneId zone) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant instant) {
            return DATE_TIME.format(instant.atZone(zone));
        }
        if (value instanceof ZonedDateTime time) {
            return DATE_TIME.format(time.withZoneSameInstant(zone));
        }
        if (value instanceof OffsetDateTime time) {
            return DATE_TIME.format(time.atZoneSameInstant(zone));
        }
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
        }
        if (value instanceof TemporalAccessor temporal) {
            return temporal.toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }
}
