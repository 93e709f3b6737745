package com.realsourcing.notify.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NamedPlaceholdersTests {

    @Test
    void fillsPlaceholdersByName() {
        Map<String, String> values = Map.of("name", "王芳", "orderNo", "SO-2025-0001");

        assertThat(NamedPlaceholders.fill("{name}，您的样品单 {orderNo} 已发货；{name} 请查收。", values::get))
                .isEqualTo("王芳，您的样品单 SO-2025-0001 已发货；王芳 请查收。");
    }

    @Test
    void leavesApostrophesAndUnknownPlaceholdersAlone() {
        Map<String, String> values = Map.of("name", "Alice");

        assertThat(NamedPlaceholders.fill("it's {name}'s turn, {missing} stays", values::get))
                .isEqualTo("it's Alice's turn, {missing} stays");
    }

    @Test
    void insertsValuesLiterally() {
        Map<String, String> values = Map.of("amount", "$5 \\ {x}");

        assertThat(NamedPlaceholders.fill("pay {amount}", values::get)).isEqualTo("pay $5 \\ {x}");
    }
}
