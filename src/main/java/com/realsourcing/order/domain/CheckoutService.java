package com.realsourcing.order.domain;

import com.realsourcing.catalog.api.CatalogApi;
import com.realsourcing.catalog.api.SkuOffer;
import com.realsourcing.inventory.api.InventoryApi;
import com.realsourcing.inventory.api.ReleaseReason;
import com.realsourcing.inventory.api.ReservationLine;
import com.realsourcing.inventory.api.ReservationView;
import com.realsourcing.order.api.OrderCancelled;
import com.realsourcing.order.api.OrderPaid;
import com.realsourcing.order.domain.Orders.CartLine;
import com.realsourcing.order.domain.Orders.Line;
import com.realsourcing.order.domain.Orders.Order;
import com.realsourcing.order.domain.Orders.PlaceOrder;
import com.realsourcing.order.domain.Orders.Placed;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.DomainException.FieldError;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.domain.Money;
import com.realsourcing.shared.security.AuthenticatedUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Own-store checkout: place (priced, reserved and saved in one transaction, at most once per idempotency key), pay
 * through the payment port, cancel, and the seller's fulfilment steps. Each status change is a compare-and-set.
 */
@Service
public class CheckoutService {

    private static final Logger log = LoggerFactory.getLogger(CheckoutService.class);

