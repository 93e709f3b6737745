package com.realsourcing.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.realsourcing.identity.api.OrganizationType;
import com.realsourcing.identity.domain.PermissionCatalog;
import com.realsourcing.identity.domain.Role;
import com.realsourcing.shared.security.Capability;
import com.realsourcing.shared.security.ModulePermissions;
import com.realsourcing.shared.security.PermissionDefinition;
import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermissionCatalogTests {

    static final ModulePermissions BOARD = () -> List.of(
            PermissionDefinition.of("board:posting:publish", Set.of("OWNER", "ADMIN", "MEMBER"))
                    .requires(Capability.SELL_B2B)
                    .publishes(),
            PermissionDefinition.of("board:posting:read", Set.of("OWNER", "ADMIN", "MEMBER")),
            PermissionDefinition.of("board:posting:approve", Set.of("SUPER_ADMIN", "REVIEWER"))
                    .requires(Capability.ADMINISTER_PLATFORM));

    @Test
    void aFactoryMemberMayPublishButACreatorMayNot() throws Exception {
        PermissionCatalog catalog = catalog(BOARD);
        assertThat(catalog.permissionsFor(Role.MEMBER, OrganizationType.FACTORY.capabilities(), false))
                .contains("board:posting:publish", "board:posting:read");
        assertThat(catalog.permissionsFor(Role.OWNER, OrganizationType.CREATOR.capabilities(), false))
                .contains("board:posting:read")
                .doesNotContain("board:posting:publish");
    }

    @Test
    void restrictedAccountsLoseOnlyPublishingPermissions() throws Exception {
        PermissionCatalog catalog = catalog(BOARD);
        assertThat(catalog.permissionsFor(Role.OWNER, OrganizationType.FACTORY.capabilities(), true))
                .containsExactly("board:posting:read");
    }

    @Test
    void platformRolesOnlyActInThePlatformOrganisation() throws Exception {
        PermissionCatalog catalog = catalog(BOARD);
        assertThat(catalog.permissionsFor(Role.REVIEWER, OrganizationType.PLATFORM.capabilities(), false))
                .containsExactly("board:posting:approve");
        assertThat(catalog.permissionsFor(Role.REVIEWER, OrganizationType.FACTORY.capabilities(), false))
                .isEmpty();
        assertThat(Role.REVIEWER.fits(OrganizationType.FACTORY)).isFalse();
        assertThat(Role.MEMBER.fits(OrganizationType.PLATFORM)).isFalse();
    }

    @Test
    void aPermissionDeclaredTwiceStopsTheStart() {
        assertThatThrownBy(() -> catalog(BOARD, BOARD))
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .rootCause()
                .hasMessageContaining("board:posting:read");
        assertThatThrownBy(() -> PermissionDefinition.of("Board posting", Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static PermissionCatalog catalog(ModulePermissions... modules) throws Exception {
        Constructor<PermissionCatalog> constructor = PermissionCatalog.class.getDeclaredConstructor(List.class);
        constructor.setAccessible(true);
        return constructor.newInstance(List.of(modules));
    }
}
