package com.realsourcing.directory.domain;

/** Where a factory stands in the directory. LISTED and UNCLAIMED are public. */
public enum FactoryStatus {
    /** Submitted, waiting for the first licence review; not public. */
    PENDING_REVIEW,
    /** The first submission was turned down; the factory may correct and resubmit. */
    REJECTED,
    /** Verified and public. */
    LISTED,
    /** Imported from a public registry; public, unverified, waiting for its factory to claim it. */
    UNCLAIMED,
    /** Taken down by the platform. */
    DELISTED
}
