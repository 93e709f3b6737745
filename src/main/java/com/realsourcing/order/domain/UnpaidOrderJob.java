package com.realsourcing.order.domain;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Cancels unpaid orders at their reservation's TTL, on one instance at a time. */
@Component
class UnpaidOrderJob {

    private final CheckoutService checkout;

    UnpaidOrderJob(CheckoutService checkout) {
        this.checkout = checkout;
    }

    @Scheduled(
            fixedDelayString = "${realsourcing.order.cancel-unpaid-interval:30s}",
            initialDelayString = "${realsourcing.order.cancel-unpaid-interval:30s}")
    @SchedulerLock(name = "order.cancel-unpaid", lockAtMostFor = "5m")
    void cancelUnpaid() {
        checkout.cancelUnpaidDue();
    }
}
