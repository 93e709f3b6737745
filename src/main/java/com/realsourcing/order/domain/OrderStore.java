package com.realsourcing.order.domain;

import com.realsourcing.catalog.api.SalesChannel;
import com.realsourcing.order.domain.Orders.Address;
import com.realsourcing.order.domain.Orders.Line;
import com.realsourcing.order.domain.Orders.Order;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.PiiProtection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL over the orders schema. Address fields are encrypted here and decrypted on the way out. */
@Component
class OrderStore {

    private static final TypeReference<LinkedHashMap<String, String>> ATTRIBUTES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;
    private final PiiProtection pii;

    OrderStore(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json, PiiProtection pii) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.pii = pii;
    }

    static OffsetDateTime ts(Instant instant) {
        return instant == null
                ? null
                : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /**
     * Writes the order, its lines and its first status change in one statement, unless the buyer already used the
     * idempotency key: then nothing is written and this returns false (a concurrent submit with the same key waits
     * here until the other commits or rolls back).
     */
    boolean insertUnlessKeyUsed(Order order, String idempotencyKey) {
        return !insertAllUnlessKeyUsed(List.of(order), List.of(idempotencyKey)).isEmpty();
    }

    /**
     * Writes many orders, their lines and first status changes in one statement, each unless its buyer already used
     * its idempotency key (as {@link #insertUnlessKeyUsed}); returns the ids of the orders written. The keys must be
     * distinct per buyer; pass the orders sorted by buyer and key, so two such statements take the unique index's
     * locks in one order.
     */
    Set<UUID> insertAllUnlessKeyUsed(List<Order> orders, List<String> idempotencyKeys) {
        int n = orders.size();
        Object[] ids = new Object[n];
        Object[] sellers = new Object[n];
        Object[] buyers = new Object[n];
        Object[] channels = new Object[n];
        Object[] currencies = new Object[n];
        Object[] totals = new Object[n];
        Object[] reservations = new Object[n];
        Object[] recipients = new Object[n];
        Object[] phones = new Object[n];
        Object[] regions = new Object[n];
        Object[] addresses = new Object[n];
        Object[] expires = new Object[n];
        Object[] created = new Object[n];
        Object[] changeIds = new Object[n];
        List<Object> lineOrders = new ArrayList<>();
        List<Object> positions = new ArrayList<>();
        List<Object> skus = new ArrayList<>();
        List<Object> names = new ArrayList<>();
        List<Object> attributes = new ArrayList<>();
        List<Object> quantities = new ArrayList<>();
        List<Object> prices = new ArrayList<>();
        List<Object> sources = new ArrayList<>();
        List<Object> virtuals = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Order order = orders.get(i);
            ids[i] = order.id();
            sellers[i] = order.organizationId();
            buyers[i] = order.buyerId();
            channels[i] = order.channel().name();
            currencies[i] = order.currency();
            totals[i] = order.total();
            reservations[i] = order.reservationId();
            recipients[i] = pii.encrypt(order.address().recipient());
            phones[i] = pii.encrypt(order.address().phone());
            regions[i] = order.address().region();
            addresses[i] = pii.encrypt(order.address().detail());
            expires[i] = ts(order.expiresAt()).toString();
            created[i] = ts(order.createdAt()).toString();
            changeIds[i] = Ids.newId();
            for (Line line : order.lines()) {
                lineOrders.add(order.id());
                positions.add(line.position());
                skus.add(line.skuId());
                names.add(line.productName());
                attributes.add(json.writeValueAsString(line.attributes()));
                quantities.add(line.quantity());
                prices.add(line.unitPrice());
                sources.add(line.priceSource());
                virtuals.add(line.virtual());
            }
        }
        return batch.query(
                connection -> {
                    var ps = connection.prepareStatement(
                            """
                            with o as (
                                insert into orders.orders (id, organization_id, buyer_id, channel, status, currency, total,
                                    idempotency_key, reservation_id, recipient, phone, region, address, expires_at,
                                    created_at, updated_at)
                                select t.id, t.seller, t.buyer, t.channel, 'PENDING_PAYMENT', t.currency, t.total, t.key,
                                    t.reservation, t.recipient, t.phone, t.region, t.address, t.expires, t.created, t.created
                                from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::numeric[], ?::text[],
                                    ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]::timestamptz[],
                                    ?::text[]::timestamptz[])
                                    as t(id, seller, buyer, channel, currency, total, key, reservation, recipient, phone,
                                        region, address, expires, created)
                                on conflict (buyer_id, idempotency_key) do nothing
                                returning id, buyer_id, created_at),
                            l as (
                                insert into orders.order_lines (order_id, position, sku_id, product_name, attributes,
                                    quantity, unit_price, price_source, virtual)
                                select t.order_id, t.position, t.sku, t.name, cast(t.attributes as jsonb), t.quantity, t.price,
                                    t.source, t.virtual
                                from unnest(?::uuid[], ?::int[], ?::uuid[], ?::text[], ?::text[], ?::int[], ?::numeric[],
                                    ?::text[], ?::boolean[])
                                    as t(order_id, position, sku, name, attributes, quantity, price, source, virtual)
                                where t.order_id in (select id from o)
                                returning 1),
                            s as (
                                insert into orders.status_changes (id, order_id, from_status, to_status, actor_id, reason,
                                    changed_at)
                                select c.id, o.id, null, 'PENDING_PAYMENT', o.buyer_id, 'PLACED', o.created_at
                                from unnest(?::uuid[], ?::uuid[]) as c(id, order_id) join o on o.id = c.order_id
                                returning 1)
                            select array(select id from o), (select count(*) from l), (select count(*) from s)""");
                    int i = 0;
                    ps.setArray(++i, connection.createArrayOf("uuid", ids));
                    ps.setArray(++i, connection.createArrayOf("uuid", sellers));
                    ps.setArray(++i, connection.createArrayOf("uuid", buyers));
                    ps.setArray(++i, connection.createArrayOf("text", channels));
                    ps.setArray(++i, connection.createArrayOf("text", currencies));
                    ps.setArray(++i, connection.createArrayOf("numeric", totals));
                    ps.setArray(++i, connection.createArrayOf("text", idempotencyKeys.toArray()));
                    ps.setArray(++i, connection.createArrayOf("uuid", reservations));
                    ps.setArray(++i, connection.createArrayOf("text", recipients));
                    ps.setArray(++i, connection.createArrayOf("text", phones));
                    ps.setArray(++i, connection.createArrayOf("text", regions));
                    ps.setArray(++i, connection.createArrayOf("text", addresses));
                    ps.setArray(++i, connection.createArrayOf("text", expires));
                    ps.setArray(++i, connection.createArrayOf("text", created));
                    ps.setArray(++i, connection.createArrayOf("uuid", lineOrders.toArray()));
                    ps.setArray(++i, connection.createArrayOf("int4", positions.toArray()));
                    ps.setArray(++i, connection.createArrayOf("uuid", skus.toArray()));
                    ps.setArray(++i, connection.createArrayOf("text", names.toArray()));
                    ps.setArray(++i, connection.createArrayOf("text", attributes.toArray()));
                    ps.setArray(++i, connection.createArrayOf("int4", quantities.toArray()));
                    ps.setArray(++i, connection.createArrayOf("numeric", prices.toArray()));
                    ps.setArray(++i, connection.createArrayOf("text", sources.toArray()));
                    ps.setArray(++i, connection.createArrayOf("bool", virtuals.toArray()));
                    ps.setArray(++i, connection.createArrayOf("uuid", changeIds));
                    ps.setArray(++i, connection.createArrayOf("uuid", ids));
                    return ps;
                },
                rs -> {
                    rs.next();
                    Set<UUID> written =
                            new HashSet<>(Arrays.asList((UUID[]) rs.getArray(1).getArray()));
                    long lines = orders.stream()
                            .filter(o -> written.contains(o.id()))
                            .mapToLong(o -> o.lines().size())
                            .sum();
                    if (rs.getLong(2) != lines || rs.getLong(3) != written.size()) {
                        throw new IllegalStateException("Combined checkout wrote " + rs.getLong(2) + " of " + lines
                                + " lines and " + rs.getLong(3) + " of " + written.size() + " status changes");
                    }
                    return written;
                });
    }

    /**
     * Removes orders written in this transaction (with their lines and status changes) that could not be placed. The
     * foreign keys are checked at the end of the statement, when the child rows are gone too.
     */
    void deleteUnplaced(Collection<UUID> orderIds) {
        jdbc.sql(
                        """
                        with s as (delete from orders.status_changes where order_id in (:ids) returning 1),
                        l as (delete from orders.order_lines where order_id in (:ids) returning 1)
                        delete from orders.orders where id in (:ids)""")
                .param("ids", orderIds)
                .update();
    }

    /** Compare-and-set of the status; false when the order is no longer in {@code from}. */
    boolean transition(
            UUID orderId,
            OrderStatus from,
            OrderStatus to,
            UUID actorId,
            String reason,
            String paymentReference,
            Instant now) {
        int updated = jdbc.sql(
                        """
                        update orders.orders set status = :to, updated_at = :now,
                            paid_at = case when :to = 'TO_SHIP' then :now else paid_at end,
                            payment_reference = coalesce(:payment, payment_reference),
                            cancel_reason = case when :to = 'CANCELLED' then :reason else cancel_reason end
                        where id = :id and status = :from""")
                .param("to", to.name())
                .param("now", ts(now))
                .param("payment", paymentReference)
                .param("reason", reason)
                .param("id", orderId)
                .param("from", from.name())
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql(
                        """
                        insert into orders.status_changes (id, order_id, from_status, to_status, actor_id, reason, changed_at)
                        values (:id, :order, :from, :to, :actor, :reason, :now)""")
                .param("id", Ids.newId())
                .param("order", orderId)
                .param("from", from.name())
                .param("to", to.name())
                .param("actor", actorId)
                .param("reason", reason)
                .param("now", ts(now))
                .update();
        return true;
    }

    List<String> statusHistory(UUID orderId) {
        return jdbc.sql("select to_status from orders.status_changes where order_id = :id order by changed_at, id")
                .param("id", orderId)
                .query(String.class)
                .list();
    }

    Optional<Order> find(UUID id) {
        return jdbc.sql("select * from orders.orders where id = :id")
                .param("id", id)
                .query((rs, n) -> order(rs))
                .optional();
    }

    Optional<Order> findByKey(UUID buyerId, String key) {
        return jdbc.sql("select * from orders.orders where buyer_id = :buyer and idempotency_key = :key")
                .param("buyer", buyerId)
                .param("key", key)
                .query((rs, n) -> order(rs))
                .optional();
    }

    List<Order> listBySeller(UUID organizationId, int offset, int limit) {
        return jdbc.sql(
                        """
                        select * from orders.orders where organization_id = :org
                        order by created_at desc, id desc offset :offset limit :limit""")
                .param("org", organizationId)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> order(rs))
                .list();
    }

    long countBySeller(UUID organizationId) {
        return jdbc.sql("select count(*) from orders.orders where organization_id = :org")
                .param("org", organizationId)
                .query(Long.class)
                .single();
    }

    List<Order> listByBuyer(UUID buyerId, int offset, int limit) {
        return jdbc.sql(
                        """
                        select * from orders.orders where buyer_id = :buyer
                        order by created_at desc, id desc offset :offset limit :limit""")
                .param("buyer", buyerId)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> order(rs))
                .list();
    }

    long countByBuyer(UUID buyerId) {
        return jdbc.sql("select count(*) from orders.orders where buyer_id = :buyer")
                .param("buyer", buyerId)
                .query(Long.class)
                .single();
    }

    List<UUID> unpaidDue(Instant now, int limit) {
        return jdbc.sql(
                        """
                        select id from orders.orders where status = 'PENDING_PAYMENT' and expires_at <= :now
                        order by expires_at limit :limit""")
                .param("now", ts(now))
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    private Order order(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<Line> lines = jdbc.sql("select * from orders.order_lines where order_id = :id order by position")
                .param("id", id)
                .query((r, n) -> new Line(
                        r.getInt("position"),
                        r.getObject("sku_id", UUID.class),
                        r.getString("product_name"),
                        json.readValue(r.getString("attributes"), ATTRIBUTES),
                        r.getInt("quantity"),
                        r.getBigDecimal("unit_price"),
                        r.getString("price_source"),
                        r.getBoolean("virtual")))
                .list();
        return new Order(
                id,
                rs.getObject("organization_id", UUID.class),
                rs.getObject("buyer_id", UUID.class),
                SalesChannel.valueOf(rs.getString("channel")),
                OrderStatus.valueOf(rs.getString("status")),
                rs.getString("currency"),
                rs.getBigDecimal("total"),
                rs.getObject("reservation_id", UUID.class),
                new Address(
                        pii.decrypt(rs.getString("recipient")),
                        pii.decrypt(rs.getString("phone")),
                        rs.getString("region"),
                        pii.decrypt(rs.getString("address"))),
                rs.getString("payment_reference"),
                rs.getString("cancel_reason"),
                instant(rs, "expires_at"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                instant(rs, "paid_at"),
                lines);
    }
}
