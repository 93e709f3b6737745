package com.realsourcing.intel.domain;

import com.realsourcing.directory.api.CountryView;
import com.realsourcing.directory.api.ExportIndustryView;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * China's exports by HS chapter and partner country, the third leg of the "where to export" score (seed 000's 出口建议)
 * next to TikTok demand and competition. Operators import a licensed trade table — a UN Comtrade extract (columns
 * {@code refYear, reporterISO, flowCode, partnerISO, cmdCode, primaryValue}, China as reporter, exports, 2-digit HS)
 * or the simple template {@code year, hs_chapter, partner, export_usd} — and the newest import is used. Until one is
 * imported the application ships a deterministic synthetic table, marked synthetic wherever it is shown.
 */
@Service
public class TradeFlows implements ApplicationRunner {

    /** One source as operators see it. */
    public record Source(
            UUID id, String name, String licence, boolean synthetic, int rows, java.time.Instant importedAt) {}

    /** An industry's exports per partner in the source's latest year. */
    public record Table(Source source, int year, Map<String, BigDecimal> byPartner) {

        public BigDecimal max() {
            return byPartner.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        }
    }

    /** A rejected row: its line, a stable code and the message in the caller's language. */
    public record RowError(int line, String code, String message) {}

    public record ImportResult(Source source, int imported, int skipped, List<RowError> errors) {}

    static final String SYNTHETIC_NAME = "合成示例贸易表 Synthetic sample trade table";
    private static final int MAX_ERRORS = 200;
    private static final Logger log = LoggerFactory.getLogger(TradeFlows.class);

    private final JdbcClient jdbc;
    private final IntelReference reference;
    private final TransactionTemplate tx;
    private final MessageSource messages;
    private final Clock clock;
    private final Map<String, Optional<Table>> cache = new ConcurrentHashMap<>();

    TradeFlows(JdbcClient jdbc, IntelReference reference, TransactionTemplate tx, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.reference = reference;
        this.tx = tx;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensureSynthetic();
    }

