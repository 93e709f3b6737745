package com.realsourcing.identity.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.realsourcing.identity.domain.AccessTokenService;
import com.realsourcing.shared.security.AuthenticatedUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer rs_pat_…} requests; a bad token is a 401, never a silent anonymous. */
@Component
class AccessTokenAuthenticationFilter extends OncePerRequestFilter {

    private final AccessTokenService tokens;
    private final SecurityConfiguration.ProblemResponses problems;
    /**
     * The authorities of a principal the token service has cached (the same instance for every call within its few
     * seconds), so a call does not rebuild one authority object per permission: 3 % of a cheap read's CPU. Weak
     * keys: an entry goes with its principal.
     */
    private final Cache<AuthenticatedUser, List<GrantedAuthority>> authorities =
            Caffeine.newBuilder().weakKeys().maximumSize(10_000).build();

    AccessTokenAuthenticationFilter(AccessTokenService tokens, SecurityConfiguration.ProblemResponses problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AuthenticatedUser> user =
                tokens.authenticate(header.substring(7).strip());
        if (user.isEmpty()) {
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "identity.token-invalid");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                Authentications.of(user.get(), authorities.get(user.get(), Authentications::authorities)));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Makes the Spring Security authentication for a principal: its permissions become authorities. */
    static final class Authentications {
        private Authentications() {}

        static UsernamePasswordAuthenticationToken of(AuthenticatedUser user) {
            return of(user, authorities(user));
        }

        static UsernamePasswordAuthenticationToken of(AuthenticatedUser user, List<GrantedAuthority> authorities) {
            return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        }

        static List<GrantedAuthority> authorities(AuthenticatedUser user) {
            return user.permissions().stream()
                    .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                    .toList();
        }
    }
}
