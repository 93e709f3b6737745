package com.realsourcing.inventory.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.realsourcing.shared.domain.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * SQL over inventory's tables. Every change of a counter is one guarded statement; the check constraints on
 * {@code stock_buckets} are the last word on overselling, whatever the callers do.
 */
@Component
class StockStore {

    /** A stock item's identity; never changes once made, so it is cached for the hot path. */
    record ItemRef(UUID id, UUID organizationId, UUID skuId, int bucketCount) {}

    record Bucket(int bucket, int physical, int reserved) {
        int available() {
            return physical - reserved;
        }
    }

    record Totals(int physical, int reserved) {
        static final Totals ZERO = new Totals(0, 0);
    }

    record Line(UUID stockItemId, UUID skuId, int bucket, int quantity, UUID allocationId, boolean capped) {

        Line(UUID stockItemId, UUID skuId, int bucket, int quantity, UUID allocationId) {
            this(stockItemId, skuId, bucket, quantity, allocationId, false);
        }
    }

    /** What the one-statement reservation did: the items it reserved, capped, and found a cap row for. */
    record SimpleReservation(List<UUID> reserved, List<UUID> capped, List<UUID> withCap, boolean inserted) {}

    record ReservationRow(
            UUID id,
            UUID organizationId,
            String reference,
            String status,
            Instant expiresAt,
            Instant createdAt,
            String channel) {

        ReservationRow(
                UUID id, UUID organizationId, String reference, String status, Instant expiresAt, Instant createdAt) {
            this(id, organizationId, reference, status, expiresAt, createdAt, null);
        }
    }

    record AllocationRow(
            UUID id,
            UUID organizationId,
            UUID stockItemId,
            UUID skuId,
            int bucket,
            String activity,
            int quantity,
            int pending,
            int sold,
            String status,
            Instant startsAt,
            Instant endsAt,
            Instant createdAt) {}

    record AlertSettings(Integer threshold, UUID alertUserId, Instant alertedAt) {}

    record Movement(
            UUID id,
            UUID skuId,
            String kind,
            int delta,
            String reason,
            String reference,
            UUID actorId,
            Instant createdAt) {}

    static final String WAREHOUSE = "DEFAULT";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final DataSource dataSource;
    private final Cache<UUID, ItemRef> items =
            Caffeine.newBuilder().maximumSize(100_000).build();

