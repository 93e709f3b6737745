package com.realsourcing.order.infra;

import com.realsourcing.order.domain.PaymentPort;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.domain.Money;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The sandbox payment provider: approves unless asked to decline, as a provider's test cards do. */
@Component
class SandboxPayments implements PaymentPort {

    @Override
    public PaymentResult charge(UUID orderId, Money amount, String sandboxOutcome) {
        if ("DECLINE".equalsIgnoreCase(sandboxOutcome)) {
            return new PaymentResult(false, null, "card_declined");
        }
        return new PaymentResult(true, "sandbox_" + Ids.newId(), null);
    }
}
