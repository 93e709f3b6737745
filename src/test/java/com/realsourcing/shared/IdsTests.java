package com.realsourcing.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.shared.domain.Ids;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTests {

    @Test
    void makesVersion7IdsWithTheRfcVariant() {
        UUID id = Ids.newId();
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void carriesTheCurrentTimeInTheFirst48Bits() {
        long before = System.currentTimeMillis();
        UUID id = Ids.newId();
        long after = System.currentTimeMillis();
        long millis = id.getMostSignificantBits() >>> 16;
        assertThat(millis).isBetween(before, after + 1);
    }

    @Test
    void idsFromOneJvmSortInCreationOrderAndNeverRepeat() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(Ids.newId());
        }
        List<UUID> sorted = new ArrayList<>(ids);
        sorted.sort((a, b) -> a.toString().compareTo(b.toString()));
        assertThat(sorted).isEqualTo(ids);
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
    }
}
