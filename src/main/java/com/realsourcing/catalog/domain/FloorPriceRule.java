package com.realsourcing.catalog.domain;

import com.realsourcing.catalog.api.SalesChannel;
import com.realsourcing.catalog.domain.Products.ActivityPrice;
import com.realsourcing.catalog.domain.Products.Prices;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.DomainException.FieldError;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * No price may be below the floor price (最低售价): base, member, every channel and every activity price. All
 * violations are reported at once, each naming its field with the price, the floor and the margin over cost, so
 * the price grid can mark every offending cell.
 */
final class FloorPriceRule {

    private FloorPriceRule() {}

    /** Margin of a price over cost, in money. */
    static BigDecimal margin(BigDecimal price, BigDecimal cost) {
        return price.subtract(cost).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** Margin as a percentage of the price (0 for a free item). */
    static BigDecimal marginPercent(BigDecimal price, BigDecimal cost) {
        if (price.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return price.subtract(cost).multiply(BigDecimal.valueOf(100)).divide(price, 1, RoundingMode.HALF_EVEN);
    }

    static void check(String prefix, Prices prices) {
        List<FieldError> errors = new ArrayList<>();
        List<Map<String, Object>> violations = new ArrayList<>();
        String[] required = {"msrp", "cost", "floorPrice", "price"};
        BigDecimal[] values = {prices.msrp(), prices.cost(), prices.floorPrice(), prices.price()};
        for (int i = 0; i < required.length; i++) {
            if (values[i] == null || values[i].signum() < 0) {
                errors.add(new FieldError(prefix + required[i], CatalogError.PRICE_INVALID));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException(HttpStatus.BAD_REQUEST, CatalogError.PRICE_INVALID, errors);
        }
        BigDecimal floor = prices.floorPrice();
        check(prefix + "price", prices.price(), prices, errors, violations);
        if (prices.memberPrice() != null) {
            check(prefix + "memberPrice", prices.memberPrice(), prices, errors, violations);
        }
        for (Map.Entry<SalesChannel, BigDecimal> channel :
                prices.channelPrices().entrySet()) {
            check(prefix + "channelPrices." + channel.getKey(), channel.getValue(), prices, errors, violations);
        }
        for (int i = 0; i < prices.activityPrices().size(); i++) {
            ActivityPrice activity = prices.activityPrices().get(i);
            check(prefix + "activityPrices[" + i + "].price", activity.price(), prices, errors, violations);
        }
        if (!errors.isEmpty()) {
            FieldError first = errors.get(0);
            throw new DomainException(HttpStatus.BAD_REQUEST, CatalogError.PRICE_BELOW_FLOOR, errors, first.args())
                    .with("floorPrice", floor)
                    .with("violations", violations);
        }
    }

    private static void check(
            String field,
            BigDecimal price,
            Prices prices,
            List<FieldError> errors,
            List<Map<String, Object>> violations) {
        if (price == null || price.signum() < 0) {
            errors.add(new FieldError(field, CatalogError.PRICE_INVALID));
            return;
        }
        if (price.compareTo(prices.floorPrice()) < 0) {
            BigDecimal margin = margin(price, prices.cost());
            BigDecimal percent = marginPercent(price, prices.cost());
            Object[] args = {plain(price), plain(prices.floorPrice()), plain(margin), percent.toPlainString()};
            errors.add(new FieldError(field, CatalogError.PRICE_BELOW_FLOOR, args));
            violations.add(Map.of(
                    "field", field,
                    "price", price,
                    "floorPrice", prices.floorPrice(),
                    "margin", margin,
                    "marginPercent", percent));
        }
    }

    private static String plain(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
