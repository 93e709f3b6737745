package com.realsourcing.order.domain;

import org.junit.jupiter.api.Test;

class OrderStatusTests {

    @Test
    void theStateMachineAllowsOnlyItsTransitions() {
        org.assertj.core.api.Assertions.assertThat(OrderStatus.PENDING_PAYMENT.canBecome(OrderStatus.TO_SHIP))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(OrderStatus.PENDING_PAYMENT.canBecome(OrderStatus.SHIPPED))
                .isFalse();
        org.assertj.core.api.Assertions.assertThat(OrderStatus.TO_SHIP.canBecome(OrderStatus.CANCELLED))
                .isFalse();
        org.assertj.core.api.Assertions.assertThat(OrderStatus.SHIPPED.canBecome(OrderStatus.AFTER_SALE))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(OrderStatus.CANCELLED.canBecome(OrderStatus.TO_SHIP))
                .isFalse();
    }
}
