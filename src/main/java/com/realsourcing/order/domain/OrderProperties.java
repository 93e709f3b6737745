package com.realsourcing.order.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Order settings ({@code realsourcing.order.*}): checkout rate limits per user and per client IP (requests per
 * second, seed 004 §4.3) and how often unpaid orders past their time are cancelled.
 */
@ConfigurationProperties("realsourcing.order")
public record OrderProperties(
        @DefaultValue("3") int checkoutPerUserPerSecond,
        @DefaultValue("10") int checkoutPerIpPerSecond,
        @DefaultValue("30s") Duration cancelUnpaidInterval) {}
