package com.realsourcing.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddedDatabasePropertiesTests {

    private static final long GB = 1024L * 1024 * 1024;

    private static EmbeddedDatabaseProperties with(String sharedBuffers, Map<String, String> settings) {
        return new EmbeddedDatabaseProperties(0, false, Duration.ofSeconds(60), 5, sharedBuffers, settings);
    }

    @Test
    void autoSharedBuffersAreASixteenthOfTheMemoryBetween128MbAnd1Gb() {
        EmbeddedDatabaseProperties auto = with("auto", null);
        assertThat(auto.sharedBuffers(0)).isEqualTo("128MB");
        assertThat(auto.sharedBuffers(GB)).isEqualTo("128MB");
        assertThat(auto.sharedBuffers(4 * GB)).isEqualTo("256MB");
        assertThat(auto.sharedBuffers(8 * GB)).isEqualTo("512MB");
        assertThat(auto.sharedBuffers(24 * GB)).isEqualTo("1024MB");
        assertThat(auto.sharedBuffers(256 * GB)).isEqualTo("1024MB");
        assertThat(with(" AUTO ", null).sharedBuffers(8 * GB)).isEqualTo("512MB");
    }

    @Test
    void aConfiguredSizeIsTakenAsGiven() {
        assertThat(with("256MB", null).sharedBuffers(24 * GB)).isEqualTo("256MB");
        assertThat(with(" 2GB ", null).sharedBuffers(GB)).isEqualTo("2GB");
    }

    @Test
    void settingsAreKeptAndNeverNull() {
        assertThat(with("auto", null).settings()).isEmpty();
        assertThat(with("auto", Map.of("wal_buffers", "16MB")).settings()).containsEntry("wal_buffers", "16MB");
    }
}
