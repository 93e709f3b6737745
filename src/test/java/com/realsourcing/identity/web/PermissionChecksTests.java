package com.realsourcing.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.util.SimpleMethodInvocation;

class PermissionChecksTests {

    @Test
    void plainPermissionChecksAreReadOnceIntoTheirPermissions() {
        assertThat(PermissionChecks.permissions("hasAuthority('notify:notification:read')"))
                .contains(Set.of("notify:notification:read"));
        assertThat(PermissionChecks.permissions("hasAuthority('a:b:c') or hasAuthority('d:e:f')"))
                .contains(Set.of("a:b:c", "d:e:f"));
        assertThat(PermissionChecks.permissions(" hasAnyAuthority('a:b:c', 'd:e:f') or hasAuthority('g:h:i') "))
                .contains(Set.of("a:b:c", "d:e:f", "g:h:i"));
    }

    @Test
    void anythingElseIsLeftToTheExpressionEvaluator() {
        assertThat(PermissionChecks.permissions("hasAuthority('a:b:c') and hasAuthority('d:e:f')"))
                .isEqualTo(Optional.empty());
        assertThat(PermissionChecks.permissions("hasRole('ADMIN')")).isEmpty();
        assertThat(PermissionChecks.permissions("hasAuthority('a:b:c') or isAnonymous()"))
                .isEmpty();
        assertThat(PermissionChecks.permissions("hasAuthority(#name)")).isEmpty();
        assertThat(PermissionChecks.permissions("!hasAuthority('a:b:c')")).isEmpty();
        assertThat(PermissionChecks.permissions("@guard.check(authentication)")).isEmpty();
    }

    static class Guarded {
        @PreAuthorize("hasAuthority('notify:notification:read')")
        public void read() {}

        @PreAuthorize("hasAuthority('board:post:publish') or hasAuthority('board:post:moderate')")
        public void publishOrModerate() {}

        @PreAuthorize("hasAuthority('a:b:c') and authentication.name == 'alice'")
        public void expression() {}
    }

    static boolean allowed(Authentication caller, String method) throws Exception {
        var expressions = new PreAuthorizeAuthorizationManager();
        StaticApplicationContext context = new StaticApplicationContext();
        context.refresh();
        expressions.setApplicationContext(context);
        var checks = new PermissionChecks(expressions);
        var call = new SimpleMethodInvocation(new Guarded(), Guarded.class.getMethod(method));
        return checks.authorize(() -> caller, call).isGranted();
    }

    @Test
    void aCallIsAllowedExactlyWhenTheCallerHoldsOneOfThePermissions() throws Exception {
        var reader = new TestingAuthenticationToken("bob", null, "notify:notification:read");
        var moderator = new TestingAuthenticationToken("carol", null, "board:post:moderate");
        assertThat(allowed(reader, "read")).isTrue();
        assertThat(allowed(moderator, "read")).isFalse();
        assertThat(allowed(moderator, "publishOrModerate")).isTrue();
        assertThat(allowed(reader, "publishOrModerate")).isFalse();
        assertThat(allowed(null, "read")).isFalse();
        // an expression beyond permissions is evaluated as Spring Security would
        assertThat(allowed(new TestingAuthenticationToken("alice", null, "a:b:c"), "expression"))
                .isTrue();
        assertThat(allowed(new TestingAuthenticationToken("mallory", null, "a:b:c"), "expression"))
                .isFalse();
    }
}
