/**
 * Directory's public API: resolve taxonomy tags by id (retired ones included), for modules that store tag ids; read
 * the export industries with their HS chapters and the countries with their export business regions.
 */
@org.springframework.modulith.NamedInterface("api")
package com.realsourcing.directory.api;
