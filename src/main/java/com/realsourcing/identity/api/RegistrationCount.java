package com.realsourcing.identity.api;

import java.time.LocalDate;

/** How many organisations of one type registered on one calendar day (in the zone the caller asked for). */
public record RegistrationCount(LocalDate day, OrganizationType type, long count) {}
