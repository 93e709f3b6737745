package com.realsourcing.inventory.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A SKU's cap for one sales channel: at most {@code cap} units (null = no cap) sold or reserved through it, of which
 * {@code used} are taken by active and paid reservations.
 */
public record ChannelCap(UUID skuId, String channel, Integer cap, int used, Instant updatedAt) {}
