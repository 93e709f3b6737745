package com.realsourcing.testing;

import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.AuthenticatedUser;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in users for MockMvc tests: an {@link AuthenticatedUser} principal whose authorities are its permissions. */
public final class TestUsers {

    private TestUsers() {}

    public static AuthenticatedUser member(UUID organizationId, String... permissions) {
        return new AuthenticatedUser(
                Ids.newId(), "Test user", organizationId, "MEMBER", Set.of(permissions), Set.of(), false);
    }

    public static RequestPostProcessor as(AuthenticatedUser user) {
        var authorities =
                user.permissions().stream().map(SimpleGrantedAuthority::new).toList();
        return SecurityMockMvcRequestPostProcessors.authentication(
                new UsernamePasswordAuthenticationToken(user, null, authorities));
    }
}
