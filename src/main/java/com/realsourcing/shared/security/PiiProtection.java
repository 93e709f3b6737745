package com.realsourcing.shared.security;

import com.realsourcing.shared.config.PlatformProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Encrypts personal data (phones, e-mails, addresses, id numbers) with AES-256-GCM before it reaches the
 * database, and derives a keyed hash ("blind index") for exact look-ups. Cipher text is {@code v1:} plus Base64 of
 * IV and sealed bytes, leaving room for key rotation.
 */
@Component
@EnableConfigurationProperties(PiiProperties.class)
public class PiiProtection {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    /*
     * One Cipher, Mac and SecureRandom per thread: Cipher.getInstance looks the provider up on every call and a
     * shared SecureRandom serialises every request on one lock, both measurable on checkout's hot path (JFR). A
     * Cipher is re-initialised with a fresh IV for each use, so reusing it per thread is safe.
     */
    private static final ThreadLocal<SecureRandom> RANDOMS = ThreadLocal.withInitial(SecureRandom::new);
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });
    private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec indexKey;

    PiiProtection(PiiProperties properties, PlatformProperties platform) {
        Path keys = platform.dataDir().resolve("keys");
        this.encryptionKey =
                new SecretKeySpec(key(properties.encryptionKey(), keys.resolve("pii-encryption.key")), "AES");
        this.indexKey = new SecretKeySpec(key(properties.indexKey(), keys.resolve("pii-index.key")), "HmacSHA256");
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOMS.get().nextBytes(iv);
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                                    .put(iv)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PII encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("Unknown PII cipher text version");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(128, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PII decryption failed", e);
        }
    }

    /** A stable keyed hash of a normalised value, for unique constraints and look-ups. */
    public String index(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            Mac mac = MACS.get();
            mac.init(indexKey);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PII index failed", e);
        }
    }

    private static byte[] key(String configured, Path file) {
        if (StringUtils.hasText(configured)) {
            byte[] key = Base64.getDecoder().decode(configured.strip());
            if (key.length != 32) {
                throw new IllegalStateException("PII keys must be 32 bytes (Base64), got " + key.length);
            }
            return key;
        }
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            Files.createDirectories(file.getParent());
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(
                        file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the key " + file, e);
        }
    }
}
