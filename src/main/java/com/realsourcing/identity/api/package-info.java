/** Identity's public API: look up users and organisations, check membership, write to the admin audit log; events. */
@org.springframework.modulith.NamedInterface("api")
package com.realsourcing.identity.api;