    /** Writes the synthetic table once, so the score has a (labelled) trade leg on a fresh installation. */
    void ensureSynthetic() {
        tx.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('intel.trade_sources.synthetic'))")
                    .query()
                    .singleRow();
            boolean present = jdbc.sql("select exists (select 1 from intel.trade_sources where synthetic)")
                    .query(Boolean.class)
                    .single();
            if (!present) {
                UUID id = Ids.newId();
                List<Object[]> rows = syntheticRows();
                insertSource(id, SYNTHETIC_NAME, "合成数据，仅供演示，非海关统计 / synthetic, for demonstration only", true, null);
                insertRows(id, rows);
                jdbc.sql("update intel.trade_sources set rows = ? where id = ?")
                        .params(rows.size(), id)
                        .update();
                log.info("Synthetic trade table written: {} rows", rows.size());
            }
        });
        cache.clear();
    }

    /** Partners with rough shares of China's exports; the values are invented, only their scale is plausible. */
    private static final String[][] PARTNERS = {
        {"US", "14.8"}, {"HK", "8.0"}, {"JP", "4.7"}, {"KR", "4.4"}, {"VN", "4.1"}, {"IN", "3.4"}, {"RU", "3.2"},
        {"DE", "3.1"}, {"NL", "2.3"}, {"MY", "2.3"}, {"MX", "2.2"}, {"GB", "2.2"}, {"SG", "2.2"}, {"AU", "2.2"},
        {"TH", "2.1"}, {"ID", "1.9"}, {"PH", "1.6"}, {"BR", "1.6"}, {"AE", "1.6"}, {"SA", "1.3"}, {"CA", "1.3"},
        {"FR", "1.2"}, {"ES", "1.1"}, {"TR", "1.1"}, {"IT", "1.0"}, {"PL", "0.9"}, {"BE", "0.9"}, {"BD", "0.7"},
        {"ZA", "0.7"}, {"KZ", "0.7"}, {"PK", "0.6"}, {"NG", "0.6"}, {"CL", "0.6"}, {"EG", "0.5"}, {"IL", "0.5"},
        {"CO", "0.5"}, {"PE", "0.4"}, {"KH", "0.4"}, {"MM", "0.4"}, {"SE", "0.3"}, {"AR", "0.3"}, {"NZ", "0.3"},
        {"GH", "0.3"}, {"DZ", "0.3"}, {"UZ", "0.3"}, {"KE", "0.2"}, {"TZ", "0.2"}, {"MA", "0.2"}, {"ET", "0.1"}
    };

    static List<Object[]> syntheticRows() {
        Random random = new Random(2024);
        double total = 3.4e12; // about China's yearly exports in USD
        List<Object[]> rows = new ArrayList<>();
        double[] chapterWeight = new double[98];
        double sum = 0;
        for (int c = 1; c <= 97; c++) {
            // Machinery, electrical goods, furniture, plastics, apparel, vehicles weigh most in China's exports.
            double base =
                    switch (c) {
                        case 84, 85 -> 25;
                        case 94, 39, 61, 62, 87, 73, 95, 90, 64 -> 4;
                        case 77 -> 0; // reserved chapter
                        default -> 0.6;
                    };
            chapterWeight[c] = base * Math.exp(random.nextGaussian() * 0.3);
            sum += chapterWeight[c];
        }
        for (int c = 1; c <= 97; c++) {
            if (chapterWeight[c] == 0) {
                continue;
            }
            for (String[] partner : PARTNERS) {
                double share = Double.parseDouble(partner[1]) / 100;
                double value = total * chapterWeight[c] / sum * share * Math.exp(random.nextGaussian() * 0.5);
                rows.add(new Object[] {
                    String.format(Locale.ROOT, "%02d", c),
                    partner[0],
                    2024,
                    BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP)
                });
            }
        }
        return rows;
    }

    /**
     * The industry's exports per partner from the newest imported source (else the synthetic one). Cached per source
     * and industry; which source is current is asked every time (one index look-up), so an import on another
     * instance is picked up at once.
     */
    public Optional<Table> table(String industry) {
        if (industry == null) {
            return Optional.empty();
        }
        Optional<Source> source = jdbc.sql(
                        "select id, name, licence, synthetic, rows, imported_at from intel.trade_sources"
                                + " order by synthetic, imported_at desc limit 1")
                .query(Source.class)
                .optional();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        if (cache.size() > 1000) {
            cache.clear();
        }
        return cache.computeIfAbsent(source.get().id() + "|" + industry, key -> load(source.get(), industry));
    }

    private Optional<Table> load(Source current, String industry) {
        Optional<Source> source = Optional.of(current);
        List<String> chapters = reference
                .industry(industry)
                .map(i -> i.hsChapters().stream()
                        .map(ExportIndustryView.HsChapterView::chapter)
                        .toList())
                .orElse(List.of());
        if (chapters.isEmpty()) {
            return Optional.empty();
        }
        UUID id = source.get().id();
        Integer year = jdbc.sql("select max(year) from intel.trade_flows where source_id = ?")
                .param(id)
                .query(Integer.class)
                .optional()
                .orElse(null);
        if (year == null) {
            return Optional.empty();
        }
        Map<String, BigDecimal> byPartner = new LinkedHashMap<>();
        jdbc.sql("select partner, sum(export_usd) from intel.trade_flows where source_id = ? and year = ?"
                        + " and hs_chapter = any(?) group by partner order by 2 desc")
                .params(id, year, chapters.toArray(String[]::new))
                .query((rs, n) -> byPartner.put(rs.getString(1), rs.getBigDecimal(2)))
                .list();
        return byPartner.isEmpty() ? Optional.empty() : Optional.of(new Table(source.get(), year, byPartner));
    }

    public List<Source> sources() {
        return jdbc.sql("select id, name, licence, synthetic, rows, imported_at from intel.trade_sources"
                        + " order by synthetic, imported_at desc")
                .query(Source.class)
                .list();
    }

    /**
     * Imports a trade table as a new source (a source of the same name is replaced): good rows are kept, bad ones
     * listed with their line and reason; rows that are not China's exports at HS chapter level (other reporters,
     * imports, totals, 4- and 6-digit codes, the World partner) are skipped, not errors.
     */
    public ImportResult importCsv(InputStream in, String name, String licence, UUID user) {
        if (name == null || name.isBlank()) {
            throw DomainException.invalidField("name", "intel.trade-source-name-required");
        }
        if (licence == null || licence.isBlank()) {
            throw DomainException.invalidField("licence", "intel.trade-licence-required");
        }
        CsvRecords csv = new CsvRecords(new InputStreamReader(in, StandardCharsets.UTF_8));
        CsvRecords.Record header = csv.next();
        if (header == null) {
            throw DomainException.badRequest("intel.import-file-empty");
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            columns.put(header.fields().get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        boolean comtrade = columns.keySet()
                .containsAll(List.of("refyear", "reporteriso", "flowcode", "partneriso", "cmdcode", "primaryvalue"));
        boolean template = columns.keySet().containsAll(List.of("year", "hs_chapter", "partner", "export_usd"));
        if (!comtrade && !template) {
            throw DomainException.invalidField("file", "intel.trade-header-unknown");
        }
        Map<String, String> alpha3 = new HashMap<>();
        for (CountryView c : reference.countries()) {
            alpha3.put(c.alpha3().toUpperCase(Locale.ROOT), c.alpha2().toUpperCase(Locale.ROOT));
        }
        Map<String, Object[]> rows = new LinkedHashMap<>();
        List<RowError> errors = new ArrayList<>();
        int skipped = 0;
        for (CsvRecords.Record record = csv.next(); record != null; record = csv.next()) {
            if (record.problem() != null) {
                error(errors, record.line(), "intel.trade-row-malformed", record.problem());
                continue;
            }
            List<String> fields = record.fields();
            java.util.function.Function<String, String> cell = col -> {
                Integer i = columns.get(col);
                return i == null || i >= fields.size() ? "" : fields.get(i).strip();
            };
            String yearText = cell.apply(comtrade ? "refyear" : "year");
            String chapter = cell.apply(comtrade ? "cmdcode" : "hs_chapter");
            String partner = cell.apply(comtrade ? "partneriso" : "partner").toUpperCase(Locale.ROOT);
            String valueText = cell.apply(comtrade ? "primaryvalue" : "export_usd");
            if (comtrade) {
                String reporter = cell.apply("reporteriso").toUpperCase(Locale.ROOT);
                String flow = cell.apply("flowcode").toUpperCase(Locale.ROOT);
                if (!(reporter.equals("CHN") || reporter.equals("156"))
                        || !flow.equals("X")
                        || !chapter.matches("\\d{2}")
                        || partner.equals("W00")
                        || partner.equals("WLD")) {
                    skipped++;
                    continue;
                }
            }
            int year;
            try {
                year = Integer.parseInt(yearText);
            } catch (NumberFormatException e) {
                error(errors, record.line(), "intel.trade-row-year", yearText);
                continue;
            }
            if (year < 1990 || year > 2100) {
                error(errors, record.line(), "intel.trade-row-year", yearText);
                continue;
            }
            if (chapter.matches("\\d")) {
                chapter = "0" + chapter;
            }
            if (!chapter.matches("\\d{2}")
                    || Integer.parseInt(chapter) < 1
                    || Integer.parseInt(chapter) > 97
                    || chapter.equals("77")) {
                error(errors, record.line(), "intel.trade-row-chapter", chapter);
                continue;
            }
            String alpha2 = partner.length() == 3 ? alpha3.get(partner) : partner;
            if (alpha2 == null || reference.country(alpha2).isEmpty()) {
                error(errors, record.line(), "intel.trade-row-partner", partner);
                continue;
            }
            BigDecimal value;
            try {
                value = new BigDecimal(valueText.replace(",", ""));
            } catch (NumberFormatException e) {
                error(errors, record.line(), "intel.trade-row-value", valueText);
                continue;
            }
            if (value.signum() < 0) {
                error(errors, record.line(), "intel.trade-row-value", valueText);
                continue;
            }
            String key = chapter + alpha2 + year;
            Object[] existing = rows.get(key);
            if (existing != null) { // the same chapter, partner and year twice (e.g. split by mode of transport)
                existing[3] = ((BigDecimal) existing[3]).add(value);
            } else {
                rows.put(key, new Object[] {chapter, alpha2, year, value.setScale(2, RoundingMode.HALF_UP)});
            }
        }
        if (rows.isEmpty()) {
            return new ImportResult(null, 0, skipped, errors);
        }
        UUID id = Ids.newId();
        tx.executeWithoutResult(status -> {
            jdbc.sql("delete from intel.trade_sources where name = ? and not synthetic")
                    .param(name.strip())
                    .update();
            insertSource(id, name.strip(), licence.strip(), false, user);
            insertRows(id, new ArrayList<>(rows.values()));
            jdbc.sql("update intel.trade_sources set rows = ? where id = ?")
                    .params(rows.size(), id)
                    .update();
        });
        cache.clear();
        Source source =
                sources().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        return new ImportResult(source, rows.size(), skipped, errors);
    }

    private void error(List<RowError> errors, int line, String code, String given) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new RowError(
                    line, code, messages.getMessage(code, new Object[] {given}, LocaleContextHolder.getLocale())));
        }
    }

    private void insertSource(UUID id, String name, String licence, boolean synthetic, UUID user) {
        jdbc.sql("insert into intel.trade_sources (id, name, licence, synthetic, rows, imported_at, imported_by)"
                        + " values (?, ?, ?, ?, 0, ?, ?)")
                .params(id, name, licence, synthetic, Timestamp.from(clock.instant()), user)
                .update();
    }

    private void insertRows(UUID source, List<Object[]> rows) {
        String[] chapters = new String[rows.size()];
        String[] partners = new String[rows.size()];
        String[] years = new String[rows.size()];
        String[] values = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            chapters[i] = (String) rows.get(i)[0];
            partners[i] = (String) rows.get(i)[1];
            years[i] = rows.get(i)[2].toString();
            values[i] = ((BigDecimal) rows.get(i)[3]).toPlainString();
        }
        jdbc.sql("insert into intel.trade_flows (source_id, hs_chapter, partner, year, export_usd)"
                        + " select ?, c, p, y::int, v::numeric"
                        + " from unnest(?::text[], ?::text[], ?::text[], ?::text[]) as t(c, p, y, v)")
                .params(source, chapters, partners, years, values)
                .update();
    }
}
