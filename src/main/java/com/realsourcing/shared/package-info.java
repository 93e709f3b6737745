/**
 * Shared kernel: the few types every module speaks — {@link com.realsourcing.shared.domain.Money}, UUIDv7 ids,
 * the injected clock, paging, RFC 9457 problem details with stable error codes, PII encryption and masking, the
 * authenticated principal and the permission vocabulary, and the embedded PostgreSQL server. It depends on no
 * other module; keep it small: business rules belong in the modules.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.realsourcing.shared;
