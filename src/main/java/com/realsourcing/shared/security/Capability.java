package com.realsourcing.shared.security;

/**
 * What kind of business an organisation may do. Permissions name a capability they need, so a factory (which
 * both sells and buys, seed 002) and a creator (which sells retail and promotes) get exactly their menus.
 */
public enum Capability {
    /** Offer goods and capacity to businesses: supply postings, quotes, showcase products. */
    SELL_B2B,
    /** Buy from businesses: procurement demands, RFQs, samples. */
    BUY_B2B,
    /** Run production: factory profile, OEM processing services. */
    MANUFACTURE,
    /** Post temp-worker jobs. */
    HIRE_WORKERS,
    /** Sell to consumers across channels: catalog, stock, orders. */
    SELL_RETAIL,
    /** Promote other brands' products as an affiliate. */
    PROMOTE,
    /** Find and manage affiliate creators. */
    RECRUIT_CREATORS,
    /** Use market intelligence on export demand. */
    EXPORT_INTEL,
    /** Apply for temp jobs. */
    WORK_TEMP,
    /** Operate the platform itself. */
    ADMINISTER_PLATFORM
}
