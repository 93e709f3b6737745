package com.realsourcing.order.web;

import com.realsourcing.order.domain.CheckoutRateLimiter;
import com.realsourcing.order.domain.CheckoutService;
import com.realsourcing.order.domain.OrderStatus;
import com.realsourcing.order.domain.Orders;
import com.realsourcing.order.web.OrderDtos.OrderResponse;
import com.realsourcing.order.web.OrderDtos.PayRequest;
import com.realsourcing.order.web.OrderDtos.PlaceOrderRequest;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.shared.security.CurrentUser;
import com.realsourcing.shared.web.PageQuery;
import com.realsourcing.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Own-store orders: checkout, payment (sandbox), cancellation, the buyer's and the seller's lists, fulfilment. */
@RestController
@RequestMapping("/api/order")
@Tag(name = "order", description = "Own-store checkout and orders")
class OrderController {

    private final CheckoutService checkout;
    private final CheckoutRateLimiter rateLimiter;

    OrderController(CheckoutService checkout, CheckoutRateLimiter rateLimiter) {
        this.checkout = checkout;
        this.rateLimiter = rateLimiter;
    }

    /**
     * Places an order with its stock reserved. A retry with the same {@code Idempotency-Key} returns the same
     * order (200 instead of 201). 409 {@code inventory.insufficient-stock} when stock is short.
     */
    @PostMapping("/orders")
    @PreAuthorize("hasAuthority('order:order:place')")
    ResponseEntity<OrderResponse> place(
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Valid @RequestBody PlaceOrderRequest request,
            HttpServletRequest http) {
        AuthenticatedUser buyer = CurrentUser.require();
        rateLimiter.check(buyer.userId(), http.getRemoteAddr());
        Orders.Placed placed = checkout.place(buyer, idempotencyKey, request.toDomain());
        OrderResponse body = OrderResponse.from(placed.order(), placed.reservation(), true);
        if (placed.replayed()) {
            return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(body);
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/order/orders/" + placed.order().id()))
                .body(body);
    }

    /** One order for its buyer or its seller; delivered virtual goods' codes are in clear for the buyer only. */
    @GetMapping("/orders/{id}")
    @PreAuthorize("hasAuthority('order:order:place') or hasAuthority('order:order:read')")
    OrderResponse get(@PathVariable UUID id) {
        AuthenticatedUser user = CurrentUser.require();
        Orders.Order order = checkout.view(user, id);
        boolean buyer = order.buyerId().equals(user.userId());
        return OrderResponse.from(
                order,
                checkout.reservation(order),
                true,
                checkout.deliveries(order).stream()
                        .map(d -> OrderDtos.DeliveryResponse.from(d, buyer))
                        .toList());
    }

    @PostMapping("/orders/{id}/pay")
    @PreAuthorize("hasAuthority('order:order:place')")
    OrderResponse pay(@PathVariable UUID id, @Valid @RequestBody(required = false) PayRequest request) {
        Orders.Order order = checkout.pay(CurrentUser.require(), id, request == null ? null : request.sandboxOutcome());
        return OrderResponse.from(order, checkout.reservation(order), true);
    }

    @PostMapping("/orders/{id}/cancel")
    @PreAuthorize("hasAuthority('order:order:place')")
    OrderResponse cancel(@PathVariable UUID id) {
        Orders.Order order = checkout.cancel(CurrentUser.require(), id);
        return OrderResponse.from(order, checkout.reservation(order), true);
    }

    @PostMapping("/orders/{id}/ship")
    @PreAuthorize("hasAuthority('order:order:fulfil')")
    OrderResponse ship(@PathVariable UUID id) {
        return OrderResponse.from(checkout.advance(CurrentUser.require(), id, OrderStatus.SHIPPED), null, true);
    }

    @PostMapping("/orders/{id}/complete")
    @PreAuthorize("hasAuthority('order:order:fulfil')")
    OrderResponse complete(@PathVariable UUID id) {
        return OrderResponse.from(checkout.advance(CurrentUser.require(), id, OrderStatus.COMPLETED), null, true);
    }

    /** The seller's orders; addresses masked. */
    @GetMapping("/orders")
    @PreAuthorize("hasAuthority('order:order:read')")
    PageResponse<OrderResponse> sellerOrders(@Valid @org.springdoc.core.annotations.ParameterObject PageQuery page) {
        UUID org = CurrentUser.require().organizationId();
        return new PageResponse<>(
                checkout.sellerOrders(org, page.pageOrDefault(), page.sizeOrDefault()).stream()
                        .map(o -> OrderResponse.from(o, null, false))
                        .toList(),
                page.pageOrDefault(),
                page.sizeOrDefault(),
                checkout.countSellerOrders(org));
    }

    /** The signed-in buyer's own orders; addresses masked. */
    @GetMapping("/my-orders")
    @PreAuthorize("hasAuthority('order:order:place')")
    PageResponse<OrderResponse> myOrders(@Valid @org.springdoc.core.annotations.ParameterObject PageQuery page) {
        UUID buyer = CurrentUser.require().userId();
        return new PageResponse<>(
                checkout.buyerOrders(buyer, page.pageOrDefault(), page.sizeOrDefault()).stream()
                        .map(o -> OrderResponse.from(o, null, false))
                        .toList(),
                page.pageOrDefault(),
                page.sizeOrDefault(),
                checkout.countBuyerOrders(buyer));
    }
}
