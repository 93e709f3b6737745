/**
 * Catalog's public API: a SKU as an order sees it, with the price resolved for a channel, membership and time; the
 * delivery of virtual goods once an order is paid.
 */
@org.springframework.modulith.NamedInterface("api")
package com.realsourcing.catalog.api;
