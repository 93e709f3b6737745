package com.realsourcing.catalog.domain;

import com.realsourcing.catalog.domain.Products.SalesAttribute;
import com.realsourcing.shared.domain.DomainException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SKU matrix: every combination of the sales attributes' values, in the order the attributes and values were
 * given (颜色 × 尺码 → 红/S, 红/M, 蓝/S, 蓝/M). A product without sales attributes has one SKU.
 */
public final class SkuMatrix {

    static final int MAX_ATTRIBUTES = 5;
    static final int MAX_COMBINATIONS = 600;

    private SkuMatrix() {}

    public static List<Map<String, String>> combinations(List<SalesAttribute> attributes) {
        validate(attributes);
        List<Map<String, String>> result = new ArrayList<>();
        result.add(new LinkedHashMap<>());
        for (SalesAttribute attribute : attributes) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : result) {
                for (String value : attribute.values()) {
                    Map<String, String> combination = new LinkedHashMap<>(partial);
                    combination.put(attribute.name().strip(), value.strip());
                    next.add(combination);
                }
            }
            result = next;
        }
        return result.stream().map(Map::copyOf).map(m -> ordered(attributes, m)).toList();
    }

    /** A stable key for one combination, in attribute order: {@code 颜色=红|尺码=S}. */
    static String key(List<SalesAttribute> attributes, Map<String, String> combination) {
        return attributes.stream()
                .map(a -> a.name().strip() + "=" + combination.get(a.name().strip()))
                .collect(Collectors.joining("|"));
    }

    static Map<String, String> ordered(List<SalesAttribute> attributes, Map<String, String> combination) {
        Map<String, String> ordered = new LinkedHashMap<>();
        attributes.forEach(
                a -> ordered.put(a.name().strip(), combination.get(a.name().strip())));
        return ordered;
    }

    /** True when the combination names exactly the attributes, each with one of its values. */
    static boolean fits(List<SalesAttribute> attributes, Map<String, String> combination) {
        if (combination.size() != attributes.size()) {
            return false;
        }
        for (SalesAttribute attribute : attributes) {
            String value = combination.get(attribute.name().strip());
            if (value == null || attribute.values().stream().map(String::strip).noneMatch(value.strip()::equals)) {
                return false;
            }
        }
        return true;
    }

    static void validate(List<SalesAttribute> attributes) {
        if (attributes.size() > MAX_ATTRIBUTES) {
            throw DomainException.invalidField("salesAttributes", CatalogError.MATRIX_TOO_LARGE, MAX_COMBINATIONS);
        }
        Set<String> names = new HashSet<>();
        long combinations = 1;
        for (int i = 0; i < attributes.size(); i++) {
            SalesAttribute attribute = attributes.get(i);
            String field = "salesAttributes[" + i + "]";
            if (attribute.name() == null
                    || attribute.name().isBlank()
                    || attribute.values() == null
                    || attribute.values().isEmpty()
                    || attribute.values().stream().anyMatch(v -> v == null || v.isBlank())) {
                throw DomainException.invalidField(field, CatalogError.ATTRIBUTE_INVALID);
            }
            Set<String> values = new HashSet<>();
            boolean uniqueValues =
                    attribute.values().stream().map(String::strip).allMatch(values::add);
            if (!names.add(attribute.name().strip()) || !uniqueValues) {
                throw DomainException.invalidField(field, CatalogError.ATTRIBUTE_DUPLICATE, attribute.name());
            }
            combinations *= attribute.values().size();
        }
        if (combinations > MAX_COMBINATIONS) {
            throw DomainException.invalidField("salesAttributes", CatalogError.MATRIX_TOO_LARGE, MAX_COMBINATIONS);
        }
    }
}
