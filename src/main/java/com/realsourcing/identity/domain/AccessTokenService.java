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

    AccessTokenService(AccessTokenRepository tokens, IdentityService identity, Clock clock) {
        this.tokens = tokens;
        this.identity = identity;
        this.clock = clock;
    }

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
    }

    /** The principal for a presented token, or empty when it is unknown, revoked, expired or its user is disabled. */
    @Transactional
    public Optional<AuthenticatedUser> authenticate(String value) {
        if (value == null || !value.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<AccessToken> token = tokens.findByTokenHash(sha256(value)).filter(t -> t.usableAt(now));
        if (token.isEmpty()) {
            return Optional.empty();
        }
        User user = identity.requireUser(token.get().getUserId());
        if (user.getState() == AccountState.DISABLED
                || !identity.isMember(user.getId(), token.get().getOrganizationId())) {
            return Optional.empty();
        }
        tokens.touch(token.get().getId(), now, now.minusSeconds(60));
        return Optional.of(identity.principal(user, token.get().getOrganizationId()));
    }

    static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
