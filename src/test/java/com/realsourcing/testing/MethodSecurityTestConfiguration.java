package com.realsourcing.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Turns on {@code @PreAuthorize} for module tests until the application's security configuration (which enables
 * it for real) is in place; importing it twice is harmless.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableMethodSecurity
public class MethodSecurityTestConfiguration {}
