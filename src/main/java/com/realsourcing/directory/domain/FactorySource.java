package com.realsourcing.directory.domain;

/** How a listing came to exist. */
public enum FactorySource {
    ONBOARDING,
    IMPORT,
    GENERATED
}
