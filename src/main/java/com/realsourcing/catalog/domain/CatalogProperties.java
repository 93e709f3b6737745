package com.realsourcing.catalog.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Catalog settings ({@code realsourcing.catalog.*}): the public address H5 links and QR codes point to, and the
 * mini-program page that opens a product ({store} and {product} are filled in).
 */
@ConfigurationProperties("realsourcing.catalog")
public record CatalogProperties(
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue("pages/product/index?store={store}&product={product}") String miniProgramPath) {

    public CatalogProperties {
        publicBaseUrl =
                publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        if (!publicBaseUrl.startsWith("http://") && !publicBaseUrl.startsWith("https://")) {
            throw new IllegalArgumentException("realsourcing.catalog.public-base-url must be an http(s) URL");
        }
    }
}
