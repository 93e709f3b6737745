package com.realsourcing.identity.web;

import com.realsourcing.identity.domain.AccessTokenService;
import com.realsourcing.shared.security.AuthenticatedUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer rs_pat_…} requests; a bad token is a 401, never a silent anonymous. */
@Component
class AccessTokenAuthenticationFilter extends OncePerRequestFilter {

    private final AccessTokenService tokens;
    private final SecurityConfiguration.ProblemResponses problems;

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
        context.setAuthentication(Authentications.of(user.get()));
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
            return UsernamePasswordAuthenticationToken.authenticated(
                    user,
                    null,
                    user.permissions().stream().map(SimpleGrantedAuthority::new).toList());
        }
    }
}
