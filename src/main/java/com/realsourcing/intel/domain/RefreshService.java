package com.realsourcing.intel.domain;

import com.realsourcing.directory.api.ExportIndustryView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * The refresh through the scraper port: start a run searching the B2B terms (factory, manufacturer, wholesale,
 * OEM) combined with every export industry's words, poll it until it ends, then import its dataset page by page
 * through the same path as an uploaded file (idempotent: known videos get new metrics and a snapshot).
 */
@Service
public class RefreshService {

    private static final Logger log = LoggerFactory.getLogger(RefreshService.class);

    /** The words an industry is searched with, next to its English name. */
    private static final java.util.Map<String, String> INDUSTRY_WORDS = java.util.Map.of(
            "textiles-apparel", "clothing",
            "electronics", "electronics",
            "machinery", "machine",
            "chemicals", "chemical",
            "home-goods", "home goods",
            "food-beverage", "food");

    private final TikTokScraper scraper;
    private final ImportService imports;
    private final IntelReference reference;
    private final IntelProperties properties;
    private final Sleeper sleeper;

    /** Waits between polls; tests replace it. */
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    RefreshService(
            TikTokScraper scraper,
            ImportService imports,
            IntelReference reference,
            IntelProperties properties,
            java.util.Optional<Sleeper> sleeper) {
        this.scraper = scraper;
        this.imports = imports;
        this.reference = reference;
        this.properties = properties;
        this.sleeper = sleeper.orElse(d -> Thread.sleep(d.toMillis()));
    }

    /** "factory clothing", "OEM electronics" …: every B2B term with every industry's word. */
    public List<String> searchQueries() {
        Set<String> queries = new LinkedHashSet<>();
        for (ExportIndustryView industry : reference.industries()) {
            String word = INDUSTRY_WORDS.get(industry.code());
            if (word == null) {
                continue;
            }
            for (String term : properties.apify().searchTerms()) {
                queries.add((word + " " + term).toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(queries);
    }

    /** The share of the job's progress bar the wait for the Apify run takes; reading its dataset takes the rest. */
    static final int WAIT_SHARE = 10;

    public ImportJob refresh() {
        IntelProperties.Apify apify = properties.apify();
        TikTokScraper.Run run = scraper.start(searchQueries(), apify.resultsPerPage());
        UUID job = imports.open(ImportFormat.APIFY_RUN, "apify run " + run.id());
        try {
            long started = System.nanoTime();
            long deadline = started + apify.maxWait().toNanos();
            while (!run.finished()) {
                if (System.nanoTime() > deadline) {
                    throw new TikTokScraper.ScraperException(
                            "Apify run " + run.id() + " still " + run.status() + " after " + apify.maxWait());
                }
                // the run reports no completion of its own: the share of the allowed wait that has passed
                long waited = System.nanoTime() - started;
                imports.waiting(
                        job,
                        (int) Math.min(
                                WAIT_SHARE - 1,
                                WAIT_SHARE
                                        * waited
                                        / Math.max(1, apify.maxWait().toNanos())),
                        "Apify " + run.status());
                try {
                    sleeper.sleep(apify.pollInterval());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new TikTokScraper.ScraperException("interrupted while waiting for run " + run.id(), e);
                }
                run = scraper.run(run.id());
            }
            if (!run.succeeded()) {
                throw new TikTokScraper.ScraperException("Apify run " + run.id() + " ended " + run.status());
            }
        } catch (RuntimeException e) {
            imports.failed(job, e);
            throw e;
        }
        log.info("Apify run {} succeeded; importing dataset {}", run.id(), run.datasetId());
        imports.waiting(job, WAIT_SHARE, null);
        Pages pages = new Pages(job, run.datasetId());
        return imports.importItems(job, ImportFormat.APIFY_RUN, pages, pages::progress);
    }

    /**
     * The dataset page by page; its progress is the share of the dataset's items read so far, shown on the job before
     * each further page is fetched.
     */
    private final class Pages implements Iterator<JsonNode> {
        private final UUID job;
        private final String datasetId;
        private final int pageSize = properties.apify().pageSize();
        private List<JsonNode> page = List.of();
        private int index;
        private int offset;
        private long total = -1;
        private boolean last;

        Pages(UUID job, String datasetId) {
            this.job = job;
            this.datasetId = datasetId;
        }

        int progress() {
            if (total <= 0) {
                return WAIT_SHARE;
            }
            long read = offset - page.size() + index;
            return (int) Math.min(99, WAIT_SHARE + (100 - WAIT_SHARE) * read / total);
        }

        @Override
        public boolean hasNext() {
            if (index < page.size()) {
                return true;
            }
            if (last) {
                return false;
            }
            if (offset > 0) {
                imports.waiting(job, progress(), null);
            }
            TikTokScraper.Page next = scraper.items(datasetId, offset, pageSize);
            page = next.items();
            index = 0;
            offset += page.size();
            total = next.total();
            last = page.size() < pageSize || offset >= next.total();
            return !page.isEmpty();
        }

        @Override
        public JsonNode next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.get(index++);
        }
    }
}
