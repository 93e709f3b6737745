/**
 * Market intelligence (seed 000): TikTok accounts and videos of export factories, ingested from Apify dataset items
 * (JSON, CSV, the real actor API behind a port with a sandbox) and operators' curation; explainable rule labels
 * (industry, product, target country and business region, B2B signals) that manual labels override; daily
 * figures per industry, country and product behind the industry search, hot products and the weekly report; a
 * deterministic synthetic demo set.
 *
 * <p>Uses {@code directory :: api} for seed 000's export industries with their HS chapters and for the countries
 * with their export business regions (the reference data lives there once), and links accounts to directory
 * factories by id only (and implements the directory's factory-card SPI to add a factory's TikTok figures). Uses
 * {@code notify :: api} to tell weekly-report subscribers in-app, by e-mail and by WeChat subscribe message.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "directory :: api", "notify :: api"})
package com.realsourcing.intel;
