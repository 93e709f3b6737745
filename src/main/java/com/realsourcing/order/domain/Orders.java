package com.realsourcing.order.domain;

import com.realsourcing.catalog.api.SalesChannel;
import com.realsourcing.inventory.api.ReservationView;
import com.realsourcing.shared.security.Masking;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Order's commands and views. */
public final class Orders {

    private Orders() {}

    /** A shipping address; {@link #masked()} is what lists and logs show. */
    public record Address(String recipient, String phone, String region, String detail) {

        public Address masked() {
            return new Address(maskName(recipient), Masking.mobile(phone), region, "****");
        }

        static String maskName(String name) {
            if (name == null || name.isEmpty()) {
                return name;
            }
            return name.charAt(0) + "*".repeat(Math.max(1, name.codePointCount(0, name.length()) - 1));
        }

        @Override
        public String toString() {
            return "Address[" + maskName(recipient) + ", " + Masking.mobile(phone) + ", " + region + "]";
        }
    }

    public record CartLine(UUID skuId, int quantity, BigDecimal expectedUnitPrice) {}

    /**
     * A cart submitted for checkout. {@code activity} (may be null) names the live room or flash sale the order is
     * placed for: its price must be running and its pre-allocation, where the SKU has one, supplies the units.
     */
    public record PlaceOrder(SalesChannel channel, List<CartLine> lines, Address address, String activity) {

        public PlaceOrder(SalesChannel channel, List<CartLine> lines, Address address) {
            this(channel, lines, address, null);
        }
    }

    public record Line(
            int position,
            UUID skuId,
            String productName,
            Map<String, String> attributes,
            int quantity,
            BigDecimal unitPrice,
            String priceSource,
            boolean virtual) {

        public BigDecimal lineTotal() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity));
        }
    }

    public record Order(
            UUID id,
            UUID organizationId,
            UUID buyerId,
            SalesChannel channel,
            OrderStatus status,
            String currency,
            BigDecimal total,
            UUID reservationId,
            Address address,
            String paymentReference,
            String cancelReason,
            Instant expiresAt,
            Instant createdAt,
            Instant updatedAt,
            Instant paidAt,
            List<Line> lines) {}

    /**
     * The outcome of a submit: the order, its reservation, and whether it was made now or found by its idempotency
     * key.
     */
    public record Placed(Order order, ReservationView reservation, boolean replayed) {}
}
