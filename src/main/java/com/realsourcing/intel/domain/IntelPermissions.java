package com.realsourcing.intel.domain;

import static com.realsourcing.shared.security.ModulePermissions.ADMIN;
import static com.realsourcing.shared.security.ModulePermissions.MEMBER;
import static com.realsourcing.shared.security.ModulePermissions.OPERATOR;
import static com.realsourcing.shared.security.ModulePermissions.OWNER;
import static com.realsourcing.shared.security.ModulePermissions.SUPER_ADMIN;

import com.realsourcing.shared.security.Capability;
import com.realsourcing.shared.security.ModulePermissions;
import com.realsourcing.shared.security.PermissionDefinition;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Intel's permissions. Every member of an organisation that may use export intelligence (factories, trading
 * companies, brands: {@link Capability#EXPORT_INTEL}) reads the market figures; platform operators read them too
 * and keep the data (imports, curation, refresh).
 */
@Component
public class IntelPermissions implements ModulePermissions {

    public static final String MARKET_READ = "intel:market:read";
    public static final String DATA_CURATE = "intel:data:curate";

    /** For {@code @PreAuthorize}: readers and curators alike. */
    public static final String CAN_READ = "hasAnyAuthority('intel:market:read', 'intel:data:curate')";

    public static final String CAN_CURATE = "hasAuthority('intel:data:curate')";

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                PermissionDefinition.of(MARKET_READ, Set.of(OWNER, ADMIN, MEMBER))
                        .requires(Capability.EXPORT_INTEL),
                PermissionDefinition.of(DATA_CURATE, Set.of(SUPER_ADMIN, OPERATOR))
                        .requires(Capability.ADMINISTER_PLATFORM));
    }
}