    private final OrderStore store;
    private final CatalogApi catalog;
    private final InventoryApi inventory;
    private final PaymentPort payments;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    CheckoutService(
            OrderStore store,
            CatalogApi catalog,
            InventoryApi inventory,
            PaymentPort payments,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.catalog = catalog;
        this.inventory = inventory;
        this.payments = payments;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    public Placed place(AuthenticatedUser buyer, String idempotencyKey, PlaceOrder command) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw DomainException.badRequest(OrderError.IDEMPOTENCY_KEY_REQUIRED);
        }
        String key = idempotencyKey.strip();
        Optional<Order> earlier = store.findByKey(buyer.userId(), key);
        if (earlier.isPresent()) {
            return new Placed(earlier.get(), true);
        }
        try {
            return new Placed(transaction.execute(status -> placeNow(buyer, key, command)), false);
        } catch (DuplicateKeyException e) {
            // the same key submitted concurrently: the other submit won, and its order is the answer
            return new Placed(store.findByKey(buyer.userId(), key).orElseThrow(), true);
        }
    }

    private Order placeNow(AuthenticatedUser buyer, String key, PlaceOrder command) {
        if (command.lines() == null || command.lines().isEmpty()) {
            throw DomainException.invalidField("lines", OrderError.LINES_REQUIRED);
        }
        Instant now = clock.instant();
        List<Line> lines = new ArrayList<>();
        List<FieldError> changed = new ArrayList<>();
        UUID seller = null;
        String currency = null;
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < command.lines().size(); i++) {
            CartLine cart = command.lines().get(i);
            String field = "lines[" + i + "]";
            if (cart.quantity() <= 0) {
                throw DomainException.invalidField(field + ".quantity", "inventory.quantity-not-positive");
            }
            SkuOffer offer = catalog.offer(cart.skuId(), command.channel(), false, now)
                    .orElseThrow(() -> DomainException.invalidField(field + ".skuId", OrderError.SKU_UNKNOWN));
            if (!offer.published()) {
                throw DomainException.invalidField(field + ".skuId", OrderError.SKU_NOT_ON_SALE);
            }
            if (seller == null) {
                seller = offer.organizationId();
                currency = offer.currency();
            } else if (!seller.equals(offer.organizationId())) {
                throw DomainException.invalidField(field + ".skuId", OrderError.MIXED_SELLERS);
            }
            Money price = Money.of(offer.unitPrice(), offer.currency());
            if (cart.expectedUnitPrice() != null && cart.expectedUnitPrice().compareTo(price.amount()) != 0) {
                changed.add(new FieldError(
                        field + ".expectedUnitPrice",
                        OrderError.PRICE_CHANGED,
                        price.displayAmount().toPlainString()));
            }
            lines.add(new Line(
                    i,
                    cart.skuId(),
                    offer.productName(),
                    offer.attributes(),
                    cart.quantity(),
                    price.amount(),
                    offer.priceSource(),
                    offer.virtual()));
            total = total.add(price.amount().multiply(BigDecimal.valueOf(cart.quantity())));
        }
        if (!changed.isEmpty()) {
            throw new DomainException(
                    HttpStatus.CONFLICT,
                    OrderError.PRICE_CHANGED,
                    changed,
                    changed.get(0).args());
        }
        UUID orderId = Ids.newId();
        ReservationView reservation = inventory.reserve(
                seller,
                orderId.toString(),
                lines.stream()
                        .map(l -> new ReservationLine(l.skuId(), l.quantity()))
                        .toList(),
                null);
        Order order = new Order(
                orderId,
                seller,
                buyer.userId(),
                command.channel(),
                OrderStatus.PENDING_PAYMENT,
                currency,
                total,
                reservation.id(),
                command.address(),
                null,
                null,
                reservation.expiresAt(),
                now,
                now,
                null,
                lines);
        store.insert(order, key);
        store.logCreated(orderId, buyer.userId(), now);
        log.info("Order {} placed: {} {}, ship to {}", orderId, total, currency, command.address());
        return order;
    }

    /** The order if the user bought it or sells it (with the read permission); 404 otherwise. */
    public Order view(AuthenticatedUser user, UUID orderId) {
        return store.find(orderId)
                .filter(o -> o.buyerId().equals(user.userId())
                        || o.organizationId().equals(user.organizationId()) && user.can(OrderPermissions.READ))
                .orElseThrow(() -> DomainException.notFound(OrderError.NOT_FOUND));
    }

    /** What the order's virtual lines delivered (none before payment, or for physical goods). */
    public List<com.realsourcing.catalog.api.VirtualDelivery> deliveries(Order order) {
        return order.lines().stream().anyMatch(Line::virtual) ? catalog.deliveriesOf(order.id()) : List.of();
    }

    public ReservationView reservation(Order order) {
        return inventory.findReservation(order.reservationId()).orElseThrow();
    }

    /** Pays the buyer's order through the payment port; a declined payment cancels it and releases its stock. */
    public Order pay(AuthenticatedUser buyer, UUID orderId, String sandboxOutcome) {
        Order order = store.find(orderId)
                .filter(o -> o.buyerId().equals(buyer.userId()))
                .orElseThrow(() -> DomainException.notFound(OrderError.NOT_FOUND));
        if (order.status() != OrderStatus.PENDING_PAYMENT) {
            throw illegal(order.status(), OrderStatus.TO_SHIP);
        }
        if (!clock.instant().isBefore(order.expiresAt())) {
            cancel(order, null, "EXPIRED", ReleaseReason.EXPIRED);
            throw DomainException.conflict(OrderError.EXPIRED);
        }
        PaymentPort.PaymentResult result =
                payments.charge(orderId, Money.of(order.total(), order.currency()), sandboxOutcome);
        if (!result.succeeded()) {
            cancel(order, buyer.userId(), "PAYMENT_FAILED", ReleaseReason.PAYMENT_FAILED);
            throw new DomainException(HttpStatus.PAYMENT_REQUIRED, OrderError.PAYMENT_DECLINED)
                    .with("declineCode", result.declineCode())
                    .with("orderId", orderId);
        }
        transaction.executeWithoutResult(status -> {
            if (!store.transition(
                    orderId,
                    OrderStatus.PENDING_PAYMENT,
                    OrderStatus.TO_SHIP,
                    buyer.userId(),
                    "PAID",
                    result.reference(),
                    clock.instant())) {
                throw illegal(store.find(orderId).orElseThrow().status(), OrderStatus.TO_SHIP);
            }
            inventory.confirm(order.reservationId());
            events.publishEvent(new OrderPaid(orderId, order.organizationId(), order.total(), order.currency()));
        });
        log.info("Order {} paid ({})", orderId, result.reference());
        return store.find(orderId).orElseThrow();
    }

    /** The buyer, or the seller's fulfilment staff, cancels an unpaid order. */
    public Order cancel(AuthenticatedUser user, UUID orderId) {
        Order order = store.find(orderId)
                .filter(o -> o.buyerId().equals(user.userId())
                        || o.organizationId().equals(user.organizationId()) && user.can(OrderPermissions.FULFIL))
                .orElseThrow(() -> DomainException.notFound(OrderError.NOT_FOUND));
        cancel(order, user.userId(), "CANCELLED", ReleaseReason.CANCELLED);
        return store.find(orderId).orElseThrow();
    }

    private void cancel(Order order, UUID actorId, String reason, ReleaseReason release) {
        transaction.executeWithoutResult(status -> {
            if (!store.transition(
                    order.id(),
                    OrderStatus.PENDING_PAYMENT,
                    OrderStatus.CANCELLED,
                    actorId,
                    reason,
                    null,
                    clock.instant())) {
                throw illegal(store.find(order.id()).orElseThrow().status(), OrderStatus.CANCELLED);
            }
            inventory.release(order.reservationId(), release);
            events.publishEvent(new OrderCancelled(order.id(), order.organizationId(), reason));
        });
        log.info("Order {} cancelled ({})", order.id(), reason);
    }

    /** Seller's fulfilment: TO_SHIP → SHIPPED → COMPLETED, or into after-sale. */
    public Order advance(AuthenticatedUser seller, UUID orderId, OrderStatus to) {
        Order order = store.find(orderId)
                .filter(o -> o.organizationId().equals(seller.organizationId()))
                .orElseThrow(() -> DomainException.notFound(OrderError.NOT_FOUND));
        if (to == OrderStatus.CANCELLED
                || to == OrderStatus.TO_SHIP
                || !order.status().canBecome(to)) {
            throw illegal(order.status(), to);
        }
        Boolean moved = transaction.execute(status ->
                store.transition(orderId, order.status(), to, seller.userId(), to.name(), null, clock.instant()));
        if (!Boolean.TRUE.equals(moved)) {
            throw illegal(store.find(orderId).orElseThrow().status(), to);
        }
        log.info("Order {} {} -> {}", orderId, order.status(), to);
        return store.find(orderId).orElseThrow();
    }

    /** Cancels unpaid orders whose reservation has run out; returns how many. */
    public int cancelUnpaidDue() {
        int cancelled = 0;
        for (UUID id : store.unpaidDue(clock.instant(), 500)) {
            Order order = store.find(id).orElseThrow();
            try {
                cancel(order, null, "EXPIRED", ReleaseReason.EXPIRED);
                cancelled++;
            } catch (DomainException e) {
                log.debug("Order {} changed before it could be cancelled: {}", id, e.code());
            }
        }
        return cancelled;
    }

    public List<String> history(UUID orderId) {
        return store.statusHistory(orderId);
    }

    public List<Order> sellerOrders(UUID organizationId, int page, int size) {
        return store.listBySeller(organizationId, page * size, size);
    }

    public long countSellerOrders(UUID organizationId) {
        return store.countBySeller(organizationId);
    }

    public List<Order> buyerOrders(UUID buyerId, int page, int size) {
        return store.listByBuyer(buyerId, page * size, size);
    }

    public long countBuyerOrders(UUID buyerId) {
        return store.countByBuyer(buyerId);
    }

    private static DomainException illegal(OrderStatus from, OrderStatus to) {
        return DomainException.conflict(OrderError.TRANSITION_ILLEGAL, from.name(), to.name())
                .with("status", from.name());
    }
}
