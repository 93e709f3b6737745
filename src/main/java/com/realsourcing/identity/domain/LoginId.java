package com.realsourcing.identity.domain;

import com.realsourcing.shared.domain.DomainException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A login as typed: a Chinese mainland mobile number (with or without +86, spaces or dashes) or an e-mail address,
 * normalised so that the same person always finds the same account.
 */
public record LoginId(Kind kind, String value) {

    public enum Kind {
        EMAIL,
        MOBILE
    }

    private static final Pattern MOBILE = Pattern.compile("(?:\\+?86)?(1[3-9]\\d{9})");
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+\\-]{1,64}@[A-Za-z0-9.\\-]{1,190}\\.[A-Za-z]{2,24}");

    public static LoginId mobile(String raw, String field) {
        String compact = raw == null ? "" : raw.replaceAll("[\\s\\-()]", "");
        var matcher = MOBILE.matcher(compact);
        if (!matcher.matches()) {
            throw DomainException.invalidField(field, "identity.mobile-invalid");
        }
        return new LoginId(Kind.MOBILE, matcher.group(1));
    }

    public static LoginId email(String raw, String field) {
        String trimmed = raw == null ? "" : raw.strip();
        if (!EMAIL.matcher(trimmed).matches()) {
            throw DomainException.invalidField(field, "identity.email-invalid");
        }
        return new LoginId(Kind.EMAIL, trimmed.toLowerCase(Locale.ROOT));
    }

    /** Either kind, told apart by the '@'. */
    public static LoginId parse(String raw, String field) {
        return raw != null && raw.contains("@") ? email(raw, field) : mobile(raw, field);
    }

    /** The input for the blind index: the kind is part of it so an e-mail never collides with a number. */
    public String indexInput() {
        return kind.name() + ":" + value;
    }
}
