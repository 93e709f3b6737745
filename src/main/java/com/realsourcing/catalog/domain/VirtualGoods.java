package com.realsourcing.catalog.domain;

import com.realsourcing.catalog.api.VirtualDelivery;
import com.realsourcing.catalog.api.VirtualGoodsOrder;
import com.realsourcing.inventory.api.StockReceipts;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Virtual goods: the activation-code pool of a SKU and the delivery of every virtual unit of a paid order. A code
 * pool and the SKU's stock move together — importing N new codes receives N units — so the reservation that refuses
 * an order when stock is short is also the refusal when codes run out. Delivery takes each code with a conditional
 * update ({@code order_id is null}); unique keys on the code, the order unit and the delivery's code make handing one
 * code out twice impossible even for two deliveries racing or one event arriving twice.
 */
@Service
public class VirtualGoods {

    private static final Logger log = LoggerFactory.getLogger(VirtualGoods.class);
    static final int MAX_CODES_PER_IMPORT = 10_000;
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    /**
     * The outcome of an import: codes received (blank lines left out), new ones added (and stocked), duplicates
     * skipped (repeated in the import or already in the pool), codes unused now.
     */
    public record CodeImport(int received, int imported, int duplicates, long unused) {}

    /** A pool's counts; codes themselves are never listed back to the seller. */
    public record CodePool(UUID skuId, long total, long delivered, long unused) {}

    private record VirtualSku(UUID organizationId, String productName, String kind, String virtualType) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final StockReceipts receipts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    VirtualGoods(JdbcClient jdbc, JdbcTemplate template, StockReceipts receipts, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.receipts = receipts;
        this.clock = clock;
    }

