package com.realsourcing.catalog.domain;

import com.realsourcing.catalog.api.CatalogApi;
import com.realsourcing.catalog.api.SalesChannel;
import com.realsourcing.catalog.api.SkuOffer;
import com.realsourcing.catalog.domain.Products.ActivityPrice;
import com.realsourcing.catalog.domain.Products.NewProduct;
import com.realsourcing.catalog.domain.Products.NewSku;
import com.realsourcing.catalog.domain.Products.Prices;
import com.realsourcing.catalog.domain.Products.ProductDetails;
import com.realsourcing.catalog.domain.Products.ProductSummary;
import com.realsourcing.catalog.domain.Products.SalesAttribute;
import com.realsourcing.catalog.domain.Products.SkuDetails;
import com.realsourcing.inventory.api.InventoryApi;
import com.realsourcing.inventory.api.StockLevel;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Products and prices of one organisation; every read and write is scoped to it (another's product is 404). */
@Service
public class CatalogService implements CatalogApi {

    private final ProductStore store;
    private final InventoryApi inventory;
    private final VirtualGoods virtualGoods;
    private final Clock clock;

    CatalogService(ProductStore store, InventoryApi inventory, VirtualGoods virtualGoods, Clock clock) {
        this.store = store;
        this.inventory = inventory;
        this.virtualGoods = virtualGoods;
        this.clock = clock;
    }

    /** Creates the product with its SKUs and prices and opens each SKU's stock, all in one transaction. */
    @Transactional
    public ProductDetails create(UUID organizationId, UUID actorId, NewProduct product) {
        List<SalesAttribute> attributes = product.salesAttributes() == null ? List.of() : product.salesAttributes();
        SkuMatrix.validate(attributes);
        if (product.kind() == Products.Kind.VIRTUAL && product.virtualType() == null) {
            throw DomainException.invalidField("virtualType", CatalogError.VIRTUAL_TYPE_REQUIRED);
        }
        Currency currency;
        try {
            currency = Currency.getInstance(product.currency() == null ? "CNY" : product.currency());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("currency", CatalogError.CURRENCY_INVALID);
        }
        if (product.skus() == null || product.skus().isEmpty()) {
            throw DomainException.invalidField("skus", CatalogError.SKUS_REQUIRED);
        }
        List<Products.MediaItem> media = product.media() == null ? List.of() : product.media();
        for (int i = 0; i < media.size(); i++) {
            Products.MediaItem item = media.get(i);
            if (item.kind() == Products.MediaKind.CLIP
                    && (item.seconds() == null || !Products.CLIP_SECONDS.contains(item.seconds()))) {
                throw DomainException.invalidField("media[" + i + "].seconds", CatalogError.CLIP_LENGTH_INVALID);
            }
        }
        boolean codePool = product.kind() == Products.Kind.VIRTUAL
                && product.virtualType() == Products.VirtualType.ACTIVATION_CODE;
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < product.skus().size(); i++) {
            NewSku sku = product.skus().get(i);
            String prefix = "skus[" + i + "].";
            Map<String, String> combination = sku.attributes() == null ? Map.of() : sku.attributes();
            if (!SkuMatrix.fits(attributes, combination)) {
                throw DomainException.invalidField(prefix + "attributes", CatalogError.SKU_ATTRIBUTES_MISMATCH);
            }
            if (!keys.add(SkuMatrix.key(attributes, combination))) {
                throw DomainException.invalidField(prefix + "attributes", CatalogError.SKU_DUPLICATE);
            }
            if (sku.initialStock() < 0) {
                throw DomainException.invalidField(prefix + "initialStock", CatalogError.STOCK_INVALID);
            }
            if (codePool && sku.initialStock() != 0) {
                throw DomainException.invalidField(prefix + "initialStock", CatalogError.CODE_STOCK_FROM_POOL);
            }
            if (sku.prices() == null) {
                throw DomainException.invalidField(prefix + "prices", CatalogError.PRICE_INVALID);
            }
            checkActivityWindows(prefix, sku.prices());
            FloorPriceRule.check(prefix + "prices.", sku.prices());
        }
        Instant now = clock.instant();
        UUID productId = Ids.newId();
        store.insertProduct(productId, organizationId, product, attributes, currency.getCurrencyCode(), now);
        for (int i = 0; i < product.skus().size(); i++) {
            NewSku sku = product.skus().get(i);
            UUID skuId = Ids.newId();
            Map<String, String> combination =
                    SkuMatrix.ordered(attributes, sku.attributes() == null ? Map.of() : sku.attributes());
            String code = sku.code() == null || sku.code().isBlank()
                    ? "SKU-" + skuId.toString().replace("-", "").substring(16).toUpperCase(java.util.Locale.ROOT)
                    : sku.code().strip();
            try {
                store.insertSku(
                        skuId,
                        productId,
                        organizationId,
                        code,
                        combination,
                        SkuMatrix.key(attributes, combination),
                        i,
                        sku.prices());
            } catch (DuplicateKeyException e) {
                throw DomainException.invalidField("skus[" + i + "].code", CatalogError.SKU_CODE_TAKEN, code);
            }
            store.replacePrices(skuId, sku.prices());
            inventory.openStock(organizationId, skuId, sku.initialStock(), actorId);
        }
        return details(organizationId, productId);
    }

    private static void checkActivityWindows(String prefix, Prices prices) {
        for (int i = 0; i < prices.activityPrices().size(); i++) {
            ActivityPrice activity = prices.activityPrices().get(i);
            if (activity.activity() == null
                    || activity.activity().isBlank()
                    || activity.startsAt() == null
                    || activity.endsAt() == null
                    || !activity.endsAt().isAfter(activity.startsAt())) {
                throw DomainException.invalidField(
                        prefix + "prices.activityPrices[" + i + "]", CatalogError.ACTIVITY_WINDOW_INVALID);
            }
        }
    }

    /** Replaces one SKU's prices; refused (nothing saved) when any is below the floor. */
    @Transactional
    public ProductDetails changePrices(UUID organizationId, UUID skuId, Prices prices) {
        UUID productId = store.productOfSku(organizationId, skuId)
                .orElseThrow(() -> DomainException.notFound(CatalogError.SKU_NOT_FOUND));
        checkActivityWindows("", prices);
        FloorPriceRule.check("", prices);
        store.updateSkuPrices(skuId, prices);
        store.replacePrices(skuId, prices);
        store.touch(productId, clock.instant());
        return details(organizationId, productId);
    }

    /** Publishes a draft; every price is checked against the floor again first. */
    @Transactional
    public ProductDetails publish(UUID organizationId, UUID productId) {
        ProductDetails product = details(organizationId, productId);
        for (int i = 0; i < product.skus().size(); i++) {
            FloorPriceRule.check(
                    "skus[" + i + "].prices.", product.skus().get(i).prices());
        }
        if (!store.changeStatus(organizationId, productId, "DRAFT", "PUBLISHED", clock.instant())) {
            throw DomainException.conflict(CatalogError.ALREADY_PUBLISHED);
        }
        return details(organizationId, productId);
    }

    public ProductDetails details(UUID organizationId, UUID productId) {
        ProductDetails product = store.findProduct(organizationId, productId)
                .orElseThrow(() -> DomainException.notFound(CatalogError.PRODUCT_NOT_FOUND));
        List<UUID> skuIds = product.skus().stream().map(SkuDetails::id).toList();
        Map<UUID, StockLevel> stock = inventory.stockOf(organizationId, skuIds);
        List<SkuDetails> skus = new ArrayList<>();
        for (SkuDetails sku : product.skus()) {
            StockLevel level = stock.getOrDefault(sku.id(), StockLevel.of(sku.id(), 0, 0));
            skus.add(new SkuDetails(
                    sku.id(),
                    sku.code(),
                    sku.attributes(),
                    sku.currency(),
                    sku.prices(),
                    FloorPriceRule.margin(sku.prices().price(), sku.prices().cost()),
                    level.physical(),
                    level.reserved(),
                    level.available()));
        }
        return new ProductDetails(
                product.id(),
                product.name(),
                product.brand(),
                product.category(),
                product.kind(),
                product.virtualType(),
                product.weightGrams(),
                product.lengthMm(),
                product.widthMm(),
                product.heightMm(),
                product.shipFrom(),
                product.freightTemplate(),
                product.currency(),
                product.salesAttributes(),
                product.media(),
                product.status(),
                product.createdAt(),
                product.updatedAt(),
                skus);
    }

    public List<ProductSummary> list(UUID organizationId, int page, int size) {
        return store.list(organizationId, page * size, size);
    }

    public long count(UUID organizationId) {
        return store.count(organizationId);
    }

    @Override
    public List<com.realsourcing.catalog.api.VirtualDelivery> deliver(
            com.realsourcing.catalog.api.VirtualGoodsOrder order) {
        return virtualGoods.deliver(order);
    }

    @Override
    public List<com.realsourcing.catalog.api.VirtualDelivery> deliveriesOf(UUID orderId) {
        return virtualGoods.deliveriesOf(orderId);
    }

    @Override
    public Optional<SkuOffer> offer(UUID skuId, SalesChannel channel, boolean member, Instant at) {
        return store.findSku(skuId).map(sku -> {
            PriceResolution.Resolved resolved = PriceResolution.resolve(sku.prices(), channel, member, at);
            return offer(sku, resolved, SkuOffer.ActivityStatus.NONE);
        });
    }

    @Override
    public Map<UUID, SkuOffer> offers(
            Collection<UUID> skuIds, SalesChannel channel, boolean member, String activity, Instant at) {
        Map<UUID, SkuOffer> offers = new LinkedHashMap<>();
        for (ProductStore.SkuRow sku : store.pricedSkus(skuIds, channel, activity, at)) {
            PriceResolution.Named named = PriceResolution.resolveNamed(sku.prices(), channel, member, activity, at);
            offers.put(sku.skuId(), offer(sku, named.resolved(), named.status()));
        }
        return offers;
    }

    private static SkuOffer offer(
            ProductStore.SkuRow sku, PriceResolution.Resolved resolved, SkuOffer.ActivityStatus status) {
        return new SkuOffer(
                sku.skuId(),
                sku.productId(),
                sku.organizationId(),
                sku.productName(),
                sku.attributes(),
                sku.published(),
                sku.virtual(),
                resolved.price(),
                sku.currency(),
                resolved.source(),
                status);
    }
}