    StockStore(JdbcClient jdbc, JdbcTemplate batch, DataSource dataSource) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.dataSource = dataSource;
    }

    /**
     * A savepoint on the transaction's connection. Rolling back to it releases the row locks taken since, which
     * PostgreSQL otherwise keeps on rows whose guarded update failed its re-check.
     */
    Savepoint savepoint() {
        try {
            return DataSourceUtils.getConnection(dataSource).setSavepoint();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void rollbackTo(Savepoint savepoint) {
        try {
            DataSourceUtils.getConnection(dataSource).rollback(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PostgreSQL keeps microseconds and rounds the rest; truncating first keeps comparisons with the clock exact. */
    static OffsetDateTime ts(Instant instant) {
        return instant == null
                ? null
                : OffsetDateTime.ofInstant(instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    // ---- stock items and buckets

    Optional<ItemRef> findItem(UUID skuId) {
        ItemRef cached = items.getIfPresent(skuId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<ItemRef> found = jdbc.sql(
                        """
                        select id, organization_id, sku_id, bucket_count from inventory.stock_items
                        where sku_id = :sku and warehouse = :warehouse""")
                .param("sku", skuId)
                .param("warehouse", WAREHOUSE)
                .query((rs, n) -> new ItemRef(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getInt(4)))
                .optional();
        found.ifPresent(item -> items.put(skuId, item));
        return found;
    }

    /** Inserts the item unless the SKU already has one; true when this call made it. */
    boolean insertItem(ItemRef item, Instant now) {
        return jdbc.sql(
                                """
                        insert into inventory.stock_items (id, organization_id, sku_id, warehouse, bucket_count, created_at)
                        values (:id, :org, :sku, :warehouse, :buckets, :now)
                        on conflict (sku_id, warehouse) do nothing""")
                        .param("id", item.id())
                        .param("org", item.organizationId())
                        .param("sku", item.skuId())
                        .param("warehouse", WAREHOUSE)
                        .param("buckets", item.bucketCount())
                        .param("now", ts(now))
                        .update()
                == 1;
    }

    void insertBucket(UUID itemId, int bucket, int physical) {
        jdbc.sql(
                        "insert into inventory.stock_buckets (stock_item_id, bucket, physical, reserved) values (:item, :bucket, :physical, 0)")
                .param("item", itemId)
                .param("bucket", bucket)
                .param("physical", physical)
                .update();
    }

    Totals totals(UUID itemId) {
        return jdbc.sql(
                        "select coalesce(sum(physical), 0), coalesce(sum(reserved), 0) from inventory.stock_buckets where stock_item_id = :item")
                .param("item", itemId)
                .query((rs, n) -> new Totals(rs.getInt(1), rs.getInt(2)))
                .single();
    }

    Map<UUID, Totals> totals(Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(
                        """
                        select stock_item_id, sum(physical), sum(reserved) from inventory.stock_buckets
                        where stock_item_id in (:items) group by stock_item_id""")
                .param("items", itemIds)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new Totals(rs.getInt(2), rs.getInt(3))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Reserves {@code quantity} in one bucket that has it and that no other transaction holds right now (SKIP
     * LOCKED), starting the search at {@code start} so concurrent callers spread over the buckets. Empty when no
     * free bucket had enough: the caller then takes the slow path. The pick is a materialised CTE, evaluated
     * once: as a sub-select in {@code UPDATE … FROM} the planner may re-scan it and pick (and update) a second
     * bucket.
     */
    OptionalInt reserveInFreeBucket(ItemRef item, int quantity, int start) {
        List<Integer> picked = jdbc.sql(
                        """
                        with pick as materialized (
                            select bucket from inventory.stock_buckets
                            where stock_item_id = :item and physical - reserved >= :n
                            order by (bucket + :start) % :count
                            limit 1 for update skip locked)
                        update inventory.stock_buckets b set reserved = b.reserved + :n from pick
                        where b.stock_item_id = :item and b.bucket = pick.bucket and b.physical - b.reserved >= :n
                        returning b.bucket""")
                .param("n", quantity)
                .param("item", item.id())
                .param("start", start)
                .param("count", item.bucketCount())
                .query((rs, n) -> rs.getInt(1))
                .list();
        if (picked.size() > 1) {
            throw new IllegalStateException("A reservation took " + picked.size() + " buckets of " + item.id());
        }
        return picked.isEmpty() ? OptionalInt.empty() : OptionalInt.of(picked.get(0));
    }

    /**
     * Grants up to {@code wanted} units from one bucket that no other transaction holds (SKIP LOCKED): as many as
     * it has free. Returns the units granted, 0 when the bucket is busy or empty.
     */
    int grantFromFreeBucket(UUID itemId, int bucket, int wanted) {
        List<Integer> granted = jdbc.sql(
                        """
                        with cur as materialized (
                            select physical, reserved from inventory.stock_buckets
                            where stock_item_id = :item and bucket = :bucket for update skip locked)
                        update inventory.stock_buckets s set reserved = s.reserved + least(:n, cur.physical - cur.reserved)
                        from cur
                        where s.stock_item_id = :item and s.bucket = :bucket and cur.physical - cur.reserved > 0
                        returning least(:n, cur.physical - cur.reserved)""")
                .param("item", itemId)
                .param("bucket", bucket)
                .param("n", wanted)
                .query(Integer.class)
                .list();
        return granted.isEmpty() ? 0 : granted.get(0);
    }

    /**
     * Inserts many ACTIVE reservations of one organisation with one line each, in two statements over arrays
     * ({@code unnest}), so a batch costs two round trips whatever its size.
     */
    void insertReservations(List<ReservationRow> rows, List<Line> lines) {
        ReservationRow first = rows.get(0);
        UUID[] ids = rows.stream().map(ReservationRow::id).toArray(UUID[]::new);
        String[] references = rows.stream().map(ReservationRow::reference).toArray(String[]::new);
        Integer[] buckets = lines.stream().map(Line::bucket).toArray(Integer[]::new);
        Integer[] quantities = lines.stream().map(Line::quantity).toArray(Integer[]::new);
        batch.update(connection -> {
            var ps = connection.prepareStatement(
                    """
                    insert into inventory.reservations (id, organization_id, reference, status, expires_at, created_at)
                    select id, ?, reference, 'ACTIVE', ?, ? from unnest(?::uuid[], ?::text[]) as t(id, reference)""");
            ps.setObject(1, first.organizationId());
            ps.setObject(2, ts(first.expiresAt()));
            ps.setObject(3, ts(first.createdAt()));
            ps.setArray(4, connection.createArrayOf("uuid", ids));
            ps.setArray(5, connection.createArrayOf("text", references));
            return ps;
        });
        batch.update(connection -> {
            var ps = connection.prepareStatement(
                    """
                    insert into inventory.reservation_lines (reservation_id, stock_item_id, bucket, quantity)
                    select id, ?, bucket, quantity from unnest(?::uuid[], ?::int[], ?::int[]) as t(id, bucket, quantity)""");
            ps.setObject(1, lines.get(0).stockItemId());
            ps.setArray(2, connection.createArrayOf("uuid", ids));
            ps.setArray(3, connection.createArrayOf("int4", buckets));
            ps.setArray(4, connection.createArrayOf("int4", quantities));
            return ps;
        });
    }

    /**
     * The reservation of single-bucket items in one statement: a guarded update of each item's bucket 0, a guarded
     * update of each item's cap for the channel (when it has one), and — only when every line got both — the
     * reservation and its lines. The caller throws (rolling its transaction back) when {@code inserted} is false.
     * Items must be locked in item order beforehand when there are several ({@link #lockSingleBuckets}).
     */
    SimpleReservation reserveSimple(ReservationRow row, List<UUID> itemIds, List<Integer> quantities) {
        String channel = row.channel() == null ? "" : row.channel();
        return batch.query(
                connection -> {
                    var ps = connection.prepareStatement(
                            """
                            with want as (
                                select * from unnest(?::uuid[], ?::int[]) as w(item, n)),
                            stock as (
                                update inventory.stock_buckets b set reserved = b.reserved + w.n from want w
                                where b.stock_item_id = w.item and b.bucket = 0 and b.physical - b.reserved >= w.n
                                returning b.stock_item_id),
                            with_cap as (
                                select c.stock_item_id from inventory.channel_caps c join want w on w.item = c.stock_item_id
                                where c.channel = ?),
                            cap as (
                                update inventory.channel_caps c set used = c.used + w.n from want w
                                where c.stock_item_id = w.item and c.channel = ? and (c.cap is null or c.cap - c.used >= w.n)
                                returning c.stock_item_id),
                            res as (
                                insert into inventory.reservations
                                    (id, organization_id, reference, status, expires_at, created_at, channel)
                                select ?, ?, ?, 'ACTIVE', ?, ?, ?
                                where (select count(*) from stock) = ?
                                  and (select count(*) from cap) = (select count(*) from with_cap)
                                returning id),
                            lines as (
                                insert into inventory.reservation_lines (reservation_id, stock_item_id, bucket, quantity, capped)
                                select res.id, w.item, 0, w.n, w.item in (select stock_item_id from cap)
                                from res cross join want w
                                returning reservation_id)
                            select array(select stock_item_id from stock), array(select stock_item_id from cap),
                                   array(select stock_item_id from with_cap), (select count(*) from lines)""");
                    ps.setArray(1, connection.createArrayOf("uuid", itemIds.toArray()));
                    ps.setArray(2, connection.createArrayOf("int4", quantities.toArray()));
                    ps.setString(3, channel);
                    ps.setString(4, channel);
                    ps.setObject(5, row.id());
                    ps.setObject(6, row.organizationId());
                    ps.setString(7, row.reference());
                    ps.setObject(8, ts(row.expiresAt()));
                    ps.setObject(9, ts(row.createdAt()));
                    ps.setString(10, row.channel());
                    ps.setInt(11, itemIds.size());
                    return ps;
                },
                rs -> {
                    rs.next();
                    return new SimpleReservation(
                            uuids(rs.getArray(1)), uuids(rs.getArray(2)), uuids(rs.getArray(3)), rs.getInt(4) > 0);
                });
    }

    private static List<UUID> uuids(java.sql.Array array) throws SQLException {
        return List.of((UUID[]) array.getArray());
    }

    /** Bucket 0 of an item as a combined checkout sees it, locked: its counters, bucket count and capped channels. */
    record LockedBucket(UUID itemId, int physical, int reserved, int bucketCount, List<String> cappedChannels) {}

    /**
     * Locks bucket 0 of every item in item order (the order every reservation locks in, so no deadlock with them)
     * and reads what a combined checkout decides on: the counters, how many buckets the item has now (a split
     * since the item was cached shows here) and the channels with a cap row.
     */
    Map<UUID, LockedBucket> lockForBatch(Collection<UUID> itemIds) {
        return batch.query(
                connection -> {
                    var ps = connection.prepareStatement(
                            """
                            select b.stock_item_id, b.physical, b.reserved, i.bucket_count,
                                array(select c.channel from inventory.channel_caps c where c.stock_item_id = b.stock_item_id)
                            from inventory.stock_buckets b join inventory.stock_items i on i.id = b.stock_item_id
                            where b.stock_item_id = any(?) and b.bucket = 0
                            order by b.stock_item_id for update of b""");
                    ps.setArray(1, connection.createArrayOf("uuid", itemIds.toArray()));
                    return ps;
                },
                rs -> {
                    Map<UUID, LockedBucket> locked = new java.util.HashMap<>();
                    while (rs.next()) {
                        UUID id = rs.getObject(1, UUID.class);
                        locked.put(id, new LockedBucket(id, rs.getInt(2), rs.getInt(3), rs.getInt(4), List.of((String[])
                                rs.getArray(5).getArray())));
                    }
                    return locked;
                });
    }

    /**
     * Writes a combined checkout's reservations in one statement: the guarded update of bucket 0 of every item by
     * the units all the reservations take from it, the reservations and their lines (bucket 0, uncapped). Returns
     * how many items the guarded update changed; when that is fewer than {@code itemIds}, the caller must roll back
     * (the reservation rows were written regardless).
     */
    int reserveBatch(
            List<ReservationRow> rows,
            List<UUID> itemIds,
            List<Integer> itemQuantities,
            List<UUID> lineReservations,
            List<UUID> lineItems,
            List<Integer> lineQuantities) {
        return batch.query(
                connection -> {
                    var ps = connection.prepareStatement(
                            """
                            with stock as (
                                update inventory.stock_buckets b set reserved = b.reserved + w.n
                                from unnest(?::uuid[], ?::int[]) as w(item, n)
                                where b.stock_item_id = w.item and b.bucket = 0 and b.physical - b.reserved >= w.n
                                returning b.stock_item_id),
                            res as (
                                insert into inventory.reservations
                                    (id, organization_id, reference, status, expires_at, created_at, channel)
                                select t.id, t.org, t.reference, 'ACTIVE', t.expires, t.created, t.channel
                                from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[]::timestamptz[], ?::text[]::timestamptz[], ?::text[])
                                    as t(id, org, reference, expires, created, channel)
                                returning 1),
                            lines as (
                                insert into inventory.reservation_lines (reservation_id, stock_item_id, bucket, quantity, capped)
                                select l.reservation, l.item, 0, l.n, false
                                from unnest(?::uuid[], ?::uuid[], ?::int[]) as l(reservation, item, n)
                                returning 1)
                            select (select count(*) from stock), (select count(*) from res), (select count(*) from lines)""");
                    int i = 0;
                    ps.setArray(++i, connection.createArrayOf("uuid", itemIds.toArray()));
                    ps.setArray(++i, connection.createArrayOf("int4", itemQuantities.toArray()));
                    ps.setArray(
                            ++i,
                            connection.createArrayOf(
                                    "uuid",
                                    rows.stream().map(ReservationRow::id).toArray()));
                    ps.setArray(
                            ++i,
                            connection.createArrayOf(
                                    "uuid",
                                    rows.stream()
                                            .map(ReservationRow::organizationId)
                                            .toArray()));
                    ps.setArray(
                            ++i,
                            connection.createArrayOf(
                                    "text",
                                    rows.stream().map(ReservationRow::reference).toArray()));
                    ps.setArray(
                            ++i,
                            connection.createArrayOf(
                                    "text",
                                    rows.stream()
                                            .map(r -> ts(r.expiresAt()).toString())
                                            .toArray()));
                    ps.setArray(
                            ++i,
                            connection.createArrayOf(
                                    "text",
                                    rows.stream()
                                            .map(r -> ts(r.createdAt()).toString())
                                            .toArray()));
                    ps.setArray(
                            ++i,
                            connection.createArrayOf(
                                    "text",
                                    rows.stream().map(ReservationRow::channel).toArray()));
                    ps.setArray(++i, connection.createArrayOf("uuid", lineReservations.toArray()));
                    ps.setArray(++i, connection.createArrayOf("uuid", lineItems.toArray()));
                    ps.setArray(++i, connection.createArrayOf("int4", lineQuantities.toArray()));
                    return ps;
                },
                rs -> {
                    rs.next();
                    if (rs.getInt(2) != rows.size() || rs.getInt(3) != lineItems.size()) {
                        throw new IllegalStateException("A combined reservation wrote " + rs.getInt(2) + " of "
                                + rows.size() + " reservations and " + rs.getInt(3) + " of " + lineItems.size()
                                + " lines");
                    }
                    return rs.getInt(1);
                });
    }

    /** Locks the single buckets of several items in item order, so two multi-line reservations never deadlock. */
    void lockSingleBuckets(List<UUID> itemIds) {
        jdbc.sql(
                        """
                        select stock_item_id from inventory.stock_buckets
                        where stock_item_id in (:items) and bucket = 0 order by stock_item_id for update""")
                .param("items", itemIds)
                .query(UUID.class)
                .list();
    }

    /**
     * Counts units against the channel's caps of several items (one guarded statement, in item order); returns the
     * items that have a cap row and were counted, or empty when one of them is over its cap.
     */
    Optional<List<UUID>> takeCaps(String channel, List<UUID> itemIds, List<Integer> quantities) {
        if (channel == null) {
            return Optional.of(List.of());
        }
        return batch.query(
                connection -> {
                    var ps = connection.prepareStatement(
                            """
                            with want as (select * from unnest(?::uuid[], ?::int[]) as w(item, n)),
                            with_cap as (
                                select c.stock_item_id from inventory.channel_caps c join want w on w.item = c.stock_item_id
                                where c.channel = ? order by c.stock_item_id for update of c),
                            cap as (
                                update inventory.channel_caps c set used = c.used + w.n from want w
                                where c.stock_item_id = w.item and c.channel = ? and (c.cap is null or c.cap - c.used >= w.n)
                                  and c.stock_item_id in (select stock_item_id from with_cap)
                                returning c.stock_item_id)
                            select array(select stock_item_id from cap), (select count(*) from with_cap)""");
                    ps.setArray(1, connection.createArrayOf("uuid", itemIds.toArray()));
                    ps.setArray(2, connection.createArrayOf("int4", quantities.toArray()));
                    ps.setString(3, channel);
                    ps.setString(4, channel);
                    return ps;
                },
                rs -> {
                    rs.next();
                    List<UUID> capped = uuids(rs.getArray(1));
                    return capped.size() == rs.getInt(2) ? Optional.of(capped) : Optional.empty();
                });
    }

    /** Gives back what the reservation's capped lines counted against their channel's caps. */
    void releaseCaps(UUID reservationId) {
        jdbc.sql(
                        """
                        update inventory.channel_caps c set used = c.used - l.quantity
                        from inventory.reservation_lines l join inventory.reservations r on r.id = l.reservation_id
                        where l.reservation_id = :id and l.capped and c.stock_item_id = l.stock_item_id
                          and c.channel = r.channel""")
                .param("id", reservationId)
                .update();
    }

    /** Sets (or lifts, with null) a channel's cap on an item; the count of units already through it stays. */
    void setCap(UUID itemId, String channel, Integer cap, Instant now) {
        jdbc.sql(
                        """
                        insert into inventory.channel_caps (stock_item_id, channel, cap, used, updated_at)
                        values (:item, :channel, :cap, 0, :now)
                        on conflict (stock_item_id, channel) do update set cap = excluded.cap, updated_at = excluded.updated_at""")
                .param("item", itemId)
                .param("channel", channel)
                .param("cap", cap, java.sql.Types.INTEGER)
                .param("now", ts(now))
                .update();
    }

    List<ChannelCap> caps(UUID itemId) {
        return jdbc.sql(
                        """
                        select i.sku_id, c.channel, c.cap, c.used, c.updated_at from inventory.channel_caps c
                        join inventory.stock_items i on i.id = c.stock_item_id
                        where c.stock_item_id = :item order by c.channel""")
                .param("item", itemId)
                .query((rs, n) -> new ChannelCap(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        (Integer) rs.getObject(3),
                        rs.getInt(4),
                        instant(rs, "updated_at")))
                .list();
    }

    /** The newest allocation of an item for the named activity, if any. */
    Optional<AllocationRow> findAllocationFor(UUID itemId, String activity) {
        return jdbc.sql(
                        "select " + ALLOCATION_COLUMNS
                                + " where a.stock_item_id = :item and a.activity = :activity order by a.created_at desc limit 1")
                .param("item", itemId)
                .param("activity", activity)
                .query((rs, n) -> allocation(rs))
                .optional();
    }

    /** Adds buckets (empty) up to {@code buckets} and records the new count; the caller holds all bucket locks. */
    void addBuckets(UUID itemId, int from, int buckets) {
        for (int b = from; b < buckets; b++) {
            insertBucket(itemId, b, 0);
        }
        jdbc.sql("update inventory.stock_items set bucket_count = :n where id = :id")
                .param("n", buckets)
                .param("id", itemId)
                .update();
        forget(itemId);
    }

    void forget(UUID itemId) {
        items.asMap().values().removeIf(i -> i.id().equals(itemId));
    }

    /** A guarded update of one bucket; it waits for the row if another transaction holds it. */
    boolean reserveInBucket(UUID itemId, int bucket, int quantity) {
        return jdbc.sql(
                                """
                        update inventory.stock_buckets set reserved = reserved + :n
                        where stock_item_id = :item and bucket = :bucket and physical - reserved >= :n""")
                        .param("n", quantity)
                        .param("item", itemId)
                        .param("bucket", bucket)
                        .update()
                == 1;
    }

    /** Locks all of an item's buckets in bucket order (the same order everywhere, so no deadlock between us). */
    List<Bucket> lockBuckets(UUID itemId) {
        return jdbc.sql(
                        """
                        select bucket, physical, reserved from inventory.stock_buckets
                        where stock_item_id = :item order by bucket for update""")
                .param("item", itemId)
                .query((rs, n) -> new Bucket(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .list();
    }

    void changeBucket(UUID itemId, int bucket, int physicalDelta, int reservedDelta) {
        int updated = jdbc.sql(
                        """
                        update inventory.stock_buckets
                        set physical = physical + :dp, reserved = reserved + :dr
                        where stock_item_id = :item and bucket = :bucket""")
                .param("dp", physicalDelta)
                .param("dr", reservedDelta)
                .param("item", itemId)
                .param("bucket", bucket)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("No bucket " + bucket + " for stock item " + itemId);
        }
    }

    void setReserved(UUID itemId, int bucket, int reserved) {
        jdbc.sql("update inventory.stock_buckets set reserved = :r where stock_item_id = :item and bucket = :bucket")
                .param("r", reserved)
                .param("item", itemId)
                .param("bucket", bucket)
                .update();
    }

    // ---- ledger

    void insertMovement(
            ItemRef item, String kind, int delta, String reason, String reference, UUID actorId, Instant now) {
        jdbc.sql(
                        """
                        insert into inventory.movements
                            (id, organization_id, stock_item_id, kind, delta, reason, reference, actor_id, created_at)
                        values (:id, :org, :item, :kind, :delta, :reason, :reference, :actor, :now)""")
                .param("id", Ids.newId())
                .param("org", item.organizationId())
                .param("item", item.id())
                .param("kind", kind)
                .param("delta", delta)
                .param("reason", reason)
                .param("reference", reference)
                .param("actor", actorId)
                .param("now", ts(now))
                .update();
    }

    List<Movement> movements(UUID itemId, int offset, int limit) {
        return jdbc.sql(
                        """
                        select m.id, i.sku_id, m.kind, m.delta, m.reason, m.reference, m.actor_id, m.created_at
                        from inventory.movements m join inventory.stock_items i on i.id = m.stock_item_id
                        where m.stock_item_id = :item order by m.created_at desc, m.id desc
                        offset :offset limit :limit""")
                .param("item", itemId)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> new Movement(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7, UUID.class),
                        instant(rs, "created_at")))
                .list();
    }

    long countMovements(UUID itemId) {
        return jdbc.sql("select count(*) from inventory.movements where stock_item_id = :item")
                .param("item", itemId)
                .query(Long.class)
                .single();
    }

    long ledgerPhysical(UUID itemId) {
        return jdbc.sql("select coalesce(sum(delta), 0) from inventory.movements where stock_item_id = :item")
                .param("item", itemId)
                .query(Long.class)
                .single();
    }

    // ---- reservations

    void insertReservation(ReservationRow row) {
        jdbc.sql(
                        """
                        insert into inventory.reservations (id, organization_id, reference, status, expires_at, created_at,
                            channel)
                        values (:id, :org, :reference, :status, :expires, :now, :channel)""")
                .param("channel", row.channel())
                .param("id", row.id())
                .param("org", row.organizationId())
                .param("reference", row.reference())
                .param("status", row.status())
                .param("expires", ts(row.expiresAt()))
                .param("now", ts(row.createdAt()))
                .update();
    }

    void insertLine(UUID reservationId, Line line) {
        jdbc.sql(
                        """
                        insert into inventory.reservation_lines (reservation_id, stock_item_id, bucket, quantity, allocation_id,
                            capped)
                        values (:reservation, :item, :bucket, :quantity, :allocation, :capped)""")
                .param("capped", line.capped())
                .param("reservation", reservationId)
                .param("item", line.stockItemId())
                .param("bucket", line.bucket())
                .param("quantity", line.quantity())
                .param("allocation", line.allocationId())
                .update();
    }

    /** Compare-and-set of a reservation's status; {@code notExpiredAt} (when not null) also requires it unexpired. */
    boolean closeReservation(UUID id, String to, String reason, Instant now, Instant notExpiredAt) {
        return jdbc.sql(
                                """
                        update inventory.reservations set status = :to, closed_at = :now, close_reason = :reason
                        where id = :id and status = 'ACTIVE'
                          and (cast(:notExpiredAt as timestamptz) is null or expires_at > :notExpiredAt)""")
                        .param("to", to)
                        .param("now", ts(now))
                        .param("reason", reason)
                        .param("id", id)
                        .param("notExpiredAt", ts(notExpiredAt))
                        .update()
                == 1;
    }

    Optional<ReservationRow> findReservation(UUID id) {
        return jdbc.sql(
                        """
                        select id, organization_id, reference, status, expires_at, created_at
                        from inventory.reservations where id = :id""")
                .param("id", id)
                .query((rs, n) -> new ReservationRow(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        instant(rs, "expires_at"),
                        instant(rs, "created_at")))
                .optional();
    }

    List<Line> lines(UUID reservationId) {
        return jdbc.sql(
                        """
                        select l.stock_item_id, i.sku_id, l.bucket, l.quantity, l.allocation_id, l.capped
                        from inventory.reservation_lines l join inventory.stock_items i on i.id = l.stock_item_id
                        where l.reservation_id = :id order by l.stock_item_id""")
                .param("id", reservationId)
                .query((rs, n) -> new Line(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getObject(5, UUID.class),
                        rs.getBoolean(6)))
                .list();
    }

    /** Active reservations past their expiry, optionally only those holding the given item or organisation. */
    List<UUID> dueReservations(Instant now, UUID itemId, UUID organizationId, int limit) {
        return jdbc.sql(
                        """
                        select r.id from inventory.reservations r
                        where r.status = 'ACTIVE' and r.expires_at <= :now
                          and (cast(:org as uuid) is null or r.organization_id = :org)
                          and (cast(:item as uuid) is null or exists (
                                select 1 from inventory.reservation_lines l
                                where l.reservation_id = r.id and l.stock_item_id = :item))
                        order by r.expires_at limit :limit""")
                .param("now", ts(now))
                .param("org", organizationId)
                .param("item", itemId)
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    /** Reserved units per bucket according to the ledgers: active unallocated reservation lines plus allocations. */
    Map<Integer, Integer> expectedReserved(UUID itemId) {
        return jdbc
                .sql(
                        """
                        select bucket, sum(q) from (
                            select l.bucket, l.quantity as q from inventory.reservation_lines l
                            join inventory.reservations r on r.id = l.reservation_id
                            where l.stock_item_id = :item and r.status = 'ACTIVE' and l.allocation_id is null
                            union all
                            select bucket, quantity from inventory.allocations where stock_item_id = :item
                        ) held group by bucket""")
                .param("item", itemId)
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getInt(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    List<UUID> itemIdsAfter(UUID after, int limit) {
        return jdbc.sql(
                        """
                        select id from inventory.stock_items where (cast(:after as uuid) is null or id > :after)
                        order by id limit :limit""")
                .param("after", after)
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    Optional<ItemRef> findItemById(UUID itemId) {
        return jdbc.sql("select id, organization_id, sku_id, bucket_count from inventory.stock_items where id = :id")
                .param("id", itemId)
                .query((rs, n) -> new ItemRef(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getInt(4)))
                .optional();
    }

    // ---- allocations

    void insertAllocation(AllocationRow row) {
        jdbc.sql(
                        """
                        insert into inventory.allocations (id, organization_id, stock_item_id, bucket, activity, quantity,
                            pending, sold, status, starts_at, ends_at, created_at)
                        values (:id, :org, :item, :bucket, :activity, :quantity, 0, 0, 'ACTIVE', :starts, :ends, :now)""")
                .param("id", row.id())
                .param("org", row.organizationId())
                .param("item", row.stockItemId())
                .param("bucket", row.bucket())
                .param("activity", row.activity())
                .param("quantity", row.quantity())
                .param("starts", ts(row.startsAt()))
                .param("ends", ts(row.endsAt()))
                .param("now", ts(row.createdAt()))
                .update();
    }

    private static final String ALLOCATION_COLUMNS =
            """
            a.id, a.organization_id, a.stock_item_id, i.sku_id, a.bucket, a.activity, a.quantity, a.pending, a.sold,
            a.status, a.starts_at, a.ends_at, a.created_at
            from inventory.allocations a join inventory.stock_items i on i.id = a.stock_item_id""";

    private static AllocationRow allocation(ResultSet rs) throws SQLException {
        return new AllocationRow(
                rs.getObject("id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                rs.getObject("stock_item_id", UUID.class),
                rs.getObject("sku_id", UUID.class),
                rs.getInt("bucket"),
                rs.getString("activity"),
                rs.getInt("quantity"),
                rs.getInt("pending"),
                rs.getInt("sold"),
                rs.getString("status"),
                instant(rs, "starts_at"),
                instant(rs, "ends_at"),
                instant(rs, "created_at"));
    }

    Optional<AllocationRow> findAllocation(UUID id, boolean lock) {
        return jdbc.sql("select " + ALLOCATION_COLUMNS + " where a.id = :id" + (lock ? " for update of a" : ""))
                .param("id", id)
                .query((rs, n) -> allocation(rs))
                .optional();
    }

    List<AllocationRow> allocations(UUID organizationId, int offset, int limit) {
        return jdbc.sql("select " + ALLOCATION_COLUMNS
                        + " where a.organization_id = :org order by a.created_at desc offset :offset limit :limit")
                .param("org", organizationId)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> allocation(rs))
                .list();
    }

    long countAllocations(UUID organizationId) {
        return jdbc.sql("select count(*) from inventory.allocations where organization_id = :org")
                .param("org", organizationId)
                .query(Long.class)
                .single();
    }

    List<UUID> dueAllocations(Instant now, int limit) {
        return jdbc.sql(
                        "select id from inventory.allocations where status = 'ACTIVE' and ends_at <= :now order by ends_at limit :limit")
                .param("now", ts(now))
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    /** Takes units from an active allocation within its window; false when it is not active or has too few. */
    boolean takeFromAllocation(UUID allocationId, UUID itemId, int quantity, Instant now) {
        return jdbc.sql(
                                """
                        update inventory.allocations set pending = pending + :n
                        where id = :id and stock_item_id = :item and status = 'ACTIVE'
                          and starts_at <= :now and ends_at > :now and quantity - pending >= :n""")
                        .param("n", quantity)
                        .param("id", allocationId)
                        .param("item", itemId)
                        .param("now", ts(now))
                        .update()
                == 1;
    }

    void sellFromAllocation(UUID allocationId, int quantity) {
        jdbc.sql(
                        """
                        update inventory.allocations
                        set quantity = quantity - :n, pending = pending - :n, sold = sold + :n where id = :id""")
                .param("n", quantity)
                .param("id", allocationId)
                .update();
    }

    /**
     * Gives units of an unpaid order back to its allocation; true when the allocation has ended, so the units go
     * back to the general stock instead.
     */
    boolean returnToAllocation(UUID allocationId, int quantity) {
        return jdbc.sql(
                        """
                        update inventory.allocations
                        set pending = pending - :n,
                            quantity = case when status = 'ENDED' then quantity - :n else quantity end
                        where id = :id returning status""")
                .param("n", quantity)
                .param("id", allocationId)
                .query(String.class)
                .single()
                .equals("ENDED");
    }

    void endAllocation(UUID allocationId, Instant now) {
        jdbc.sql(
                        """
                        update inventory.allocations set status = 'ENDED', ended_at = :now, quantity = pending
                        where id = :id and status = 'ACTIVE'""")
                .param("now", ts(now))
                .param("id", allocationId)
                .update();
    }

    // ---- alerts and lists

    AlertSettings alertSettings(UUID itemId) {
        return jdbc.sql(
                        "select low_stock_threshold, alert_user_id, alerted_at from inventory.stock_items where id = :id")
                .param("id", itemId)
                .query((rs, n) -> new AlertSettings(
                        (Integer) rs.getObject(1), rs.getObject(2, UUID.class), instant(rs, "alerted_at")))
                .single();
    }

    void setAlert(UUID itemId, Integer threshold, UUID userId) {
        jdbc.sql(
                        """
                        update inventory.stock_items set low_stock_threshold = :t, alert_user_id = :user, alerted_at = null
                        where id = :id""")
                .param("t", threshold)
                .param("user", userId)
                .param("id", itemId)
                .update();
    }

    /** Marks the item alerted; false when an alert is already out (so each dip alerts once). */
    boolean markAlerted(UUID itemId, Instant now) {
        return jdbc.sql("update inventory.stock_items set alerted_at = :now where id = :id and alerted_at is null")
                        .param("now", ts(now))
                        .param("id", itemId)
                        .update()
                == 1;
    }

    void clearAlerted(UUID itemId) {
        jdbc.sql("update inventory.stock_items set alerted_at = null where id = :id and alerted_at is not null")
                .param("id", itemId)
                .update();
    }

    record ItemSummary(UUID skuId, int physical, int reserved, Integer threshold, Instant alertedAt) {}

    List<ItemSummary> list(UUID organizationId, boolean lowOnly, int offset, int limit) {
        return jdbc.sql(
                        """
                        select i.sku_id, sum(b.physical) as physical, sum(b.reserved) as reserved,
                               i.low_stock_threshold, i.alerted_at
                        from inventory.stock_items i join inventory.stock_buckets b on b.stock_item_id = i.id
                        where i.organization_id = :org and (not :lowOnly or i.alerted_at is not null)
                        group by i.id order by i.created_at desc, i.id offset :offset limit :limit""")
                .param("org", organizationId)
                .param("lowOnly", lowOnly)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> new ItemSummary(
                        rs.getObject(1, UUID.class),
                        rs.getInt(2),
                        rs.getInt(3),
                        (Integer) rs.getObject(4),
                        instant(rs, "alerted_at")))
                .list();
    }

    long countItems(UUID organizationId, boolean lowOnly) {
        return jdbc.sql(
                        """
                        select count(*) from inventory.stock_items
                        where organization_id = :org and (not :lowOnly or alerted_at is not null)""")
                .param("org", organizationId)
                .param("lowOnly", lowOnly)
                .query(Long.class)
                .single();
    }
}
