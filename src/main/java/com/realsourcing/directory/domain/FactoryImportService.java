package com.realsourcing.directory.domain;

import com.realsourcing.shared.config.PlatformProperties;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.AuthenticatedUser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Operators seed the directory from public registries (such as the Open Apparel Registry): a CSV with a name, an
 * address, a country and optionally coordinates per row. Good rows become UNCLAIMED listings a factory can claim
 * through licence review; bad rows are reported with their line number and reason; rows with the same normalised
 * name and address are folded into one listing (also across imports). The work runs in the background; the job
 * shows its progress.
 */
@Service
public class FactoryImportService {

    private static final Logger log = LoggerFactory.getLogger(FactoryImportService.class);
    private static final int CHUNK = 1000;
    private static final int MAX_ERRORS_KEPT = 1000;

    /** A row the import could not take, with a message key and its arguments. */
    public record RowError(long line, String code, List<String> args) {}

    /** An import job as its page shows it. */
    public record ImportJob(
            UUID id,
            String filename,
            String status,
            int totalRows,
            int processedRows,
            int imported,
            int merged,
            int failed,
            List<RowError> errors,
            String failure,
            Instant createdAt,
            Instant startedAt,
            Instant finishedAt) {}

    private final JdbcClient jdbc;
    private final FactoryBulkWriter writer;
    private final Countries countries;
    private final ChineseAddresses addresses;
    private final DirectoryProperties properties;
    private final PlatformProperties platform;
    private final Executor executor;
    private final JsonMapper json;
    private final Clock clock;

    FactoryImportService(
            JdbcClient jdbc,
            FactoryBulkWriter writer,
            Countries countries,
            ChineseAddresses addresses,
            DirectoryProperties properties,
            PlatformProperties platform,
            @Qualifier("applicationTaskExecutor") Executor executor,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.countries = countries;
        this.addresses = addresses;
        this.properties = properties;
        this.platform = platform;
        this.executor = executor;
        this.json = json;
        this.clock = clock;
    }

