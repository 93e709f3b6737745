/** Notify's public API: send notifications and messages; keep recipients' contact details current. */
@org.springframework.modulith.NamedInterface("api")
package com.realsourcing.notify.api;
