/** Order's public API: the events other modules (payment, logistics, finance) will listen to. */
@org.springframework.modulith.NamedInterface("api")
package com.realsourcing.order.api;
