package com.realsourcing.order.web;

import com.realsourcing.catalog.api.SalesChannel;
import com.realsourcing.catalog.api.VirtualDelivery;
import com.realsourcing.inventory.api.ReservationView;
import com.realsourcing.order.domain.OrderStatus;
import com.realsourcing.order.domain.Orders;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Requests and responses of order's HTTP API. Phone numbers leave the server masked. */
final class OrderDtos {

    private OrderDtos() {}

    record CartLineRequest(
            @NotNull UUID skuId,
            @NotNull @Min(1) @Max(999) Integer quantity,
            @DecimalMin("0") BigDecimal expectedUnitPrice) {}

    record AddressRequest(
            @NotBlank @Size(max = 50) String recipient,
            @NotBlank @Pattern(regexp = "1[3-9][0-9]{9}") String phone,
            @NotBlank @Size(max = 200) String region,
            @NotBlank @Size(max = 300) String detail) {}

    /**
     * {@code activity}, when given, names the live room or flash sale the order is placed for: its price must still
     * run (409 {@code order.activity-ended} otherwise) and its pre-allocation supplies the units.
     */
    record PlaceOrderRequest(
            @NotNull SalesChannel channel,
            @NotEmpty @Size(max = 50) @Valid List<CartLineRequest> lines,
            @NotNull @Valid AddressRequest address,
            @Size(min = 1, max = 200) String activity) {

        Orders.PlaceOrder toDomain() {
            return new Orders.PlaceOrder(
                    channel,
                    lines.stream()
                            .map(l -> new Orders.CartLine(l.skuId(), l.quantity(), l.expectedUnitPrice()))
                            .toList(),
                    new Orders.Address(address.recipient(), address.phone(), address.region(), address.detail()),
                    activity == null ? null : activity.strip());
        }
    }

    record PayRequest(@Pattern(regexp = "SUCCEED|DECLINE") String sandboxOutcome) {}

    record AddressResponse(String recipient, String phone, String region, String detail) {
        static AddressResponse from(Orders.Address address) {
            return new AddressResponse(address.recipient(), address.phone(), address.region(), address.detail());
        }
    }

    record LineResponse(
            UUID skuId,
            String productName,
            Map<String, String> attributes,
            int quantity,
            BigDecimal unitPrice,
            String priceSource,
            BigDecimal lineTotal,
            boolean virtual) {}

    /** A delivered virtual unit; {@code credential} is in clear for the buyer only. */
    record DeliveryResponse(
            int line, int unit, String productName, String kind, String credential, Instant deliveredAt) {

        static DeliveryResponse from(VirtualDelivery delivery, boolean buyer) {
            return new DeliveryResponse(
                    delivery.line(),
                    delivery.unit(),
                    delivery.productName(),
                    delivery.kind(),
                    buyer ? delivery.credential() : mask(delivery.credential()),
                    delivery.deliveredAt());
        }

        static String mask(String credential) {
            if (credential.length() <= 4) {
                return "****";
            }
            return credential.substring(0, 2) + "****" + credential.substring(credential.length() - 2);
        }
    }

    record ReservationResponse(UUID id, String status, Instant expiresAt) {
        static ReservationResponse from(ReservationView view) {
            return new ReservationResponse(view.id(), view.status().name(), view.expiresAt());
        }
    }

    record OrderResponse(
            UUID id,
            UUID sellerId,
            SalesChannel channel,
            OrderStatus status,
            String currency,
            BigDecimal total,
            List<LineResponse> lines,
            AddressResponse address,
            ReservationResponse reservation,
            String paymentReference,
            String cancelReason,
            Instant expiresAt,
            Instant createdAt,
            Instant paidAt,
            List<DeliveryResponse> deliveries) {

        static OrderResponse from(Orders.Order order, ReservationView reservation, boolean full) {
            return from(order, reservation, full, List.of());
        }

        /** {@code full}: the detail view shows the address line; lists mask it too. The phone is always masked. */
        static OrderResponse from(
                Orders.Order order, ReservationView reservation, boolean full, List<DeliveryResponse> deliveries) {
            Orders.Address masked = order.address().masked();
            Orders.Address shown = full
                    ? new Orders.Address(
                            order.address().recipient(),
                            masked.phone(),
                            order.address().region(),
                            order.address().detail())
                    : masked;
            return new OrderResponse(
                    order.id(),
                    order.organizationId(),
                    order.channel(),
                    order.status(),
                    order.currency(),
                    order.total(),
                    order.lines().stream()
                            .map(l -> new LineResponse(
                                    l.skuId(),
                                    l.productName(),
                                    l.attributes(),
                                    l.quantity(),
                                    l.unitPrice(),
                                    l.priceSource(),
                                    l.lineTotal(),
                                    l.virtual()))
                            .toList(),
                    AddressResponse.from(shown),
                    reservation == null ? null : ReservationResponse.from(reservation),
                    order.paymentReference(),
                    order.cancelReason(),
                    order.expiresAt(),
                    order.createdAt(),
                    order.paidAt(),
                    deliveries);
        }
    }
}
