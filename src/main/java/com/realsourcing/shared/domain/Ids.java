package com.realsourcing.shared.domain;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then random bits, so ids sort by creation time and index
 * well. Within one millisecond the 12-bit {@code rand_a} field carries a counter, keeping ids from one JVM
 * strictly increasing.
 */
public final class Ids {

    private static final AtomicLong LAST = new AtomicLong();

    private Ids() {}

    public static UUID newId() {
        long now = System.currentTimeMillis();
        long stamp = LAST.updateAndGet(previous -> {
            long previousMillis = previous >>> 12;
            if (now > previousMillis) {
                return now << 12 | ThreadLocalRandom.current().nextInt(1 << 11);
            }
            return previous + 1; // same (or earlier) millisecond: count up within rand_a, spilling into the clock
        });
        long millis = stamp >>> 12;
        long randA = stamp & 0xFFF;
        long msb = (millis << 16) | (0x7L << 12) | randA;
        long lsb = (ThreadLocalRandom.current().nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