    /** Keeps the upload in the data directory and starts the import; returns at once with the queued job. */
    public ImportJob start(AuthenticatedUser operator, String filename, InputStream content) {
        UUID id = Ids.newId();
        Path file;
        try {
            Path dir = platform.dataDir().resolve("imports");
            Files.createDirectories(dir);
            file = dir.resolve(id + ".csv");
            Files.copy(content, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.sql(
                        """
                        insert into directory.import_jobs (id, organization_id, created_by, filename, status, created_at)
                        values (?, ?, ?, ?, 'QUEUED', ?)
                        """)
                .params(
                        id,
                        operator.organizationId(),
                        operator.userId(),
                        filename == null ? "import.csv" : filename,
                        Timestamp.from(clock.instant()))
                .update();
        executor.execute(() -> run(id, file));
        return find(id).orElseThrow();
    }

    /** The latest imports, newest first, without their row errors. */
    public List<ImportJob> recent(int limit) {
        return jdbc.sql(
                        """
                        select id, filename, status, total_rows, processed_rows, imported, merged, failed, '[]' as errors,
                               failure, created_at, started_at, finished_at
                        from directory.import_jobs order by created_at desc, id desc limit ?
                        """)
                .param(limit)
                .query(this::job)
                .list();
    }

    public Optional<ImportJob> find(UUID id) {
        return jdbc.sql("select * from directory.import_jobs where id = ?")
                .param(id)
                .query(this::job)
                .optional();
    }

    private ImportJob job(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ImportJob(
                rs.getObject("id", UUID.class),
                rs.getString("filename"),
                rs.getString("status"),
                rs.getInt("total_rows"),
                rs.getInt("processed_rows"),
                rs.getInt("imported"),
                rs.getInt("merged"),
                rs.getInt("failed"),
                List.of(json.readValue(rs.getString("errors"), RowError[].class)),
                rs.getString("failure"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    void run(UUID jobId, Path file) {
        Instant started = clock.instant();
        List<RowError> errors = new ArrayList<>();
        int imported = 0;
        int merged = 0;
        int failed = 0;
        int processed = 0;
        try {
            int total = countDataRows(file);
            if (total > properties.importMaxRows()) {
                throw DomainException.badRequest(DirectoryError.IMPORT_FILE_INVALID, "> " + properties.importMaxRows());
            }
            jdbc.sql("update directory.import_jobs set status = 'RUNNING', started_at = ?, total_rows = ? where id = ?")
                    .params(Timestamp.from(started), total, jobId)
                    .update();
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                CsvRows csv = new CsvRows(reader);
                Map<String, Integer> header = csv.header();
                Integer nameColumn = column(header, "name", "factory_name", "facility_name", "company_name");
                if (nameColumn == null) {
                    throw DomainException.badRequest(DirectoryError.IMPORT_FILE_INVALID, "missing column: name");
                }
                Integer addressColumn = column(header, "address", "facility_address");
                Integer countryColumn = column(header, "country", "country_code", "country_name");
                Integer latColumn = column(header, "lat", "latitude");
                Integer lngColumn = column(header, "lng", "lon", "long", "longitude");
                List<FactoryBulkWriter.Row> chunk = new ArrayList<>(CHUNK);
                CsvRows.Record record;
                while ((record = csv.next()) != null) {
                    processed++;
                    try {
                        chunk.add(row(
                                record.get(nameColumn),
                                record.get(addressColumn),
                                record.get(countryColumn),
                                record.get(latColumn),
                                record.get(lngColumn),
                                started));
                    } catch (RowProblem problem) {
                        failed++;
                        if (errors.size() < MAX_ERRORS_KEPT) {
                            errors.add(new RowError(record.line(), problem.code, problem.args));
                        }
                    }
                    if (chunk.size() == CHUNK) {
                        FactoryBulkWriter.Outcome outcome = writer.write(chunk, clock.instant());
                        imported += outcome.inserted();
                        merged += outcome.merged();
                        chunk.clear();
                        progress(jobId, processed, imported, merged, failed, errors);
                    }
                }
                FactoryBulkWriter.Outcome outcome = writer.write(chunk, clock.instant());
                imported += outcome.inserted();
                merged += outcome.merged();
            }
            progress(jobId, processed, imported, merged, failed, errors);
            writer.index(FactorySource.IMPORT, started);
            jdbc.sql("update directory.import_jobs set status = 'DONE', finished_at = ? where id = ?")
                    .params(Timestamp.from(clock.instant()), jobId)
                    .update();
            log.info("Import {}: {} rows, {} new, {} merged, {} failed", jobId, processed, imported, merged, failed);
        } catch (DomainException e) {
            fail(jobId, e.code() + (e.args().length > 0 ? ": " + e.args()[0] : ""));
        } catch (IOException | RuntimeException e) {
            log.warn("Import {} failed", jobId, e);
            fail(jobId, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete {}", file, e);
            }
        }
    }

    private void progress(UUID jobId, int processed, int imported, int merged, int failed, List<RowError> errors) {
        jdbc.sql(
                        """
                        update directory.import_jobs set processed_rows = ?, imported = ?, merged = ?, failed = ?,
                            errors = cast(? as jsonb) where id = ?
                        """)
                .params(processed, imported, merged, failed, json.writeValueAsString(errors), jobId)
                .update();
    }

    private void fail(UUID jobId, String reason) {
        String text = reason.length() > 500 ? reason.substring(0, 500) : reason;
        jdbc.sql("update directory.import_jobs set status = 'FAILED', failure = ?, finished_at = ? where id = ?")
                .params(text, Timestamp.from(clock.instant()), jobId)
                .update();
    }

    private static final class RowProblem extends Exception {
        final String code;
        final List<String> args;

        RowProblem(String code, String... args) {
            super(code, null, false, false);
            this.code = code;
            this.args = List.of(args);
        }
    }

    FactoryBulkWriter.Row row(String name, String address, String country, String lat, String lng, Instant now)
            throws RowProblem {
        String cleanName = clean(name);
        if (cleanName == null) {
            throw new RowProblem("directory.import-name-missing");
        }
        if (cleanName.length() > 200) {
            throw new RowProblem("directory.import-name-too-long", "200");
        }
        String countryCode = countryCode(country);
        if (countryCode == null) {
            throw new RowProblem("directory.import-country-unknown", country == null ? "" : country);
        }
        if (!countryCode.equals("CN")) {
            throw new RowProblem("directory.import-country-not-china", country);
        }
        String cleanAddress = clean(address);
        if (cleanAddress != null && cleanAddress.length() > 300) {
            cleanAddress = cleanAddress.substring(0, 300);
        }
        Double latitude = coordinate(lat, 90, "lat");
        Double longitude = coordinate(lng, 180, "lng");
        if ((latitude == null) != (longitude == null)) {
            throw new RowProblem("directory.import-coordinates-incomplete");
        }
        ChineseAddresses.Place place = addresses.locate(cleanName + " " + (cleanAddress == null ? "" : cleanAddress));
        boolean chinese =
                cleanName.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return new FactoryBulkWriter.Row(
                Ids.newId(),
                FactoryStatus.UNCLAIMED,
                FactorySource.IMPORT,
                importKey(cleanName, cleanAddress),
                cleanName,
                chinese ? null : cleanName,
                null,
                place.provinceCode(),
                place.cityCode(),
                null,
                cleanAddress,
                countryCode,
                latitude,
                longitude,
                null,
                new UUID[0],
                new UUID[0],
                null,
                null,
                null,
                false,
                false,
                new String[0],
                place.keywords(),
                null,
                now,
                0);
    }

    private String countryCode(String value) {
        String v = clean(value);
        if (v == null) {
            return null;
        }
        if (v.length() == 2) {
            return countries.find(v).map(Countries.Country::code).orElse(null);
        }
        String lower = v.toLowerCase(Locale.ROOT);
        for (Countries.Country country : countries.all()) {
            if (country.nameEn().toLowerCase(Locale.ROOT).equals(lower)
                    || country.nameZh().equals(v)) {
                return country.code();
            }
        }
        return switch (lower) {
            case "china", "prc", "people's republic of china", "mainland china", "中国" -> "CN";
            case "vietnam" -> "VN";
            case "usa", "us", "united states" -> "US";
            case "uk", "united kingdom", "great britain" -> "GB";
            case "south korea", "korea" -> "KR";
            case "russia" -> "RU";
            case "taiwan" -> "TW";
            case "hong kong" -> "HK";
            case "turkey" -> "TR";
            default -> null;
        };
    }

    private static Double coordinate(String value, double limit, String field) throws RowProblem {
        String v = clean(value);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (Double.isNaN(d) || Math.abs(d) > limit) {
                throw new RowProblem("directory.import-coordinate-invalid", field, v);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new RowProblem("directory.import-coordinate-invalid", field, v);
        }
    }

    /**
     * The duplicate key: name and address folded to upper-case letters and digits (NFKC first, so full-width
     * characters match their half-width forms); punctuation, spaces and a trailing 'CO., LTD' spelling differ
     * freely.
     */
    static String importKey(String name, String address) {
        return fold(name) + "|" + fold(address == null ? "" : address);
    }

    private static String fold(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        String key = out.toString();
        return key.length() > 290 ? key.substring(0, 290) : key;
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        // Registries carry stray replacement characters and control codes from old encodings.
        String v = value.replaceAll("[\\p{Cc}\\uFFFD\\u25A1]", " ").strip().replaceAll("\\s+", " ");
        return v.isEmpty() ? null : v;
    }

    private static Integer column(Map<String, Integer> header, String... names) {
        for (String name : names) {
            Integer index = header.get(name);
            if (index != null) {
                return index;
            }
        }
        return null;
    }

    private static int countDataRows(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvRows csv = new CsvRows(reader);
            csv.header();
            int rows = 0;
            while (csv.next() != null) {
                rows++;
            }
            return rows;
        } catch (java.nio.charset.MalformedInputException e) {
            throw DomainException.badRequest(DirectoryError.IMPORT_FILE_INVALID, "not UTF-8");
        }
    }

    /** A streaming RFC 4180 reader that remembers the line each record starts on. */
    static final class CsvRows {

        record Record(long line, List<String> fields) {
            String get(Integer index) {
                return index == null || index >= fields.size() ? null : fields.get(index);
            }
        }

        private final BufferedReader reader;
        private long line;

        CsvRows(BufferedReader reader) {
            this.reader = reader;
        }

        CsvRows(InputStream in) {
            this(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        }

        Map<String, Integer> header() throws IOException {
            Record first = next();
            if (first == null) {
                throw DomainException.badRequest(DirectoryError.IMPORT_FILE_INVALID, "empty file");
            }
            Map<String, Integer> header = new HashMap<>();
            for (int i = 0; i < first.fields().size(); i++) {
                String name =
                        first.fields().get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
                header.putIfAbsent(name, i);
            }
            return header;
        }

        Record next() throws IOException {
            String text = reader.readLine();
            while (text != null && text.isBlank()) {
                line++;
                text = reader.readLine();
            }
            if (text == null) {
                return null;
            }
            line++;
            long start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            while (true) {
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (quoted) {
                        if (c == '"') {
                            if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                                field.append('"');
                                i++;
                            } else {
                                quoted = false;
                            }
                        } else {
                            field.append(c);
                        }
                    } else if (c == '"') {
                        quoted = true;
                    } else if (c == ',') {
                        fields.add(field.toString());
                        field.setLength(0);
                    } else {
                        field.append(c);
                    }
                }
                if (!quoted) {
                    break;
                }
                String more = reader.readLine();
                if (more == null) {
                    break;
                }
                line++;
                field.append('\n');
                text = more;
            }
            fields.add(field.toString());
            return new Record(start, fields);
        }
    }
}
