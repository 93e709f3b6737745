package com.realsourcing.identity.domain;

/** NORMAL; RESTRICTED may read but not publish; DISABLED may not log in. */
public enum AccountState {
    NORMAL,
    RESTRICTED,
    DISABLED
}
