package com.realsourcing.intel.domain;

import com.realsourcing.intel.domain.MarketViews.NewsItem;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Industry and policy news (seed 000 行业资讯): operators type items in or subscribe to RSS/Atom feeds through the
 * {@link NewsFeeds} port; the weekly report carries the week's items. An item's link is its identity, so fetching a
 * feed twice never duplicates anything.
 */
@Service
public class NewsService {

    /** An item as readers see it, with the industry and region names in Chinese. */
    public record News(
            UUID id,
            String title,
            String summary,
            String source,
            String link,
            String industry,
            String industryNameZh,
            String region,
            String regionNameZh,
            LocalDate publishedOn,
            UUID feedId) {}

    /** What an operator types in. {@code industry} and {@code region} are optional codes. */
    public record Form(
            String title,
            String summary,
            String source,
            String link,
            String industry,
            String region,
            LocalDate publishedOn) {}

    public record Feed(
            UUID id,
            String name,
            String url,
            String industry,
            String region,
            boolean enabled,
            Instant lastFetchedAt,
            String lastError) {}

    public record FetchResult(UUID feedId, int added, int known, boolean notModified, String error) {}

    private static final Logger log = LoggerFactory.getLogger(NewsService.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String COLUMNS = "id, title, summary, source, link, industry, region, published_on, feed_id";

    private final JdbcClient jdbc;
    private final MarketQueries market;
    private final IntelReference reference;
    private final NewsFeeds feeds;
    private final Clock clock;

    NewsService(JdbcClient jdbc, MarketQueries market, IntelReference reference, NewsFeeds feeds, Clock clock) {
        this.jdbc = jdbc;
        this.market = market;
        this.reference = reference;
        this.feeds = feeds;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public Page<News> list(String industry, String region, int page, int size) {
        String industryCode = industry == null || industry.isBlank() ? null : market.industryCode(industry);
        String regionCode = region == null || region.isBlank()
                ? null
                : market.regionOf(region).code();
        String where = " where (cast(? as varchar) is null or industry = ? or industry is null)"
                + " and (cast(? as varchar) is null or region = ? or region is null)";
        long total = jdbc.sql("select count(*) from intel.news_items" + where)
                .params(industryCode, industryCode, regionCode, regionCode)
                .query(Long.class)
                .single();
        List<News> items = jdbc.sql("select " + COLUMNS + " from intel.news_items" + where
                        + " order by published_on desc, created_at desc limit ? offset ?")
                .params(industryCode, industryCode, regionCode, regionCode, size, (long) page * size)
                .query(this::row)
                .list();
        return new PageImpl<>(items, PageRequest.of(page, size), total);
    }

    /** The week's items for the weekly report, newest first. */
    @Transactional(readOnly = true)
    public List<NewsItem> between(LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("select title, summary, source, link, published_on from intel.news_items"
                        + " where published_on between ? and ? order by published_on desc, created_at desc limit ?")
                .params(from, to, limit)
                .query((rs, n) -> new NewsItem(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    private News row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return view(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("source"),
                rs.getString("link"),
                rs.getString("industry"),
                rs.getString("region"),
                rs.getObject("published_on", LocalDate.class),
                rs.getObject("feed_id", UUID.class));
    }

    private News view(
            UUID id,
            String title,
            String summary,
            String source,
            String link,
            String industry,
            String region,
            LocalDate publishedOn,
            UUID feedId) {
        return new News(
                id,
                title,
                summary,
                source,
                link,
                industry,
                industry == null ? null : reference.industryNameZh(industry),
                region,
                region == null ? null : reference.regionNameZh(region),
                publishedOn,
                feedId);
    }

    @Transactional(readOnly = true)
    public News find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from intel.news_items where id = ?")
                .param(id)
                .query(this::row)
                .optional()
                .orElseThrow(() -> DomainException.notFound("intel.news-not-found"));
    }

    // ---------------------------------------------------------------- operators' items

    @Transactional
    public News create(Form form, UUID user) {
        Form f = checked(form);
        UUID id = Ids.newId();
        Timestamp now = Timestamp.from(clock.instant());
        try {
            jdbc.sql("insert into intel.news_items (id, title, summary, source, link, industry, region, published_on,"
                            + " created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            id,
                            f.title(),
                            f.summary(),
                            f.source(),
                            f.link(),
                            f.industry(),
                            f.region(),
                            f.publishedOn(),
                            user,
                            now,
                            now)
                    .update();
        } catch (DuplicateKeyException e) {
            throw duplicateLink(f.link());
        }
        return find(id);
    }

    @Transactional
    public News update(UUID id, Form form) {
        Form f = checked(form);
        int updated;
        try {
            updated = jdbc.sql("update intel.news_items set title = ?, summary = ?, source = ?, link = ?, industry = ?,"
                            + " region = ?, published_on = ?, updated_at = ? where id = ?")
                    .params(
                            f.title(),
                            f.summary(),
                            f.source(),
                            f.link(),
                            f.industry(),
                            f.region(),
                            f.publishedOn(),
                            Timestamp.from(clock.instant()),
                            id)
                    .update();
        } catch (DuplicateKeyException e) {
            throw duplicateLink(f.link());
        }
        if (updated == 0) {
            throw DomainException.notFound("intel.news-not-found");
        }
        return find(id);
    }

    @Transactional
    public void delete(UUID id) {
        if (jdbc.sql("delete from intel.news_items where id = ?").param(id).update() == 0) {
            throw DomainException.notFound("intel.news-not-found");
        }
    }

    private static DomainException duplicateLink(String link) {
        return new DomainException(
                org.springframework.http.HttpStatus.CONFLICT,
                "intel.news-duplicate-link",
                List.of(new DomainException.FieldError("link", "intel.news-duplicate-link", link)),
                link);
    }

    /** Industry and region as codes (names accepted), a date no later than tomorrow in China. */
    private Form checked(Form form) {
        String industry =
                form.industry() == null || form.industry().isBlank() ? null : market.industryCode(form.industry());
        String region = form.region() == null || form.region().isBlank()
                ? null
                : market.regionOf(form.region()).code();
        LocalDate latest = LocalDate.now(clock.withZone(CHINA)).plusDays(1);
        if (form.publishedOn().isAfter(latest)) {
            throw DomainException.invalidField("publishedOn", "intel.news-date-in-future", form.publishedOn());
        }
        return new Form(
                form.title().strip(),
                form.summary() == null || form.summary().isBlank()
                        ? null
                        : form.summary().strip(),
                form.source().strip(),
                form.link().strip(),
                industry,
                region,
                form.publishedOn());
    }

    // ---------------------------------------------------------------- feeds

    @Transactional(readOnly = true)
    public List<Feed> feeds() {
        return jdbc.sql("select id, name, url, industry, region, enabled, last_fetched_at, last_error"
                        + " from intel.news_feeds order by created_at")
                .query(Feed.class)
                .list();
    }

    @Transactional
    public Feed addFeed(String name, String url, String industry, String region) {
        String industryCode = industry == null || industry.isBlank() ? null : market.industryCode(industry);
        String regionCode = region == null || region.isBlank()
                ? null
                : market.regionOf(region).code();
        UUID id = Ids.newId();
        try {
            jdbc.sql("insert into intel.news_feeds (id, name, url, industry, region, enabled, created_at)"
                            + " values (?, ?, ?, ?, ?, true, ?)")
                    .params(id, name.strip(), url.strip(), industryCode, regionCode, Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new DomainException(
                    org.springframework.http.HttpStatus.CONFLICT,
                    "intel.news-feed-duplicate",
                    List.of(new DomainException.FieldError("url", "intel.news-feed-duplicate", url)),
                    url);
        }
        return feeds().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Transactional
    public void deleteFeed(UUID id) {
        if (jdbc.sql("delete from intel.news_feeds where id = ?").param(id).update() == 0) {
            throw DomainException.notFound("intel.news-feed-not-found");
        }
    }

    private record FeedRow(
            UUID id, String name, String url, String industry, String region, String etag, String lastModified) {}

    /**
     * Fetches one feed through the port and keeps its new entries (tagged with the feed's industry and region);
     * a failure is recorded on the feed and returned, not thrown, so one broken feed never stops the others.
     */
    public FetchResult fetch(UUID feedId) {
        FeedRow feed = jdbc.sql("select id, name, url, industry, region, etag, last_modified from intel.news_feeds"
                        + " where id = ?")
                .param(feedId)
                .query(FeedRow.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("intel.news-feed-not-found"));
        Timestamp now = Timestamp.from(clock.instant());
        NewsFeeds.Result result;
        try {
            result = feeds.fetch(new NewsFeeds.Request(feed.url(), feed.etag(), feed.lastModified()));
        } catch (NewsFeeds.FeedException e) {
            log.warn("News feed {} failed: {}", feed.url(), e.getMessage());
            jdbc.sql("update intel.news_feeds set last_fetched_at = ?, last_error = ? where id = ?")
                    .params(now, truncate(e.getMessage(), 1000), feedId)
                    .update();
            return new FetchResult(feedId, 0, 0, false, e.getMessage());
        }
        int added = 0;
        for (NewsFeeds.Entry entry : result.entries()) {
            added += jdbc.sql("insert into intel.news_items (id, title, summary, source, link, industry, region,"
                            + " published_on, feed_id, created_at, updated_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (link) do nothing")
                    .params(
                            Ids.newId(),
                            truncate(entry.title(), 300),
                            truncate(entry.summary(), 2000),
                            truncate(feed.name(), 200),
                            truncate(entry.link(), 1000),
                            feed.industry(),
                            feed.region(),
                            entry.published(),
                            feedId,
                            now,
                            now)
                    .update();
        }
        jdbc.sql("update intel.news_feeds set last_fetched_at = ?, last_error = null, etag = ?, last_modified = ?"
                        + " where id = ?")
                .params(now, result.etag(), result.lastModified(), feedId)
                .update();
        return new FetchResult(feedId, added, result.entries().size() - added, result.notModified(), null);
    }

    /** Every enabled feed, one after another (the daily job). */
    public List<FetchResult> fetchAll() {
        List<FetchResult> results = new ArrayList<>();
        for (UUID id : jdbc.sql("select id from intel.news_feeds where enabled order by created_at")
                .query(UUID.class)
                .list()) {
            results.add(fetch(id));
        }
        return results;
    }

    private static String truncate(String s, int max) {
        return Optional.ofNullable(s)
                .map(v -> v.length() > max ? v.substring(0, max) : v)
                .orElse(null);
    }
}
