/**
 * Files: uploads with size and type limits checked on the content (magic bytes), images re-encoded (which strips
 * metadata and anything hidden in them) with thumbnails, storage behind a port (local disk under the data
 * directory by default, S3-compatible by configuration), and downloads that check permission. Depends only on
 * shared; other modules refer to files by id.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package com.realsourcing.files;
