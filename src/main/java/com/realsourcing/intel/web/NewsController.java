package com.realsourcing.intel.web;

import com.realsourcing.intel.domain.IntelPermissions;
import com.realsourcing.intel.domain.NewsService;
import com.realsourcing.shared.security.CurrentUser;
import com.realsourcing.shared.web.PageQuery;
import com.realsourcing.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Industry and policy news: readers list it; operators keep items and the RSS/Atom feeds they come from. */
@RestController
@Tag(name = "intel")
class NewsController {

    private static final String HTTP_URL = "https?://\\S+";

    private final NewsService news;

    NewsController(NewsService news) {
        this.news = news;
    }

    /** Items for an industry and region (items tagged with neither apply to all), newest first. */
    @GetMapping("/api/intel/news")
    @PreAuthorize(IntelPermissions.CAN_READ)
    PageResponse<NewsService.News> list(
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String region,
            @Valid PageQuery page) {
        return PageResponse.from(news.list(industry, region, page.pageOrDefault(), page.sizeOrDefault()), n -> n);
    }

    record NewsRequest(
            @NotBlank @Size(max = 300) String title,
            @Size(max = 2000) String summary,
            @NotBlank @Size(max = 200) String source,
            @NotBlank @Size(max = 1000) @Pattern(regexp = HTTP_URL) String link,
            @Size(max = 40) String industry,
            @Size(max = 40) String region,
            @NotNull LocalDate publishedOn) {

        NewsService.Form form() {
            return new NewsService.Form(title, summary, source, link, industry, region, publishedOn);
        }
    }

    @PostMapping("/api/intel/admin/news")
    @PreAuthorize(IntelPermissions.CAN_CURATE)
    ResponseEntity<NewsService.News> create(@Valid @RequestBody NewsRequest request) {
        NewsService.News created =
                news.create(request.form(), CurrentUser.require().userId());
        return ResponseEntity.created(URI.create("/api/intel/admin/news/" + created.id()))
                .body(created);
    }

    @PutMapping("/api/intel/admin/news/{id}")
    @PreAuthorize(IntelPermissions.CAN_CURATE)
    NewsService.News update(@PathVariable UUID id, @Valid @RequestBody NewsRequest request) {
        return news.update(id, request.form());
    }

    @DeleteMapping("/api/intel/admin/news/{id}")
    @PreAuthorize(IntelPermissions.CAN_CURATE)
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        news.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/intel/admin/news-feeds")
    @PreAuthorize(IntelPermissions.CAN_CURATE)
    List<NewsService.Feed> feeds() {
        return news.feeds();
    }

    record FeedRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 1000) @Pattern(regexp = HTTP_URL) String url,
            @Size(max = 40) String industry,
            @Size(max = 40) String region) {}

    @PostMapping("/api/intel/admin/news-feeds")
    @PreAuthorize(IntelPermissions.CAN_CURATE)
    ResponseEntity<NewsService.Feed> addFeed(@Valid @RequestBody FeedRequest request) {
        NewsService.Feed feed = news.addFeed(request.name(), request.url(), request.industry(), request.region());
        return ResponseEntity.created(URI.create("/api/intel/admin/news-feeds/" + feed.id()))
                .body(feed);
    }

    @DeleteMapping("/api/intel/admin/news-feeds/{id}")
    @PreAuthorize(IntelPermissions.CAN_CURATE)
    ResponseEntity<Void> deleteFeed(@PathVariable UUID id) {
        news.deleteFeed(id);
        return ResponseEntity.noContent().build();
    }

    /** Fetches the feed now; a feed that cannot be read answers 200 with the error (recorded on the feed). */
    @PostMapping("/api/intel/admin/news-feeds/{id}/fetch")
    @PreAuthorize(IntelPermissions.CAN_CURATE)
    NewsService.FetchResult fetch(@PathVariable UUID id) {
        return news.fetch(id);
    }
}
