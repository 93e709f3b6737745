package com.realsourcing.notify.domain;

import com.realsourcing.shared.security.EncryptedStringConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * Notify's copy of how to reach a user, pushed by identity. Addresses are encrypted at rest. Written only through
 * {@link RecipientProfileRepository}'s upserts (so concurrent updates for one user cannot collide), hence immutable
 * here.
 */
@Entity
@Immutable
@Table(schema = "notify", name = "recipients")
class RecipientProfile {

    static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    @Id
    private UUID userId;

    private String locale;
    private String timeZone;

    @Convert(converter = EncryptedStringConverter.class)
    private String email;

    @Convert(converter = EncryptedStringConverter.class)
    private String mobile;

    @Convert(converter = EncryptedStringConverter.class)
    private String wechatOpenId;

    private Instant updatedAt;

    protected RecipientProfile() {
        // for JPA
    }

    /** zh-CN or en-US; anything else falls back to Simplified Chinese. */
    static String normalizeLocale(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en") ? "en-US" : "zh-CN";
    }

    static String normalizeTimeZone(String zone) {
        try {
            return zone == null || zone.isBlank()
                    ? DEFAULT_ZONE.getId()
                    : ZoneId.of(zone).getId();
        } catch (DateTimeException invalid) {
            return DEFAULT_ZONE.getId();
        }
    }

    Locale locale() {
        return Locale.forLanguageTag(locale);
    }

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    String email() {
        return email;
    }

    String mobile() {
        return mobile;
    }

    String wechatOpenId() {
        return wechatOpenId;
    }
}
