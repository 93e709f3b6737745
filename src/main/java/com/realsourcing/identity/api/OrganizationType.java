package com.realsourcing.identity.api;

import com.realsourcing.shared.security.Capability;
import java.util.EnumSet;
import java.util.Set;

/** The kinds of organisation and what each may do. A factory both sells and buys (seed 002). */
public enum OrganizationType {
    FACTORY(EnumSet.of(
            Capability.SELL_B2B,
            Capability.BUY_B2B,
            Capability.MANUFACTURE,
            Capability.HIRE_WORKERS,
            Capability.EXPORT_INTEL)),
    TRADING_COMPANY(EnumSet.of(Capability.SELL_B2B, Capability.BUY_B2B, Capability.EXPORT_INTEL)),
    BRAND(EnumSet.of(Capability.BUY_B2B, Capability.SELL_RETAIL, Capability.RECRUIT_CREATORS, Capability.EXPORT_INTEL)),
    CREATOR(EnumSet.of(Capability.SELL_RETAIL, Capability.PROMOTE)),
    /** A temp worker's personal organisation. */
    WORKER(EnumSet.of(Capability.WORK_TEMP)),
    PLATFORM(EnumSet.of(Capability.ADMINISTER_PLATFORM));

    private final Set<Capability> capabilities;

    OrganizationType(Set<Capability> capabilities) {
        this.capabilities = Set.copyOf(capabilities);
    }

    public Set<Capability> capabilities() {
        return capabilities;
    }

    public boolean isPlatform() {
        return this == PLATFORM;
    }
}
