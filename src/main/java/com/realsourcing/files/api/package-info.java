/** Files' public API: find uploads, change their visibility, and extend who may read them. */
@org.springframework.modulith.NamedInterface("api")
package com.realsourcing.files.api;
