package com.realsourcing.catalog.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a person recognises a SKU by (its product's name, the attribute values, the code), for console pages that
 * hold only SKU ids: the stock page and the activity allocations come from inventory, which knows no names. Scoped to
 * the organisation: another's SKU is simply not in the answer.
 */
@Service
public class SkuLabels {

    /** At most this many ids per lookup: one page of the stock list is 20 to 100 rows. */
    public static final int MAX_IDS = 200;

    public record SkuLabel(
            UUID skuId,
            UUID productId,
            String productName,
            String code,
            Map<String, String> attributes,
            String productStatus) {}

    private static final TypeReference<LinkedHashMap<String, String>> COMBINATION = new TypeReference<>() {};
    private static final TypeReference<List<Products.SalesAttribute>> ATTRIBUTES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SkuLabels(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<SkuLabel> of(UUID organizationId, Collection<UUID> skuIds) {
        if (skuIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        """
                        select s.id, s.product_id, p.name, s.code, s.attributes, p.status, p.sales_attributes
                        from catalog.skus s join catalog.products p on p.id = s.product_id
                        where s.organization_id = :org and s.id in (:ids)
                        order by p.name, s.product_id, s.position""")
                .param("org", organizationId)
                .param("ids", List.copyOf(skuIds))
                .query((rs, n) -> new SkuLabel(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        // jsonb keeps no key order: put the values back in the product's attribute order (颜色 / 尺码).
                        SkuMatrix.ordered(
                                json.readValue(rs.getString(7), ATTRIBUTES),
                                json.readValue(rs.getString(5), COMBINATION)),
                        rs.getString(6)))
                .list();
    }
}
