/**
 * Directory: the factory directory of seeds 000, 001 and 002. This first slice holds what onboarding and search
 * stand on: the tag taxonomy (seed 002's industries, categories and attribute tags, seed 000's export industries
 * and their HS chapters) kept by platform operators, China's administrative regions from shipped NBS data, and
 * the unified social credit code (GB 32100-2015). Factory profiles, licence review, trust profiles, search and
 * import follow.
 *
 * <p>Uses {@code identity :: api} to write every taxonomy change to the platform's audit log.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity :: api", "files :: api", "notify :: api"})
package com.realsourcing.directory;
