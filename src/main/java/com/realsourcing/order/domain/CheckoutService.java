package com.realsourcing.order.domain;

import com.realsourcing.catalog.api.CatalogApi;
import com.realsourcing.catalog.api.SalesChannel;
import com.realsourcing.catalog.api.SkuOffer;
import com.realsourcing.inventory.api.InventoryApi;
import com.realsourcing.inventory.api.ReleaseReason;
import com.realsourcing.inventory.api.ReservationLine;
import com.realsourcing.inventory.api.ReservationRequest;
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
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.support.JdbcTransactionManager;
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
    private final TransactionTemplate checkoutTransaction;
    private final CheckoutCombiner combiner;

    CheckoutService(
            CheckoutCombiner combiner,
            OrderStore store,
            CatalogApi catalog,
            InventoryApi inventory,
            PaymentPort payments,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions,
            DataSource dataSource) {
        this.combiner = combiner;
        this.store = store;
        this.catalog = catalog;
        this.inventory = inventory;
        this.payments = payments;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        // Checkout touches no JPA entity: a plain JDBC transaction spares it a Hibernate session per order (about a
        // fifth of checkout's CPU in the JVM, measured with JFR). Deliberately not a bean: a second transaction
        // manager bean would switch off Boot's JPA one.
        this.checkoutTransaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
    }

    /**
     * Places the order: its lines priced by catalog in one read, the order (with its lines and first status change)
     * written unless the buyer already used the key, and its stock reserved, all in one transaction — so an order
     * and its reservation are written together or not at all, and a retried or concurrent submit with the same key
     * gets the order the first one made. When stock is short, reservations of those SKUs whose time ran out are
     * released and the order is tried once more, so a buyer is not refused until the sweeper comes by.
     *
     * <p>A cart that names no activity is first offered to the {@link CheckoutCombiner}, which places concurrent carts
     * in one transaction with the same pricing, guards and idempotency (docs/adr/0009-checkout-group-commit.md); what
     * it cannot place that way comes back here and takes the one-order path below.
     */
    public Placed place(AuthenticatedUser buyer, String idempotencyKey, PlaceOrder command) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw DomainException.badRequest(OrderError.IDEMPOTENCY_KEY_REQUIRED);
        }
        String key = idempotencyKey.strip();
        if (command.lines() == null || command.lines().isEmpty()) {
            throw DomainException.invalidField("lines", OrderError.LINES_REQUIRED);
        }
        for (int i = 0; i < command.lines().size(); i++) {
            if (command.lines().get(i).quantity() <= 0) {
                throw DomainException.invalidField("lines[" + i + "].quantity", "inventory.quantity-not-positive");
            }
        }
        try {
            return placeCounted(buyer, key, command);
        } finally {
            combiner.leave();
        }
    }

    private Placed placeCounted(AuthenticatedUser buyer, String key, PlaceOrder command) {
        if (combiner.arrive(command)) {
            CheckoutCombiner.Outcome outcome = combiner.place(buyer, key, command);
            switch (outcome.kind()) {
                case PLACED -> {
                    return outcome.placed();
                }
                case REPLAY -> {
                    return replay(buyer, key);
                }
                case ALONE -> {
                    // stock short, several buckets, a cap, or the batch failed: the one-order path answers exactly
                }
            }
        }
        Placed placed;
        try {
            placed = checkoutTransaction.execute(status -> placeNow(buyer, key, command));
        } catch (DomainException e) {
            if (!e.code().equals(INSUFFICIENT_STOCK)
                    || inventory.releaseExpired(command.lines().stream()
                                    .map(CartLine::skuId)
                                    .toList())
                            == 0) {
                throw e;
            }
            placed = checkoutTransaction.execute(status -> placeNow(buyer, key, command));
        }
        if (placed != null) {
            return placed;
        }
        // the key was used: by an earlier submit, or by a concurrent one that committed while this one waited
        return replay(buyer, key);
    }

    private Placed replay(AuthenticatedUser buyer, String key) {
        Order earlier = store.findByKey(buyer.userId(), key).orElseThrow();
        return new Placed(earlier, reservation(earlier), true);
    }

    /**
     * How checkout's group commit has fared since start: combined transactions committed, orders they placed, carts
     * sent to the one-order path, combined transactions rolled back as a whole, carts queued right now, and carts
     * the combiner would have taken that their callers placed themselves (too few checkouts in flight to combine).
     */
    public record CombinerStats(
            long batches, long placed, long alone, long failedBatches, long queued, long leftToCaller) {}

    public CombinerStats combinerStats() {
        return combiner.stats();
    }

    private static final String INSUFFICIENT_STOCK = "inventory.insufficient-stock";

    /** The new order, or null when the buyer's key was used already (nothing written). */
    private Placed placeNow(AuthenticatedUser buyer, String key, PlaceOrder command) {
        Instant now = clock.instant();
        // No module knows yet whether a buyer is a member of a seller (membership comes with its own module), so
        // checkout never charges the member price: member = false is deliberate, not a default.
        boolean member = false;
        Map<UUID, SkuOffer> offers = catalog.offers(
                command.lines().stream().map(CartLine::skuId).toList(),
                command.channel(),
                member,
                command.activity(),
                now);
        Order order = price(command, offers)
                .pendingOrder(
                        buyer.userId(),
                        command.channel(),
                        command.address(),
                        now,
                        now.plus(inventory.reservationTtl()));
        if (!store.insertUnlessKeyUsed(order, key)) {
            return null;
        }
        ReservationView reservation = inventory.reserve(reservationOf(order, command.activity()));
        logPlaced(order);
        return new Placed(order, reservation, false);
    }

    /** A cart priced by catalog: the seller, the currency, the total and the order lines. */
    record Priced(UUID seller, String currency, BigDecimal total, List<Line> lines) {

        /** The unpaid order for this cart, with new ids for it and its reservation, which runs out at {@code expiresAt}. */
        Order pendingOrder(UUID buyerId, SalesChannel channel, Orders.Address address, Instant now, Instant expiresAt) {
            return new Order(
                    Ids.newId(),
                    seller,
                    buyerId,
                    channel,
                    OrderStatus.PENDING_PAYMENT,
                    currency,
                    total,
                    Ids.newId(),
                    address,
                    null,
                    null,
                    expiresAt,
                    now,
                    now,
                    null,
                    lines);
        }
    }

    /** What the order's stock reservation asks inventory for: its lines, under its reservation id, until it runs out. */
    static ReservationRequest reservationOf(Order order, String activity) {
        return new ReservationRequest(
                order.reservationId(),
                order.organizationId(),
                order.id().toString(),
                order.channel().name(),
                activity,
                order.lines().stream()
                        .map(l -> new ReservationLine(l.skuId(), l.quantity()))
                        .toList(),
                order.expiresAt());
    }

    /** The address logs masked: its toString shows the name and phone masked and leaves the street out. */
    static void logPlaced(Order order) {
        if (log.isInfoEnabled()) {
            log.info(
                    "Order {} placed: {} {}, ship to {}", order.id(), order.total(), order.currency(), order.address());
        }
    }

    /**
     * Prices the cart from catalog's offers, or throws what checkout answers for it: an unknown SKU or one not on
     * sale, an activity that ended or has not started, SKUs of several sellers, or changed prices (all of them named).
     */
    static Priced price(PlaceOrder command, Map<UUID, SkuOffer> offers) {
        List<Line> lines = new ArrayList<>();
        List<FieldError> changed = new ArrayList<>();
        UUID seller = null;
        String currency = null;
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < command.lines().size(); i++) {
            CartLine cart = command.lines().get(i);
            String field = "lines[" + i + "]";
            SkuOffer offer = offers.get(cart.skuId());
            if (offer == null) {
                throw DomainException.invalidField(field + ".skuId", OrderError.SKU_UNKNOWN);
            }
            if (!offer.published()) {
                throw DomainException.invalidField(field + ".skuId", OrderError.SKU_NOT_ON_SALE);
            }
            if (offer.activityStatus() == SkuOffer.ActivityStatus.ENDED
                    || offer.activityStatus() == SkuOffer.ActivityStatus.NOT_STARTED) {
                String code = offer.activityStatus() == SkuOffer.ActivityStatus.ENDED
                        ? OrderError.ACTIVITY_ENDED
                        : OrderError.ACTIVITY_NOT_STARTED;
                throw new DomainException(
                                HttpStatus.CONFLICT,
                                code,
                                List.of(new FieldError(field + ".skuId", code, command.activity())),
                                command.activity())
                        .with("activity", command.activity())
                        .with("skuId", cart.skuId());
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
        return new Priced(seller, currency, total, lines);
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
