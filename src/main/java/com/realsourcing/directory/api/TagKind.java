package com.realsourcing.directory.api;

/** Where a tag sits in the taxonomy (seed 002 五): one level-1 industry, its level-2 categories, attribute tags. */
public enum TagKind {
    /** Level-1 industry (一级行业), chosen once per factory. */
    INDUSTRY,
    /** Level-2 category (二级品类) under one industry. */
    CATEGORY,
    /** Attribute tag (属性标签) in a group: business type, capacity, services. */
    ATTRIBUTE
}