    private static OffsetDateTime ts(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private Optional<VirtualSku> sku(UUID skuId) {
        return jdbc.sql(
                        """
                        select s.organization_id, p.name, p.kind, p.virtual_type
                        from catalog.skus s join catalog.products p on p.id = s.product_id where s.id = :id""")
                .param("id", skuId)
                .query((rs, n) ->
                        new VirtualSku(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    private VirtualSku codeSku(UUID organizationId, UUID skuId) {
        VirtualSku sku = sku(skuId)
                .filter(s -> s.organizationId().equals(organizationId))
                .orElseThrow(() -> DomainException.notFound(CatalogError.SKU_NOT_FOUND));
        if (!"ACTIVATION_CODE".equals(sku.virtualType())) {
            throw DomainException.conflict(CatalogError.NOT_A_CODE_POOL);
        }
        return sku;
    }

    /** Adds codes to the SKU's pool (blank lines and codes already there are skipped) and their units to its stock. */
    @Transactional
    public CodeImport importCodes(UUID organizationId, UUID skuId, List<String> codes, UUID actorId) {
        codeSku(organizationId, skuId);
        Set<String> distinct = new LinkedHashSet<>();
        int given = 0;
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i) == null ? "" : codes.get(i).strip();
            if (code.isEmpty()) {
                continue;
            }
            given++;
            if (code.length() > 200 || code.chars().anyMatch(Character::isISOControl)) {
                throw DomainException.invalidField("codes[" + i + "]", CatalogError.CODE_INVALID, i + 1);
            }
            distinct.add(code);
        }
        if (distinct.isEmpty()) {
            throw DomainException.invalidField("codes", CatalogError.CODES_REQUIRED);
        }
        if (distinct.size() > MAX_CODES_PER_IMPORT) {
            throw DomainException.invalidField("codes", CatalogError.CODES_TOO_MANY, MAX_CODES_PER_IMPORT);
        }
        Instant now = clock.instant();
        UUID[] ids = distinct.stream().map(c -> Ids.newId()).toArray(UUID[]::new);
        String[] values = distinct.toArray(String[]::new);
        int imported = template.update(connection -> {
            var ps = connection.prepareStatement(
                    """
                    insert into catalog.activation_codes (id, organization_id, sku_id, code, imported_at)
                    select id, ?, ?, code, ? from unnest(?::uuid[], ?::text[]) as t(id, code)
                    on conflict (sku_id, code) do nothing""");
            ps.setObject(1, organizationId);
            ps.setObject(2, skuId);
            ps.setObject(3, ts(now));
            ps.setArray(4, connection.createArrayOf("uuid", ids));
            ps.setArray(5, connection.createArrayOf("text", values));
            return ps;
        });
        if (imported > 0) {
            receipts.receive(
                    organizationId, skuId, imported, "激活码导入 / activation codes imported: " + imported, actorId);
        }
        return new CodeImport(
                given, imported, given - imported, pool(organizationId, skuId).unused());
    }

    public CodePool pool(UUID organizationId, UUID skuId) {
        codeSku(organizationId, skuId);
        return jdbc.sql(
                        """
                        select count(*), count(order_id) from catalog.activation_codes where sku_id = :sku""")
                .param("sku", skuId)
                .query((rs, n) -> new CodePool(skuId, rs.getLong(1), rs.getLong(2), rs.getLong(1) - rs.getLong(2)))
                .single();
    }

    /** See {@link com.realsourcing.catalog.api.CatalogApi#deliver}. */
    @Transactional
    public List<VirtualDelivery> deliver(VirtualGoodsOrder order) {
        Instant now = clock.instant();
        for (VirtualGoodsOrder.Line line : order.lines()) {
            Optional<VirtualSku> found = sku(line.skuId());
            if (found.isEmpty() || !"VIRTUAL".equals(found.get().kind())) {
                continue;
            }
            VirtualSku sku = found.get();
            if (!sku.organizationId().equals(order.organizationId())) {
                log.warn(
                        "Order {} line {}: SKU {} is not the seller's; nothing delivered",
                        order.orderId(),
                        line.position(),
                        line.skuId());
                continue;
            }
            for (int unit = 0; unit < line.quantity(); unit++) {
                if (delivered(order.orderId(), line.position(), unit)) {
                    continue;
                }
                UUID codeId = null;
                String credential;
                if ("ACTIVATION_CODE".equals(sku.virtualType())) {
                    Optional<Object[]> code = takeCode(order.orderId(), line.position(), unit, line.skuId(), now);
                    if (code.isEmpty()) {
                        throw DomainException.conflict(CatalogError.CODES_EXHAUSTED, line.skuId())
                                .with("skuId", line.skuId());
                    }
                    codeId = (UUID) code.get()[0];
                    credential = (String) code.get()[1];
                } else {
                    credential = credential(sku.virtualType());
                }
                jdbc.sql(
                                """
                                insert into catalog.deliveries (id, organization_id, order_id, order_line, unit, buyer_id,
                                    sku_id, product_name, kind, code_id, credential, delivered_at)
                                values (:id, :org, :order, :line, :unit, :buyer, :sku, :name, :kind, :code, :credential, :now)""")
                        .param("id", Ids.newId())
                        .param("org", order.organizationId())
                        .param("order", order.orderId())
                        .param("line", line.position())
                        .param("unit", unit)
                        .param("buyer", order.buyerId())
                        .param("sku", line.skuId())
                        .param("name", sku.productName())
                        .param("kind", sku.virtualType())
                        .param("code", codeId)
                        .param("credential", credential)
                        .param("now", ts(now))
                        .update();
            }
        }
        List<VirtualDelivery> deliveries = deliveriesOf(order.orderId());
        if (!deliveries.isEmpty()) {
            log.info("Order {}: {} virtual unit(s) delivered", order.orderId(), deliveries.size());
        }
        return deliveries;
    }

    private boolean delivered(UUID orderId, int line, int unit) {
        return jdbc.sql("select count(*) from catalog.deliveries where order_id = :o and order_line = :l and unit = :u")
                        .param("o", orderId)
                        .param("l", line)
                        .param("u", unit)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Takes the oldest unused code: a row another delivery holds is skipped (SKIP LOCKED), and the update only
     * succeeds on a code still unused, so two deliveries never take the same one.
     */
    private Optional<Object[]> takeCode(UUID orderId, int line, int unit, UUID skuId, Instant now) {
        return jdbc.sql(
                        """
                        with picked as materialized (
                            select id from catalog.activation_codes
                            where sku_id = :sku and order_id is null
                            order by imported_at, id limit 1 for update skip locked)
                        update catalog.activation_codes c
                        set order_id = :order, order_line = :line, unit = :unit, delivered_at = :now
                        from picked where c.id = picked.id and c.order_id is null
                        returning c.id, c.code""")
                .param("sku", skuId)
                .param("order", orderId)
                .param("line", line)
                .param("unit", unit)
                .param("now", ts(now))
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)})
                .optional();
    }

    private String credential(String kind) {
        String prefix =
                switch (kind) {
                    case "MEMBERSHIP_CARD" -> "MC";
                    case "LIVE_TICKET" -> "TK";
                    case "AUDIO" -> "AU";
                    default -> "CR";
                };
        StringBuilder value = new StringBuilder(prefix);
        for (int i = 0; i < 16; i++) {
            if (i % 4 == 0) {
                value.append('-');
            }
            value.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return value.toString();
    }

    public List<VirtualDelivery> deliveriesOf(UUID orderId) {
        return jdbc.sql(
                        """
                        select order_line, unit, product_name, kind, credential, delivered_at from catalog.deliveries
                        where order_id = :id order by order_line, unit""")
                .param("id", orderId)
                .query((rs, n) -> new VirtualDelivery(
                        rs.getInt(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class).toInstant()))
                .list();
    }
}
