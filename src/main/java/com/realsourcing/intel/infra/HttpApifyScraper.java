package com.realsourcing.intel.infra;

import com.realsourcing.intel.domain.IntelProperties;
import com.realsourcing.intel.domain.TikTokScraper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Apify API v2: {@code POST /v2/acts/{actorId}/runs} with the actor input, {@code GET /v2/actor-runs/{runId}},
 * {@code GET /v2/datasets/{datasetId}/items?offset=&limit=&clean=true} (total in {@code X-Apify-Pagination-Total}).
 * The token goes in {@code Authorization: Bearer}. 429 and 5xx answers are retried with exponential back-off
 * (honouring {@code Retry-After}); other errors carry Apify's {@code error.type} and {@code error.message}.
 */
@Component
@ConditionalOnProperty(name = "realsourcing.intel.apify.mode", havingValue = "real")
public class HttpApifyScraper implements TikTokScraper {

    private static final Logger log = LoggerFactory.getLogger(HttpApifyScraper.class);

    private final IntelProperties.Apify apify;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    public HttpApifyScraper(IntelProperties properties) {
        this.apify = properties.apify();
        if (apify.token() == null || apify.token().isBlank()) {
            throw new IllegalStateException("realsourcing.intel.apify.token is required when apify.mode=real");
        }
        this.http = HttpClient.newBuilder()
                .connectTimeout(apify.requestTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    @Override
    public Run start(List<String> queries, int resultsPerPage) {
        Map<String, Object> input = new java.util.LinkedHashMap<>();
        input.put("searchQueries", queries);
        input.put("resultsPerPage", resultsPerPage);
        input.put("searchSection", "/video");
        input.put("shouldDownloadVideos", false);
        input.put("shouldDownloadCovers", false);
        input.put("shouldDownloadSubtitles", false);
        HttpRequest request = request("/v2/acts/" + encode(apify.actorId()) + "/runs")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(input)))
                .build();
        return parseRun(send(request).body());
    }

    @Override
    public Run run(String runId) {
        return parseRun(
                send(request("/v2/actor-runs/" + encode(runId)).GET().build()).body());
    }

    @Override
    public Page items(String datasetId, int offset, int limit) {
        HttpResponse<String> response = send(request("/v2/datasets/" + encode(datasetId)
                        + "/items?format=json&clean=true&offset=" + offset + "&limit=" + limit)
                .GET()
                .build());
        JsonNode array = json.readTree(response.body());
        if (!array.isArray()) {
            throw new ScraperException("Apify dataset " + datasetId + " answered something other than an array");
        }
        List<JsonNode> items = new ArrayList<>(array.size());
        array.forEach(items::add);
        long total = response.headers()
                .firstValue("X-Apify-Pagination-Total")
                .map(Long::parseLong)
                .orElse((long) offset + items.size());
        return new Page(items, total);
    }

    private Run parseRun(String body) {
        JsonNode data = json.readTree(body).path("data");
        if (data.isMissingNode() || data.path("id").isMissingNode()) {
            throw new ScraperException("Apify answered no run: " + body);
        }
        return new Run(
                data.path("id").asString(),
                data.path("status").asString(),
                data.path("defaultDatasetId").asString(null));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(apify.baseUrl() + path))
                .timeout(apify.requestTimeout())
                .header("Authorization", "Bearer " + apify.token())
                .header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest request) {
        Duration backoff = apify.retryBackoff();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                if (attempt >= apify.maxRetries()) {
                    throw new ScraperException("Apify unreachable: " + e.getMessage(), e);
                }
                pause(backoff);
                backoff = backoff.multipliedBy(2);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ScraperException("interrupted", e);
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return response;
            }
            boolean retryable = status == 429 || status >= 500;
            if (!retryable || attempt >= apify.maxRetries()) {
                throw new ScraperException("Apify " + request.method() + " "
                        + request.uri().getPath() + " answered " + status + describe(response.body()));
            }
            Duration wait = retryAfter(response).orElse(backoff);
            log.info("Apify answered {}; retrying in {} ms", status, wait.toMillis());
            pause(wait);
            backoff = backoff.multipliedBy(2);
        }
    }

    private String describe(String body) {
        try {
            JsonNode error = json.readTree(body).path("error");
            if (!error.isMissingNode()) {
                return ": " + error.path("type").asString("") + " "
                        + error.path("message").asString("");
            }
        } catch (RuntimeException ignored) {
            // not JSON
        }
        return "";
    }

    private static Optional<Duration> retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.min(60, Long.parseLong(v.strip()))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScraperException("interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("%7E", "~");
    }
}
