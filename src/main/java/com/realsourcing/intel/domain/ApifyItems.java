package com.realsourcing.intel.domain;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads items of the Apify TikTok scraper ({@code clockworks/tiktok-scraper}) into {@link VideoItem}s. The video id
 * and handle are re-derived from {@code webVideoUrl} (spreadsheets turn 19-digit ids into {@code 7.54E+18});
 * counts may arrive as strings; media links expire, so only the cover link is kept, as a hint.
 */
final class ApifyItems {

    private static final Pattern VIDEO_URL =
            Pattern.compile("^https?://(?:www\\.|m\\.)?tiktok\\.com/@([^/?#]+)/(?:video|photo)/(\\d{6,25})");
    private static final Pattern DIGITS = Pattern.compile("\\d{6,25}");

    private ApifyItems() {}

    /** A field {@link #read} takes whole; a map names the fields it takes of an object (or of an array's objects). */
    private static final Object WHOLE = Boolean.TRUE;

    /** Every field {@link #read} looks at. */
    private static final Map<String, Object> FIELDS = Map.ofEntries(
            Map.entry("id", WHOLE),
            Map.entry("webVideoUrl", WHOLE),
            Map.entry("submittedVideoUrl", WHOLE),
            Map.entry("text", WHOLE),
            Map.entry("textLanguage", WHOLE),
            Map.entry("createTime", WHOLE),
            Map.entry("createTimeISO", WHOLE),
            Map.entry("playCount", WHOLE),
            Map.entry("diggCount", WHOLE),
            Map.entry("shareCount", WHOLE),
            Map.entry("commentCount", WHOLE),
            Map.entry("collectCount", WHOLE),
            Map.entry("locationCreated", WHOLE),
            Map.entry("searchQuery", WHOLE),
            Map.entry("hashtags", Map.of("name", WHOLE)),
            Map.entry("videoMeta", Map.of("duration", WHOLE, "coverUrl", WHOLE)),
            Map.entry(
                    "authorMeta",
                    Map.ofEntries(
                            Map.entry("id", WHOLE),
                            Map.entry("name", WHOLE),
                            Map.entry("uniqueId", WHOLE),
                            Map.entry("nickName", WHOLE),
                            Map.entry("profileUrl", WHOLE),
                            Map.entry("signature", WHOLE),
                            Map.entry("bioLink", WHOLE),
                            Map.entry("verified", WHOLE),
                            Map.entry("ttSeller", WHOLE),
                            Map.entry("commerceUserInfo", WHOLE),
                            Map.entry("fans", WHOLE),
                            Map.entry("following", WHOLE),
                            Map.entry("heart", WHOLE),
                            Map.entry("video", WHOLE))));

    /**
     * The item the parser stands at, as a tree of only the fields {@link #read} looks at: the rest (music, media links,
     * stickers, avatars …, most of an item) is skipped unbuilt — a tree of whole items was a fifth of an import's time.
     * The source file keeps the items as received.
     */
    static JsonNode parse(JsonParser parser) {
        return filtered(parser, FIELDS);
    }

