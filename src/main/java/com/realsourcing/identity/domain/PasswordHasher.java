package com.realsourcing.identity.domain;

import com.realsourcing.shared.domain.DomainException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id with 16-byte salt, 32-byte hash, parallelism 1, 19 MiB memory and 2 iterations (the OWASP minimum
 * profile; about 40 ms here). Password rule: 8 to 128 characters with at least one letter and one digit.
 */
@Component
class PasswordHasher {

    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    private final String dummyHash = encoder.encode("timing-equaliser-1");

    String hash(String raw, String field) {
        requireStrong(raw, field);
        return encoder.encode(raw);
    }

    boolean matches(String raw, String hash) {
        return raw != null && encoder.matches(raw, hash);
    }

    /** Spends the same time as a real check, so an unknown login is not told apart by timing. */
    void burn(String raw) {
        encoder.matches(raw == null ? "" : raw, dummyHash);
    }

    static void requireStrong(String raw, String field) {
        if (raw == null
                || raw.length() < 8
                || raw.length() > 128
                || raw.chars().noneMatch(Character::isLetter)
                || raw.chars().noneMatch(Character::isDigit)) {
            throw DomainException.invalidField(field, "identity.password-weak");
        }
    }
}
