package com.realsourcing.order.domain;

import java.util.EnumSet;
import java.util.Set;

/** 待支付 → 待发货 → 已发货 → 已完成, with 已取消 and 售后中; {@link #canBecome} is the whole state machine. */
public enum OrderStatus {
    PENDING_PAYMENT,
    TO_SHIP,
    SHIPPED,
    COMPLETED,
    CANCELLED,
    AFTER_SALE;

    public boolean canBecome(OrderStatus next) {
        return next(this).contains(next);
    }

    private static Set<OrderStatus> next(OrderStatus from) {
        return switch (from) {
            case PENDING_PAYMENT -> EnumSet.of(TO_SHIP, CANCELLED);
            case TO_SHIP -> EnumSet.of(SHIPPED, AFTER_SALE);
            case SHIPPED -> EnumSet.of(COMPLETED, AFTER_SALE);
            case COMPLETED -> EnumSet.of(AFTER_SALE);
            case CANCELLED, AFTER_SALE -> EnumSet.noneOf(OrderStatus.class);
        };
    }
}