    /** The value the parser stands at, objects with only the named {@code fields} (all with {@code null}). */
    @SuppressWarnings("unchecked")
    private static JsonNode filtered(JsonParser parser, Map<String, Object> fields) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (parser.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                    Object field = fields == null ? WHOLE : fields.get(name);
                    parser.nextToken();
                    if (field == null) {
                        parser.skipChildren();
                    } else {
                        object.set(
                                name,
                                filtered(
                                        parser, field instanceof Map<?, ?> inner ? (Map<String, Object>) inner : null));
                    }
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(filtered(parser, fields));
                }
                yield array;
            }
            case VALUE_STRING -> nodes.stringNode(parser.getString());
            case VALUE_NUMBER_INT ->
                switch (parser.getNumberType()) {
                    case INT -> nodes.numberNode(parser.getIntValue());
                    case LONG -> nodes.numberNode(parser.getLongValue());
                    default -> nodes.numberNode(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            default -> nodes.nullNode();
        };
    }

    /** Why an item could not be read; the import reports it with the item's line. */
    static final class BadItem extends RuntimeException {
        final String code;
        final Object[] args;

        /** {@code code} names the message (messages/intel*.properties) shown to the operator; the text is for logs. */
        BadItem(String code, String reason, Object... args) {
            super(reason, null, false, false);
            this.code = code;
            this.args = args;
        }
    }

    static VideoItem read(JsonNode item) {
        if (item == null || !item.isObject()) {
            throw new BadItem("intel.row.not-object", "item is not a JSON object");
        }
        String url = text(item, "webVideoUrl");
        if (url == null) {
            url = text(item, "submittedVideoUrl");
        }
        String videoId = null;
        String handle = null;
        if (url != null) {
            Matcher m = VIDEO_URL.matcher(url.strip());
            if (m.find()) {
                handle = m.group(1);
                videoId = m.group(2);
            }
        }
        JsonNode author = item.path("authorMeta");
        if (videoId == null) {
            String id = text(item, "id");
            if (id != null && DIGITS.matcher(id).matches()) {
                videoId = id;
            } else if (id != null) {
                throw new BadItem(
                        "intel.row.id-unreadable",
                        "id '" + id + "' is not a TikTok id and webVideoUrl is missing or unreadable",
                        id);
            } else {
                throw new BadItem("intel.row.id-missing", "missing id and webVideoUrl");
            }
        }
        String authorName = text(author, "name");
        if (authorName == null) {
            authorName = text(author, "uniqueId");
        }
        if (authorName != null) {
            handle = authorName;
        }
        if (handle == null) {
            throw new BadItem("intel.row.handle-missing", "missing authorMeta.name (the account handle)");
        }
        handle = handle.startsWith("@") ? handle.substring(1) : handle;
        if (url == null) {
            url = "https://www.tiktok.com/@" + handle + "/video/" + videoId;
        }
        Instant published = publishedAt(item);
        List<String> hashtags = new ArrayList<>();
        JsonNode tags = item.path("hashtags");
        if (tags.isArray()) {
            for (JsonNode tag : tags) {
                String name = tag.isObject() ? text(tag, "name") : tag.isString() ? tag.asString() : null;
                if (name != null && !name.isBlank()) {
                    hashtags.add(name.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        String authorId = text(author, "id");
        if (authorId != null && !DIGITS.matcher(authorId).matches()) {
            authorId = null; // mangled by a spreadsheet; the handle identifies the account
        }
        VideoItem.AccountItem account = new VideoItem.AccountItem(
                truncate(handle, 100),
                authorId,
                truncate(text(author, "nickName"), 200),
                truncate(text(author, "profileUrl"), 500),
                text(author, "signature"),
                truncate(bioLink(author), 1000),
                bool(author, "verified"),
                bool(author, "ttSeller") || bool(author.path("commerceUserInfo"), "commerceUser"),
                count(author, "fans"),
                count(author, "following"),
                count(author, "heart"),
                count(author, "video"));
        Long duration = countOrNull(item.path("videoMeta"), "duration");
        return new VideoItem(
                videoId,
                truncate(url.strip(), 500),
                orEmpty(text(item, "text")),
                hashtags,
                truncate(text(item, "textLanguage"), 16),
                published,
                count(item, "playCount"),
                count(item, "diggCount"),
                count(item, "shareCount"),
                count(item, "commentCount"),
                count(item, "collectCount"),
                duration == null ? null : (int) Math.min(Integer.MAX_VALUE, duration),
                truncate(text(item.path("videoMeta"), "coverUrl"), 2000),
                location(text(item, "locationCreated")),
                truncate(text(item, "searchQuery"), 200),
                account);
    }

    private static Instant publishedAt(JsonNode item) {
        JsonNode epoch = item.get("createTime");
        if (epoch != null && !epoch.isNull()) {
            Long seconds;
            try {
                seconds = epoch.isNumber() ? Long.valueOf(epoch.asLong()) : Counts.parse(epoch.asString());
            } catch (IllegalArgumentException e) {
                seconds = null;
            }
            if (seconds != null && seconds > 1_000_000_000L && seconds < 10_000_000_000L) {
                return Instant.ofEpochSecond(seconds);
            }
        }
        String iso = text(item, "createTimeISO");
        if (iso != null) {
            try {
                return Instant.parse(iso);
            } catch (DateTimeParseException e) {
                throw new BadItem(
                        "intel.row.time-invalid", "createTimeISO '" + iso + "' is not an ISO-8601 instant", iso);
            }
        }
        throw new BadItem("intel.row.time-missing", "missing createTime and createTimeISO");
    }

    private static String location(String value) {
        if (value == null) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        return code.matches("[A-Z]{2}") ? code : null;
    }

    private static String bioLink(JsonNode author) {
        JsonNode link = author.get("bioLink");
        if (link == null || link.isNull()) {
            return null;
        }
        if (link.isObject()) {
            return text(link, "link");
        }
        String value = link.asString();
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainer()) {
            return null;
        }
        String text = value.asString();
        return text == null || text.isBlank() ? null : text;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static boolean bool(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        return value.isBoolean()
                ? value.asBoolean()
                : "true".equalsIgnoreCase(value.asString().strip());
    }

    private static long count(JsonNode node, String field) {
        Long value = countOrNull(node, field);
        return value == null ? 0 : value;
    }

    private static Long countOrNull(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isIntegralNumber()) {
            long v = value.asLong();
            if (v < 0) {
                throw new BadItem("intel.row.count-negative", field + " is negative", field);
            }
            return v;
        }
        try {
            return Counts.parse(value.isNumber() ? value.asString() : value.asString());
        } catch (IllegalArgumentException e) {
            throw new BadItem(
                    "intel.row.count-invalid",
                    field + " '" + value.asString() + "' is not a count",
                    field,
                    value.asString());
        }
    }

    /**
     * Rebuilds the nested item from a row of Apify's CSV export, whose headers are paths ({@code authorMeta/name},
     * {@code hashtags/0/name}); empty cells are left out.
     */
    static ObjectNode fromCsvRow(List<String> header, List<String> fields) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        for (int i = 0; i < header.size() && i < fields.size(); i++) {
            String value = fields.get(i);
            if (value == null || value.isEmpty()) {
                continue;
            }
            String[] path = header.get(i).split("/");
            JsonNode parent = root;
            for (int p = 0; p < path.length; p++) {
                String key = path[p];
                boolean last = p == path.length - 1;
                boolean nextIsIndex = !last && path[p + 1].matches("\\d+");
                if (parent instanceof ObjectNode object) {
                    if (last) {
                        object.put(key, value);
                    } else {
                        JsonNode child = object.get(key);
                        if (child == null) {
                            child = nextIsIndex ? object.putArray(key) : object.putObject(key);
                        }
                        parent = child;
                    }
                } else if (parent instanceof ArrayNode array && key.matches("\\d+")) {
                    int index = Integer.parseInt(key);
                    while (array.size() <= index) {
                        array.add(last ? nodes.nullNode() : nextIsIndex ? nodes.arrayNode() : nodes.objectNode());
                    }
                    if (last) {
                        array.set(index, nodes.stringNode(value));
                    } else {
                        parent = array.get(index);
                    }
                } else {
                    break;
                }
            }
        }
        return root;
    }
}
