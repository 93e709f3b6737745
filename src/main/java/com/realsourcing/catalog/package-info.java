/**
 * Catalog: products (SPUs) and their SKUs spanned by sales attributes (colour, size, spec) with a SKU-matrix
 * generator; physical and virtual goods; basic, media and logistics attributes; prices — MSRP, cost, floor price
 * (最低售价), per-channel, member and time-limited activity prices — where no price may go below the floor.
 *
 * <p>Uses {@code inventory :: api} to open each new SKU's stock with its initial quantity in the same transaction
 * and to show availability, and {@code identity :: api} for the name of a seller's public H5 store. Orders resolve
 * prices through this module's api.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity :: api", "inventory :: api"})
package com.realsourcing.catalog;
