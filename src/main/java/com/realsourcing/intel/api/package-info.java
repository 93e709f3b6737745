/** Intel's public API: the TikTok figures of a directory factory, for its factory card. */
@org.springframework.modulith.NamedInterface("api")
package com.realsourcing.intel.api;
