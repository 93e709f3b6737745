package com.realsourcing.intel.infra;

import com.realsourcing.intel.domain.TikTokScraper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Offline stand-in for Apify (the default): a run is RUNNING on the first poll and SUCCEEDED on the next, and its
 * dataset holds items in the actor's documented shape for each search query — the same queries give the same
 * videos (so a second refresh updates their metrics, which grow), from a fixed set of sandbox factory accounts.
 * Every item is marked by its handle prefix {@code sandbox_}.
 */
@Component
@ConditionalOnProperty(name = "realsourcing.intel.apify.mode", havingValue = "sandbox", matchIfMissing = true)
class SandboxApifyScraper implements TikTokScraper {

    private static final String[] TAGS = {"usa", "mexico", "germany", "uk", "vietnam", "nigeria", "uae", "brasil"};

    private final Clock clock;
    private final AtomicInteger runs = new AtomicInteger();
    private final Map<String, List<JsonNode>> datasets = new ConcurrentHashMap<>();
    private final Map<String, Integer> polls = new ConcurrentHashMap<>();

    SandboxApifyScraper(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Run start(List<String> queries, int resultsPerPage) {
        int number = runs.incrementAndGet();
        String id = "sandbox-run-" + number;
        List<JsonNode> items = new ArrayList<>();
        long now = clock.instant().getEpochSecond();
        for (String query : queries) {
            Random random = new Random(query.hashCode());
            for (int i = 0; i < resultsPerPage; i++) {
                items.add(item(query, i, random, now, number));
            }
        }
        datasets.put("sandbox-dataset-" + number, items);
        polls.put(id, 0);
        return new Run(id, "RUNNING", "sandbox-dataset-" + number);
    }

    @Override
    public Run run(String runId) {
        int poll = polls.merge(runId, 1, Integer::sum);
        String dataset = runId.replace("run", "dataset");
        return new Run(runId, poll >= 1 ? "SUCCEEDED" : "RUNNING", dataset);
    }

    @Override
    public Page items(String datasetId, int offset, int limit) {
        List<JsonNode> all = datasets.getOrDefault(datasetId, List.of());
        int from = Math.min(offset, all.size());
        int to = Math.min(all.size(), offset + limit);
        return new Page(List.copyOf(all.subList(from, to)), all.size());
    }

    private static JsonNode item(String query, int index, Random random, long now, int run) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        long videoId =
                7_100_000_000_000_000_000L + Math.floorMod((long) query.hashCode() * 1000 + index, 99_000_000_000_000L);
        String handle = "sandbox_" + query.replace(' ', '_') + "_" + (index % 7);
        long plays = (long) (2_000 + random.nextInt(400_000)) * (10 + run) / 10;
        String tag = TAGS[random.nextInt(TAGS.length)];
        ObjectNode item = nodes.objectNode();
        item.put("id", Long.toString(videoId));
        item.put("text", query + " — factory tour and ready stock for #" + tag + " buyers, MOQ 100");
        item.put("textLanguage", "en");
        item.put("createTime", now - random.nextInt(60 * 86_400));
        item.put("isAd", false);
        ObjectNode author = item.putObject("authorMeta");
        author.put("id", Long.toString(6_800_000_000_000_000_000L + Math.floorMod(handle.hashCode(), 1_000_000)));
        author.put("name", handle);
        author.put("profileUrl", "https://www.tiktok.com/@" + handle);
        author.put("nickName", "Sandbox " + query + " " + (index % 7));
        author.put("verified", false);
        author.put("signature", "OEM/ODM " + query + ". WhatsApp +86 138 0000 0000");
        author.putNull("bioLink");
        author.put("fans", 1_000 + Math.floorMod(handle.hashCode(), 90_000));
        author.put("heart", 100_000);
        author.put("video", 80);
        item.put("webVideoUrl", "https://www.tiktok.com/@" + handle + "/video/" + videoId);
        item.putObject("videoMeta").put("duration", 10 + random.nextInt(50)).put("coverUrl", "<cdn-url>");
        item.put("diggCount", plays / 25);
        item.put("shareCount", plays / 400);
        item.put("playCount", plays);
        item.put("collectCount", plays / 120);
        item.put("commentCount", plays / 300);
        item.putArray("hashtags").addObject().put("id", "1").put("name", tag);
        item.put("searchQuery", query);
        return item;
    }
}
