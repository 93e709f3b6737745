/**
 * Directory: the factory directory of seeds 000, 001 and 002. The tag taxonomy (seed 002's industries, categories
 * and attribute tags, seed 000's export industries and their HS chapters) kept by platform operators; China's
 * administrative regions from shipped NBS data; the unified social credit code (GB 32100-2015); factory onboarding
 * and company verification through licence review (one working day target, batch approval, a change to a
 * verified value re-reviewed while the listing stays up); trust profiles with certificates, products, photos and
 * social accounts; trust badges that say why they are shown; inquiries and favourites; CSV import of public
 * factory records as claimable listings; Chinese full-text search with facets (Hibernate Search, Lucene smartcn).
 *
 * <p>Uses {@code identity :: api} for organisation types, members and the audit log, {@code files :: api} for
 * licences, evidence and photos (and to publish product images), {@code notify :: api} to tell submitters about
 * decisions, factories about inquiries and expiring certificates. Other modules add sections to the factory card
 * through {@link com.realsourcing.directory.api.FactoryCardContributor}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity :: api", "files :: api", "notify :: api"})
package com.realsourcing.directory;
