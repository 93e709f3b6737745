package com.realsourcing.intel.infra;

import com.realsourcing.intel.domain.IntelProperties;
import com.realsourcing.intel.domain.NewsFeeds;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 over HTTP(S): a conditional GET ({@code If-None-Match} / {@code
 * If-Modified-Since} from the last answer's {@code ETag} / {@code Last-Modified}; 304 means nothing new), redirects
 * followed, the body capped at {@code max-bytes}, parsed with ROME (the XML's own encoding declaration honoured).
 * 429 and 503 are retried after {@code Retry-After} (capped) up to {@code max-retries} times; other errors fail the
 * fetch with the status.
 */
@Component
@ConditionalOnProperty(name = "realsourcing.intel.news.mode", havingValue = "real")
class HttpNewsFeeds implements NewsFeeds {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int SUMMARY_MAX = 500;

    private final IntelProperties.News news;
    private final HttpClient http;
    private final Clock clock;

    HttpNewsFeeds(IntelProperties properties, Clock clock) {
        this.news = properties.news();
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(news.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    @Override
    public Result fetch(Request request) {
        URI uri;
        try {
            uri = URI.create(request.url());
        } catch (IllegalArgumentException e) {
            throw new FeedException("not a URL: " + request.url(), e);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(news.timeout())
                .header("User-Agent", "RealSourcing-News/1.0 (+https://realsourcing.cn)")
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8")
                .GET();
        if (request.etag() != null) {
            builder.header("If-None-Match", request.etag());
        }
        if (request.lastModified() != null) {
            builder.header("If-Modified-Since", request.lastModified());
        }
        HttpResponse<InputStream> response = send(builder.build());
        if (response.statusCode() == 304) {
            return new Result(true, null, List.of(), request.etag(), request.lastModified());
        }
        if (response.statusCode() / 100 != 2) {
            close(response);
            throw new FeedException("HTTP " + response.statusCode() + " from " + uri.getHost(), null);
        }
        byte[] body = read(response);
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body)));
        } catch (com.rometools.rome.io.FeedException | IOException | IllegalArgumentException e) {
            throw new NewsFeeds.FeedException("not an RSS or Atom feed: " + e.getMessage(), e);
        }
        List<Entry> entries = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = entry.getLink() != null ? entry.getLink() : entry.getUri();
            if (entry.getTitle() == null || entry.getTitle().isBlank() || link == null || link.isBlank()) {
                continue;
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            LocalDate published = date == null
                    ? LocalDate.now(clock.withZone(CHINA))
                    : date.toInstant().atZone(CHINA).toLocalDate();
            entries.add(new Entry(entry.getTitle().strip(), summary(entry), link.strip(), published));
        }
        return new Result(
                false,
                feed.getTitle(),
                entries,
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
    }

    private HttpResponse<InputStream> send(HttpRequest request) {
        for (int attempt = 0; ; attempt++) {
            HttpResponse<InputStream> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                throw new FeedException("cannot reach " + request.uri().getHost() + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FeedException("interrupted", e);
            }
            int status = response.statusCode();
            if ((status == 429 || status == 503) && attempt < news.maxRetries()) {
                close(response);
                sleep(retryAfter(response, attempt));
                continue;
            }
            return response;
        }
    }

    private Duration retryAfter(HttpResponse<?> response, int attempt) {
        Duration fallback = news.retryBackoff().multipliedBy(1L << attempt);
        Duration wait = response.headers()
                .firstValue("Retry-After")
                .filter(v -> v.matches("\\d+"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v)))
                .orElse(fallback);
        return wait.compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : wait;
    }

    private byte[] read(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            byte[] body = in.readNBytes(news.maxBytes() + 1);
            if (body.length > news.maxBytes()) {
                throw new FeedException("the feed is larger than " + news.maxBytes() + " bytes", null);
            }
            return body;
        } catch (IOException e) {
            throw new FeedException("reading the feed failed: " + e.getMessage(), e);
        }
    }

    private static String summary(SyndEntry entry) {
        SyndContent description = entry.getDescription();
        String text = description != null
                ? description.getValue()
                : entry.getContents().isEmpty()
                        ? null
                        : entry.getContents().get(0).getValue();
        if (text == null) {
            return null;
        }
        String plain = decodeEntities(text.replaceAll("(?s)<[^>]*>", " "))
                .replaceAll("[\\s\\u00A0]+", " ")
                .strip();
        return plain.length() > SUMMARY_MAX ? plain.substring(0, SUMMARY_MAX - 1) + "…" : plain;
    }

    private static final java.util.regex.Pattern ENTITY =
            java.util.regex.Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");

    static String decodeEntities(String html) {
        return ENTITY.matcher(html).replaceAll(m -> {
            String e = m.group(1);
            String c =
                    switch (e) {
                        case "amp" -> "&";
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "quot" -> "\"";
                        case "apos" -> "'";
                        case "nbsp" -> " ";
                        default -> {
                            int code = e.charAt(1) == 'x' || e.charAt(1) == 'X'
                                    ? Integer.parseInt(e.substring(2), 16)
                                    : Integer.parseInt(e.substring(1));
                            yield Character.isValidCodePoint(code) ? Character.toString(code) : "";
                        }
                    };
            return java.util.regex.Matcher.quoteReplacement(c);
        });
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // the connection is dropped either way
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedException("interrupted", e);
        }
    }
}
