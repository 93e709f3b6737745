package com.realsourcing.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.realsourcing.shared.domain.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void addsAndMultipliesExactly() {
        Money price = Money.of("0.10", "CNY");
        assertThat(price.times(3).plus(Money.of("0.20", "CNY")).amount()).isEqualByComparingTo("0.50");
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "CNY").plus(Money.of("1", "USD")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CNY");
    }

    @Test
    void showsTheCurrencysMinorUnit() {
        assertThat(Money.of("12.3456", "CNY").displayAmount()).isEqualByComparingTo(new BigDecimal("12.35"));
        assertThat(Money.of("1234.5", "JPY").displayAmount().scale()).isZero();
        assertThat(Money.of("12.3456", "USD").toString()).isEqualTo("12.35 USD");
    }

    @Test
    void comparesWithinOneCurrency() {
        assertThat(Money.of("2", "CNY")).isGreaterThan(Money.of("1.9999", "CNY"));
        assertThat(Money.of("-1", "CNY").isNegative()).isTrue();
    }
}
