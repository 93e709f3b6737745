package com.realsourcing.intel.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The port to RSS and Atom news feeds: one conditional fetch of a feed. {@code sandbox} (the default) makes up
 * plausible items offline; {@code real} fetches over HTTP and parses with ROME.
 */
public interface NewsFeeds {

    /** What to fetch: the feed's address and the validators of the last fetch (null the first time). */
    record Request(String url, String etag, String lastModified) {}

    /** One entry, its summary as plain text. */
    record Entry(String title, String summary, String link, LocalDate published) {}

    /** {@code notModified} when the server answered 304: nothing new, keep the validators. */
    record Result(boolean notModified, String feedTitle, List<Entry> entries, String etag, String lastModified) {}

    /** A feed that could not be fetched or parsed; the message says why in the provider's terms. */
    class FeedException extends RuntimeException {
        public FeedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    Result fetch(Request request);
}
