package com.realsourcing.intel.domain;

import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import jakarta.annotation.PreDestroy;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Imports run in the background one at a time: the upload is kept in a temporary file, read as a stream (a JSON
 * array, JSON Lines, or CSV), labelled and written in batches; the job row shows progress, counts and the rejected
 * rows with their line numbers while the good rows are kept. Reading (this job's thread) overlaps the labelling and
 * the database writes (the writer threads, see {@link VideoStore}); the changes the batches make to shared rows (daily
 * figures, accounts' plays and markets) wait in their logs and are folded in once at the end, with the latest profile
 * of every account the import touched ({@link VideoStore#finish}).
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final int MAX_ERRORS = 500;
    private static final Pattern VIDEO_ID = Pattern.compile("/(?:video|photo)/(\\d{6,25})");

    private final JdbcClient jdbc;
    private final VideoStore store;
    private final CurationService curation;
    private final IntelProperties properties;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "intel-import");
        thread.setDaemon(true);
        return thread;
    });

    private final org.springframework.context.MessageSource messages;
    private final ImportSources sources;

    ImportService(
            JdbcClient jdbc,
            VideoStore store,
            CurationService curation,
            IntelProperties properties,
            Clock clock,
            org.springframework.context.MessageSource messages,
            ImportSources sources) {
        this.messages = messages;
        this.sources = sources;
        this.jdbc = jdbc;
        this.store = store;
        this.curation = curation;
        this.properties = properties;
        this.clock = clock;
        this.writers = java.util.stream.IntStream.range(0, Math.max(1, properties.importWriters()))
                .mapToObj(w -> Executors.newSingleThreadExecutor(r -> {
                    Thread thread = new Thread(r, "intel-import-writer-" + w);
                    thread.setDaemon(true);
                    return thread;
                }))
                .toList();
    }

    /**
     * Label and write the batches the reader parsed: each writer the accounts of its stripes ({@link
     * VideoStore#stripe}), one batch at a time, so an account's videos stay in order while the writers' transactions
     * run side by side.
     */
    private final List<ExecutorService> writers;

    @PreDestroy
    void stop() {
        worker.shutdownNow();
        writers.forEach(ExecutorService::shutdownNow);
    }

    /** Accepts an upload and imports it in the background; the job is returned queued. */
    public ImportJob submit(String format, String filename, InputStream content, UUID userId) {
        ImportFormat parsed = ImportFormat.of(
                        format == null ? "" : format.strip().toLowerCase(Locale.ROOT))
                .filter(f -> f != ImportFormat.APIFY_RUN)
                .orElseThrow(() -> IntelError.invalidChoice(
                        "format", IntelError.FORMAT_UNKNOWN, String.valueOf(format), ImportFormat.uploadable()));
        Path file = sources.newUpload();
        UUID id;
        try {
            long size = Files.copy(content, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            if (size == 0) {
                throw DomainException.invalidField("file", IntelError.FILE_EMPTY);
            }
            id = create(parsed, filename, userId);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        worker.execute(() -> run(id, parsed, file));
        return find(id).orElseThrow();
    }

    /** The raw payload: the upload as received, kept (before the job ends) whether or not every row imported. */
    private void keepSource(UUID id, ImportFormat format, Path file) {
        try {
            sources.keep(id, format, file);
        } catch (RuntimeException e) {
            log.warn("Could not keep the source of import {} ({})", id, file, e);
            deleteQuietly(file);
        }
        // each instance keeps the sources of the imports it ran, so it also lets the expired ones go
        sources.deleteExpired(clock.instant());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file, e);
        }
    }

    /** Imports provider items now, on the caller's thread (the benchmark, tests). */
    public ImportJob importItems(ImportFormat format, String name, Iterator<JsonNode> items) {
        UUID id = open(format, name);
        return importItems(id, format, items, () -> 0);
    }

    /**
     * Opens a running job for items that are not there yet (a scraper run being polled): {@link #waiting} shows its
     * progress meanwhile, {@link #importItems(UUID, ImportFormat, Iterator, java.util.function.IntSupplier)} imports
     * them, {@link #failed} ends it.
     */
    public UUID open(ImportFormat format, String name) {
        UUID id = create(format, name, null);
        jdbc.sql("update intel.imports set status = 'RUNNING' where id = ?")
                .param(id)
                .update();
        return id;
    }

    /** The progress of a job still waiting for its items, with what it waits for. */
    public void waiting(UUID id, int progress, String message) {
        jdbc.sql("update intel.imports set progress = ?, message = ? where id = ? and status = 'RUNNING'")
                .params(Math.max(0, Math.min(99, progress)), message, id)
                .update();
    }

    /** Ends a job that failed before its items could be read. */
    public void failed(UUID id, Exception e) {
        new Run(id, ImportFormat.APIFY_RUN).fail(e);
    }

    /** Imports items into an open job on the caller's thread; {@code progress} says how far the items are read. */
    public ImportJob importItems(
            UUID id, ImportFormat format, Iterator<JsonNode> items, java.util.function.IntSupplier progress) {
        Run run = new Run(id, format);
        run.progress = progress;
        // the raw payload: every item as received, one per line, line numbers as the job's row errors count them
        try (java.io.Writer source = sources.lines(id)) {
            int index = 0;
            while (items.hasNext()) {
                JsonNode item = items.next();
                index++;
                source.write(item.toString());
                source.write('\n');
                run.item(index, item);
            }
            sources.deleteExpired(clock.instant());
            run.finish(null);
        } catch (IOException e) {
            run.fail(new UncheckedIOException(e));
        } catch (RuntimeException e) {
            run.fail(e);
        }
        return find(id).orElseThrow();
    }

    public Optional<ImportJob> find(UUID id) {
        return jdbc.sql("select * from intel.imports where id = ?")
                .param(id)
                .query((rs, n) -> new ImportJob(
                        rs.getObject("id", UUID.class),
                        rs.getString("format"),
                        rs.getString("filename"),
                        rs.getString("status"),
                        rs.getInt("progress"),
                        rs.getInt("total_rows"),
                        rs.getInt("processed"),
                        rs.getInt("inserted"),
                        rs.getInt("updated"),
                        rs.getInt("duplicates"),
                        rs.getInt("failed"),
                        errors(rs.getString("errors")),
                        rs.getString("message"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("finished_at") == null
                                ? null
                                : rs.getTimestamp("finished_at").toInstant()))
                .optional();
    }

    public List<ImportJob> recent(int limit) {
        return jdbc
                .sql("select id from intel.imports order by created_at desc limit ?")
                .param(limit)
                .query(UUID.class)
                .list()
                .stream()
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    /** A row error as stored: the message code and its arguments. */
    record StoredError(int line, String code, List<String> args) {}

    private List<ImportJob.RowError> errors(String text) {
        List<ImportJob.RowError> list = new ArrayList<>();
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        for (JsonNode e : json.readTree(text)) {
            String code = e.path("code").asString(null);
            List<String> args = new ArrayList<>();
            e.path("args").forEach(a -> args.add(a.asString()));
            String reason = code == null
                    ? e.path("reason").asString()
                    : messages.getMessage(code, args.toArray(), code + " " + args, locale);
            list.add(new ImportJob.RowError(e.path("line").asInt(), code, reason));
        }
        return list;
    }

    private UUID create(ImportFormat format, String filename, UUID userId) {
        UUID id = Ids.newId();
        jdbc.sql(
                        """
                        insert into intel.imports (id, format, filename, status, created_by, created_at)
                        values (?, ?, ?, 'QUEUED', ?, ?)
                        """)
                .params(
                        id,
                        format.code(),
                        filename == null ? null : filename.substring(0, Math.min(300, filename.length())),
                        userId,
                        java.sql.Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    private void run(UUID id, ImportFormat format, Path file) {
        Run run = new Run(id, format);
        try {
            jdbc.sql("update intel.imports set status = 'RUNNING' where id = ?")
                    .param(id)
                    .update();
            long size = Files.size(file);
            try (CountingStream counting = new CountingStream(Files.newInputStream(file));
                    java.io.BufferedInputStream in = new java.io.BufferedInputStream(counting, 1 << 16)) {
                run.progress = () -> (int) Math.min(99, counting.count * 100 / Math.max(1, size));
                switch (format) {
                    case APIFY_JSON -> readJson(in, run);
                    case APIFY_CSV -> readApifyCsv(utf8(in), run);
                    case CURATION_CSV -> readCuration(utf8(in), run);
                    default -> throw new IllegalStateException(format.code());
                }
            } finally {
                keepSource(id, format, file);
            }
            run.finish(null);
        } catch (IOException | RuntimeException e) {
            run.fail(e);
        }
    }

    private static BufferedReader utf8(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    /**
     * A JSON array is parsed from the bytes (Jackson's UTF-8 parser, no decoding into characters first); anything
     * else is read as JSON Lines.
     */
    private void readJson(java.io.BufferedInputStream in, Run run) {
        int first;
        try {
            in.mark(1 << 15);
            do {
                first = in.read();
            } while (first == 0xEF || first == 0xBB || first == 0xBF || Character.isWhitespace(first));
            in.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (first == '[') {
            try (JsonParser parser = json.createParser(in)) {
                parser.nextToken();
                try {
                    JsonToken token;
                    while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                        int line = parser.currentTokenLocation().getLineNr();
                        JsonNode node = ApifyItems.parse(parser);
                        run.item(line, node);
                    }
                } catch (JacksonException e) {
                    int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                    run.reject(line, "intel.row.json-malformed-rest", e.getOriginalMessage());
                }
            }
            return;
        }
        // JSON Lines: a broken line costs only that line
        BufferedReader reader = utf8(in);
        try {
            String text;
            int line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1); // a byte order mark some editors write
                }
                if (text.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = json.readTree(text);
                } catch (JacksonException e) {
                    run.reject(line, "intel.row.json-malformed", e.getOriginalMessage());
                    continue;
                }
                run.item(line, node);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readApifyCsv(BufferedReader reader, Run run) {
        CsvRecords records = new CsvRecords(reader);
        CsvRecords.Record header = records.next();
        if (header == null) {
            return;
        }
        List<String> columns = header.fields().stream().map(String::strip).toList();
        for (CsvRecords.Record record = records.next(); record != null; record = records.next()) {
            if (record.problem() != null) {
                run.reject(record.line(), "intel.row.csv-malformed", record.problem());
                continue;
            }
            if (record.fields().size() > columns.size()) {
                run.reject(
                        record.line(),
                        "intel.row.csv-too-many-fields",
                        record.fields().size(),
                        columns.size());
                continue;
            }
            ObjectNode item = ApifyItems.fromCsvRow(columns, record.fields());
            run.item(record.line(), item);
        }
    }

    private void readCuration(BufferedReader reader, Run run) {
        CsvRecords records = new CsvRecords(reader);
        CsvRecords.Record header = records.next();
        if (header == null) {
            return;
        }
        List<String> columns = header.fields().stream()
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .toList();
        if (!columns.contains("handle")) {
            run.error(header.line(), "intel.row.curation-needs-handle");
            return;
        }
        for (CsvRecords.Record record = records.next(); record != null; record = records.next()) {
            run.rows++;
            if (record.problem() != null) {
                run.error(record.line(), "intel.row.csv-malformed", record.problem());
                continue;
            }
            try {
                curate(columns, record.fields());
                run.updated++;
            } catch (DomainException e) {
                run.error(record.line(), e.code(), e.args());
            } catch (ApifyItems.BadItem e) {
                run.error(record.line(), e.code, e.args);
            }
            run.maybeReport();
        }
    }

    private void curate(List<String> columns, List<String> fields) {
        java.util.function.Function<String, String> cell = name -> {
            int i = columns.indexOf(name);
            return i < 0 || i >= fields.size() || fields.get(i).isBlank()
                    ? null
                    : fields.get(i).strip();
        };
        String handle = cell.apply("handle");
        if (handle == null) {
            throw new ApifyItems.BadItem("intel.row.handle-empty", "handle is empty");
        }
        UUID account = curation.accountByHandle(handle)
                .orElseThrow(
                        () -> new ApifyItems.BadItem("intel.row.account-unknown", "unknown account " + handle, handle));
        String factory = cell.apply("factory_id");
        if (factory != null) {
            UUID factoryId;
            if (factory.equals("-")) {
                factoryId = null;
            } else {
                try {
                    factoryId = UUID.fromString(factory);
                } catch (IllegalArgumentException e) {
                    throw new ApifyItems.BadItem(
                            "intel.row.factory-id-invalid",
                            "factory_id '" + factory + "' is not a UUID (or - to unlink)",
                            factory);
                }
            }
            curation.linkFactory(account, factoryId);
        }
        // profile corrections: the columns present replace the account's values, through the same method as the page
        List<String> profile = List.of("nickname", "profile_url", "bio", "bio_link", "followers", "verified", "seller");
        if (profile.stream().anyMatch(c -> cell.apply(c) != null)) {
            CurationService.CuratedAccount a = curation.account(account);
            curation.updateAccount(
                    account,
                    new CurationService.AccountFields(
                            a.handle(),
                            orElse(cell.apply("nickname"), a.nickname()),
                            orElse(cell.apply("profile_url"), a.profileUrl()),
                            orElse(cell.apply("bio"), a.bio()),
                            orElse(cell.apply("bio_link"), a.bioLink()),
                            Optional.ofNullable(count(cell, "followers")).orElse(a.followers()),
                            flag(cell, "verified", a.verified()),
                            flag(cell, "seller", a.seller()),
                            a.factoryId()));
        }
        String url = cell.apply("video_url");
        String industry = cell.apply("industry");
        String product = cell.apply("product");
        String country = cell.apply("country");
        List<String> content = List.of("text", "plays", "likes", "shares", "comments", "saves");
        boolean contentGiven = content.stream().anyMatch(c -> cell.apply(c) != null);
        if (url != null) {
            Matcher m = VIDEO_ID.matcher(url);
            String videoId = m.find() ? m.group(1) : url.matches("\\d{6,25}") ? url : null;
            if (videoId == null) {
                throw new ApifyItems.BadItem(
                        "intel.row.video-url-invalid", "video_url '" + url + "' names no TikTok video", url);
            }
            UUID video = curation.videoByPlatformId(videoId)
                    .orElseThrow(() ->
                            new ApifyItems.BadItem("intel.row.video-unknown", "unknown video " + videoId, videoId));
            if (contentGiven) {
                curation.updateVideo(
                        video,
                        new CurationService.VideoFields(
                                cell.apply("text"),
                                null,
                                null,
                                null,
                                count(cell, "plays"),
                                count(cell, "likes"),
                                count(cell, "shares"),
                                count(cell, "comments"),
                                count(cell, "saves"),
                                industry,
                                product,
                                country,
                                cell.apply("note")),
                        null);
            } else if (industry != null || product != null || country != null) {
                curation.label(
                        video, new CurationService.LabelChange(industry, product, country, cell.apply("note")), null);
            }
        } else if (industry != null || product != null || country != null || contentGiven) {
            throw new ApifyItems.BadItem("intel.row.labels-need-video", "labels need a video_url");
        }
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }

    /** A count column's value, null when the cell is empty. */
    private static Long count(java.util.function.Function<String, String> cell, String column) {
        String value = cell.apply(column);
        if (value == null) {
            return null;
        }
        Long parsed = Counts.parse(value);
        if (parsed == null || parsed < 0) {
            throw new ApifyItems.BadItem("intel.row.count-invalid", column + " '" + value + "'", column, value);
        }
        return parsed;
    }

    private static boolean flag(java.util.function.Function<String, String> cell, String column, boolean fallback) {
        String value = cell.apply(column);
        if (value == null) {
            return fallback;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "是" -> true;
            case "false", "no", "0", "否" -> false;
            default ->
                throw new ApifyItems.BadItem("intel.row.flag-invalid", column + " '" + value + "'", column, value);
        };
    }

    /** The state of one running import: the reader thread parses, the writer threads label and write. */
    private final class Run {
        final UUID id;
        final ImportFormat format;
        final List<VideoItem> batch = new ArrayList<>();
        final List<StoredError> errors = new ArrayList<>();
        /** The latest profile of every account the written batches touched: applied once, at the end. */
        final VideoStore.Profiles profiles = new VideoStore.Profiles();
        /** Each writer's memory across its batches (only that writer's thread uses it). */
        final List<VideoStore.Deferred> deferred = java.util.stream.Stream.generate(VideoStore.Deferred::new)
                .limit(writers.size())
                .toList();

        final Instant startedAt = clock.instant();
        final java.util.ArrayDeque<Pending> pending = new java.util.ArrayDeque<>();
        final long started = System.nanoTime();
        java.util.function.IntSupplier progress = () -> 0;
        int rows;
        int processed;
        int inserted;
        int updated;
        int duplicates;
        int failed;
        long lastReport = System.nanoTime();
        long labelNanos;
        long waitNanos;
        long accountNanos;
        long copyNanos;
        long mergeNanos;

        /** A batch handed to the writer. */
        record Pending(int size, java.util.concurrent.Future<Written> result) {}

        /** A batch as its writer labelled and wrote it. */
        record Written(VideoStore.Prepared prepared, VideoStore.BatchResult result, long labelNanos) {}

        Run(UUID id, ImportFormat format) {
            this.id = id;
            this.format = format;
        }

        void item(int line, JsonNode node) {
            rows++;
            try {
                batch.add(ApifyItems.read(node));
            } catch (ApifyItems.BadItem e) {
                error(line, e.code, e.args);
            }
            if (batch.size() >= properties.importBatchSize()) {
                flush();
            }
        }

        /** A row the reader could not even take apart. */
        void reject(int line, String code, Object... args) {
            rows++;
            error(line, code, args);
        }

        /** Kept as a message code and its arguments, shown in the language of whoever reads the job. */
        void error(int line, String code, Object... args) {
            failed++;
            processed++;
            if (errors.size() < MAX_ERRORS) {
                errors.add(new StoredError(
                        line,
                        code,
                        java.util.Arrays.stream(args).map(String::valueOf).toList()));
            }
        }

        /**
         * Hands the batch's videos to their accounts' stripes' writers, which label and write them, so parsing the next
         * batch overlaps the labelling and the database's work on this one; the reader goes on once the previous batch
         * is written.
         */
        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            int n = writers.size();
            List<List<VideoItem>> parts = new ArrayList<>(n);
            for (int w = 0; w < n; w++) {
                parts.add(new ArrayList<>(batch.size() / n + 16));
            }
            for (VideoItem item : batch) {
                parts.get(VideoStore.stripe(item.account().handle()) % n).add(item);
            }
            int submitted = 0;
            for (int w = 0; w < n; w++) {
                List<VideoItem> part = parts.get(w);
                if (part.isEmpty()) {
                    continue;
                }
                VideoStore.Deferred memory = deferred.get(w);
                pending.add(new Pending(part.size(), writers.get(w).submit(() -> {
                    long t = System.nanoTime();
                    VideoStore.Prepared prepared = store.prepare(part);
                    long labelled = System.nanoTime() - t;
                    return new Written(prepared, store.write(prepared, startedAt, false, memory), labelled);
                })));
                submitted++;
            }
            batch.clear();
            while (pending.size() > submitted) {
                collect(pending.removeFirst());
            }
            maybeReport();
        }

        void collect(Pending batch) {
            long t = System.nanoTime();
            Written written;
            try {
                written = Tasks.await(batch.result());
            } finally {
                waitNanos += System.nanoTime() - t;
            }
            VideoStore.BatchResult result = written.result();
            processed += batch.size();
            inserted += result.inserted();
            updated += result.updated();
            duplicates += result.duplicates();
            labelNanos += written.labelNanos();
            accountNanos += result.accountNanos();
            copyNanos += result.copyNanos();
            mergeNanos += result.mergeNanos();
            // collected in the order the batches were read, and an account's batches go to one writer in that order
            profiles.add(written.prepared());
        }

        /**
         * The written batches' accounts (their latest profiles, their figures of the day) and every change they left
         * pending, once per import.
         */
        void finishBatches() {
            // each writer its own stripes, side by side, while this thread folds the daily figures
            int n = writers.size();
            List<java.util.concurrent.Future<?>> done = new ArrayList<>(n);
            for (int w = 0; w < n; w++) {
                int writer = w;
                int[] stripes = java.util.stream.IntStream.range(0, VideoStore.STRIPES)
                        .filter(s -> s % n == writer)
                        .toArray();
                done.add(writers.get(w).submit(() -> store.finish(profiles, startedAt, stripes)));
            }
            RuntimeException failure = null;
            try {
                store.foldFigures();
            } catch (RuntimeException e) {
                failure = e;
            }
            for (java.util.concurrent.Future<?> f : done) {
                try {
                    Tasks.await(f);
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            profiles.clear();
            if (failure != null) {
                throw failure;
            }
        }

        void drain() {
            while (!pending.isEmpty()) {
                collect(pending.removeFirst());
            }
        }

        void maybeReport() {
            if (System.nanoTime() - lastReport > 500_000_000L) {
                report("RUNNING", progress.getAsInt(), null);
                lastReport = System.nanoTime();
            }
        }

        void finish(String message) {
            flush();
            drain();
            long end = System.nanoTime();
            finishBatches();
            end = System.nanoTime() - end;
            if (format == ImportFormat.CURATION_CSV) {
                processed = rows;
            }
            report("DONE", 100, message);
            long total = System.nanoTime() - started;
            log.info(
                    "Import {} ({}): {} rows in {} ms; reader: parse {} ms, waiting for the writers {} ms;"
                            + " writers: labels {} ms, accounts {} ms, copy {} ms, merge {} ms; end (profiles, folds) {} ms",
                    id,
                    format.code(),
                    rows,
                    total / 1_000_000,
                    (total - waitNanos - end) / 1_000_000, // the end is not the reader's
                    waitNanos / 1_000_000,
                    labelNanos / 1_000_000,
                    accountNanos / 1_000_000,
                    copyNanos / 1_000_000,
                    mergeNanos / 1_000_000,
                    end / 1_000_000);
        }

        void fail(Exception e) {
            log.warn("Import {} failed", id, e);
            batch.clear();
            while (!pending.isEmpty()) {
                try {
                    collect(pending.removeFirst());
                } catch (RuntimeException ignored) {
                    // the first failure is what gets reported
                }
            }
            try {
                finishBatches(); // of the batches that were written
            } catch (RuntimeException ignored) {
                // the failure above is what gets reported (their pending changes are folded by the next writer)
            }
            report("FAILED", progress.getAsInt(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }

        void report(String status, int percent, String message) {
            boolean done = !status.equals("RUNNING");
            jdbc.sql(
                            """
                            update intel.imports set status = ?, progress = ?, total_rows = ?, processed = ?,
                                inserted = ?, updated = ?, duplicates = ?, failed = ?, errors = ?::jsonb, message = ?,
                                finished_at = ?
                            where id = ?
                            """)
                    .params(
                            status,
                            percent,
                            rows,
                            processed,
                            inserted,
                            updated,
                            duplicates,
                            failed,
                            json.writeValueAsString(errors),
                            message == null ? null : message.substring(0, Math.min(1000, message.length())),
                            done ? java.sql.Timestamp.from(clock.instant()) : null,
                            id)
                    .update();
        }
    }

    private static final class CountingStream extends FilterInputStream {
        volatile long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
