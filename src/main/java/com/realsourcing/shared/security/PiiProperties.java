package com.realsourcing.shared.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys for personal data at rest, each 32 bytes in Base64: {@code encryption-key} (AES-256-GCM) and {@code
 * index-key} (HMAC-SHA256 blind index, so an e-mail or mobile number can be found without being stored in
 * clear). When unset outside production, keys are generated once under {@code <data-dir>/keys}.
 */
@ConfigurationProperties("realsourcing.pii")
public record PiiProperties(String encryptionKey, String indexKey) {}
