package com.realsourcing.catalog.domain;

import com.realsourcing.catalog.api.SalesChannel;
import com.realsourcing.catalog.domain.Products.ActivityPrice;
import com.realsourcing.catalog.domain.Products.Kind;
import com.realsourcing.catalog.domain.Products.MediaItem;
import com.realsourcing.catalog.domain.Products.MediaKind;
import com.realsourcing.catalog.domain.Products.Prices;
import com.realsourcing.catalog.domain.Products.ProductDetails;
import com.realsourcing.catalog.domain.Products.SalesAttribute;
import com.realsourcing.catalog.domain.Products.SkuDetails;
import com.realsourcing.catalog.domain.Products.VirtualType;
import com.realsourcing.identity.api.IdentityApi;
import com.realsourcing.identity.api.OrganizationSummary;
import com.realsourcing.inventory.api.InventoryApi;
import com.realsourcing.inventory.api.StockLevel;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.security.Capability;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A seller's H5 store as visitors see it: the published products of one creator or brand, each SKU with the price
 * a buyer on the H5 channel pays now ({@link PriceResolution}, the same rule checkout applies) and how many units
 * are available. Drafts, costs, floor prices and other channels' prices never leave through here.
 */
@Service
public class Storefront {

    public static final SalesChannel CHANNEL = SalesChannel.H5;

    public record Store(UUID id, String name) {}

    /** A product card of the store's list; {@code fromPrice} is the lowest H5 price of its SKUs. */
    public record ProductCard(
            UUID id,
            String name,
            Kind kind,
            VirtualType virtualType,
            UUID imageId,
            BigDecimal fromPrice,
            String currency,
            boolean soldOut) {}

    /**
     * A SKU on the product page. {@code price} is what the H5 buyer pays now and {@code priceSource} says why
     * (ACTIVITY, CHANNEL or BASE); {@code activity} and {@code activityEndsAt} name a running activity;
     * {@code memberPrice} is shown for members (membership arrives with the membership module).
     */
    public record StoreSku(
            UUID id,
            Map<String, String> attributes,
            BigDecimal price,
            String priceSource,
            String activity,
            Instant activityEndsAt,
            BigDecimal msrp,
            BigDecimal memberPrice,
            int available) {}

    public record StoreProduct(
            UUID id,
            UUID storeId,
            String storeName,
            String name,
            String brand,
            Kind kind,
            VirtualType virtualType,
            String shipFrom,
            String currency,
            SalesChannel channel,
            List<SalesAttribute> salesAttributes,
            List<MediaItem> media,
            List<StoreSku> skus) {}

    private final ProductStore store;
    private final InventoryApi inventory;
    private final IdentityApi identity;
    private final Clock clock;

    Storefront(ProductStore store, InventoryApi inventory, IdentityApi identity, Clock clock) {
        this.store = store;
        this.inventory = inventory;
        this.identity = identity;
        this.clock = clock;
    }

    /** The store of an organisation that sells retail (creator or brand); any other id is 404. */
    public Store store(UUID storeId) {
        OrganizationSummary organization = identity.findOrganization(storeId)
                .filter(o -> o.type().capabilities().contains(Capability.SELL_RETAIL))
                .orElseThrow(() -> DomainException.notFound(CatalogError.STORE_NOT_FOUND));
        return new Store(organization.id(), organization.name());
    }

    @Transactional(readOnly = true)
    public List<ProductCard> products(UUID storeId, int page, int size) {
        store(storeId);
        Instant now = clock.instant();
        List<ProductStore.PublishedProduct> products = store.published(storeId, page * size, size);
        List<UUID> productIds =
                products.stream().map(ProductStore.PublishedProduct::id).toList();
        List<ProductStore.SkuRow> skus = store.skusOf(productIds);
        Map<UUID, StockLevel> stock = inventory.stockOf(
                storeId, skus.stream().map(ProductStore.SkuRow::skuId).toList());
        List<ProductCard> cards = new ArrayList<>();
        for (ProductStore.PublishedProduct product : products) {
            List<ProductStore.SkuRow> own = skus.stream()
                    .filter(s -> s.productId().equals(product.id()))
                    .toList();
            BigDecimal from = own.stream()
                    .map(s -> PriceResolution.resolve(s.prices(), CHANNEL, false, now)
                            .price())
                    .min(Comparator.naturalOrder())
                    .orElse(null);
            int available =
                    own.stream().mapToInt(s -> availableOf(stock, s.skuId())).sum();
            cards.add(new ProductCard(
                    product.id(),
                    product.name(),
                    product.kind(),
                    product.virtualType(),
                    mainImage(product.media()),
                    from,
                    product.currency(),
                    available == 0));
        }
        return cards;
    }

    public long countProducts(UUID storeId) {
        return store.countPublished(storeId);
    }

    /** One published product of the store with its SKUs priced for H5; drafts and other stores' products are 404. */
    @Transactional(readOnly = true)
    public StoreProduct product(UUID storeId, UUID productId) {
        Store seller = store(storeId);
        ProductDetails product = store.findProduct(storeId, productId)
                .filter(p -> "PUBLISHED".equals(p.status()))
                .orElseThrow(() -> DomainException.notFound(CatalogError.PRODUCT_NOT_FOUND));
        Instant now = clock.instant();
        Map<UUID, StockLevel> stock = inventory.stockOf(
                storeId, product.skus().stream().map(SkuDetails::id).toList());
        List<StoreSku> skus = new ArrayList<>();
        for (SkuDetails sku : product.skus()) {
            Prices prices = sku.prices();
            PriceResolution.Resolved resolved = PriceResolution.resolve(prices, CHANNEL, false, now);
            ActivityPrice activity = resolved.activity();
            skus.add(new StoreSku(
                    sku.id(),
                    sku.attributes(),
                    resolved.price(),
                    resolved.source(),
                    activity == null ? null : activity.activity(),
                    activity == null ? null : activity.endsAt(),
                    prices.msrp(),
                    prices.memberPrice(),
                    availableOf(stock, sku.id())));
        }
        return new StoreProduct(
                product.id(),
                seller.id(),
                seller.name(),
                product.name(),
                product.brand(),
                product.kind(),
                product.virtualType(),
                product.shipFrom(),
                product.currency(),
                CHANNEL,
                product.salesAttributes(),
                product.media(),
                skus);
    }

    private static int availableOf(Map<UUID, StockLevel> stock, UUID skuId) {
        StockLevel level = stock.get(skuId);
        return level == null ? 0 : Math.max(0, level.available());
    }

    private static UUID mainImage(List<MediaItem> media) {
        return media.stream()
                .filter(m -> m.kind() == MediaKind.MAIN_IMAGE)
                .map(MediaItem::fileId)
                .findFirst()
                .orElse(null);
    }
}
