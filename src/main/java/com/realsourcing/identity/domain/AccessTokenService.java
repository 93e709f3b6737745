package com.realsourcing.identity.domain;

import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.security.AuthenticatedUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, lists, revokes and checks personal access tokens ({@code rs_pat_…}). */
@Service
public class AccessTokenService {

    static final String TOKEN_PREFIX = "rs_pat_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccessTokenRepository tokens;
    private final IdentityService identity;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate transactions;
    private final java.time.Duration ttl;
    /** Token hash → principal for a few seconds, so a burst of API calls does not re-read the same rows. */
    private final com.github.benmanes.caffeine.cache.Cache<String, CachedToken> recent;

    AccessTokenService(
            AccessTokenRepository tokens,
            IdentityService identity,
            Clock clock,
            org.springframework.transaction.support.TransactionTemplate transactions,
            IdentityProperties properties) {
        this.tokens = tokens;
        this.identity = identity;
        this.clock = clock;
        this.transactions = transactions;
        this.ttl = properties.tokenCacheTtl();
        this.recent = com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
                .maximumSize(50_000)
                .expireAfterWrite(properties.tokenCacheTtl())
                .build();
    }

    private record CachedToken(UUID tokenId, Instant expiresAt, AuthenticatedUser user) {}

    /** A token just issued: the only moment its value is known. */
    public record Issued(AccessToken token, String value) {}

    @Transactional(noRollbackFor = DomainException.class)
    public Issued issue(String login, String password, String name, Duration validFor) {
        User user = identity.verify(login, password);
        UUID organizationId =
                identity.principal(user, user.getActiveOrganizationId()).organizationId();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String value = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        AccessToken token = tokens.save(new AccessToken(
                user.getId(),
                organizationId,
                name.strip(),
                value.substring(0, TOKEN_PREFIX.length() + 4),
                sha256(value),
                now,
                validFor == null ? null : now.plus(validFor)));
        return new Issued(token, value);
    }

    @Transactional(readOnly = true)
    public List<AccessToken> list(AuthenticatedUser actor) {
        return tokens.findActiveByUser(actor.userId());
    }

    @Transactional
    public void revoke(AuthenticatedUser actor, UUID tokenId) {
        AccessToken token = tokens.findById(tokenId)
                .filter(t -> t.getUserId().equals(actor.userId()))
                .orElseThrow(() -> DomainException.notFound("identity.token-not-found"));
        token.revoke(clock.instant());
        recent.asMap().values().removeIf(cached -> cached.tokenId().equals(tokenId));
    }

    /** A disabled or restricted user's tokens are re-checked on their next use. */
    @org.springframework.context.event.EventListener
    void on(com.realsourcing.identity.api.UserStateChanged changed) {
        recent.asMap().values().removeIf(cached -> cached.user().userId().equals(changed.userId()));
    }

    /** The principal for a presented token, or empty when it is unknown, revoked, expired or its user is disabled. */
    public Optional<AuthenticatedUser> authenticate(String value) {
        if (value == null || !value.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        String hash = sha256(value);
        CachedToken cached = recent.getIfPresent(hash);
        if (cached != null) {
            return Optional.of(cached.user());
        }
        Optional<CachedToken> loaded = transactions.execute(status -> load(hash));
        // A token about to expire is not remembered past its expiry.
        Instant cacheUntil = clock.instant().plus(ttl);
        loaded.filter(found -> found.expiresAt() == null || found.expiresAt().isAfter(cacheUntil))
                .ifPresent(found -> recent.put(hash, found));
        return loaded.map(CachedToken::user);
    }

    private Optional<CachedToken> load(String hash) {
        Instant now = clock.instant();
        Optional<AccessToken> token = tokens.findByTokenHash(hash).filter(t -> t.usableAt(now));
        if (token.isEmpty()) {
            return Optional.empty();
        }
        User user = identity.requireUser(token.get().getUserId());
        if (user.getState() == AccountState.DISABLED
                || !identity.isMember(user.getId(), token.get().getOrganizationId())) {
            return Optional.empty();
        }
        tokens.touch(token.get().getId(), now, now.minusSeconds(60));
        return Optional.of(new CachedToken(
                token.get().getId(),
                token.get().getExpiresAt(),
                identity.principal(user, token.get().getOrganizationId())));
    }

    /** A digest to clone: cloning skips the security-provider lookup {@code getInstance} makes on every call. */
    private static final MessageDigest SHA_256;

    static {
        try {
            SHA_256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String value) {
        try {
            MessageDigest digest = (MessageDigest) SHA_256.clone();
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
