/** Directory's public API: resolve taxonomy tags by id (retired ones included), for modules that store tag ids. */
@org.springframework.modulith.NamedInterface("api")
package com.realsourcing.directory.api;
