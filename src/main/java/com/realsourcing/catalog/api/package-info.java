/** Catalog's public API: a SKU as an order sees it, with the price resolved for a channel, membership and time. */
@org.springframework.modulith.NamedInterface("api")
package com.realsourcing.catalog.api;
