package com.realsourcing.board.domain;

import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.security.Masking;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Service;

/**
 * Postings for operators' spreadsheets (数据可导出Excel): rows come from a server-side cursor a batch at a time, so an
 * export of any size holds one batch in memory. Personal data is masked on the way out: the street address, and a
 * phone number or e-mail address an author typed into a title.
 */
@Service
public class PostingExport {

    /** What to export; {@code from}/{@code to} are creation days (inclusive) in the board's zone. */
    public record Filter(PostingKind kind, PostingStatus status, LocalDate from, LocalDate to) {}

    /** One posting as the spreadsheet shows it (already masked). */
    public record Row(
            UUID id,
            PostingKind kind,
            PostingStatus status,
            String title,
            UUID organizationId,
            String provinceCode,
            String cityCode,
            String address,
            UUID categoryTagId,
            BigDecimal quantity,
            String unit,
            Integer headcount,
            int quoteCount,
            int applicationCount,
            int contactCount,
            int viewCount,
            Instant createdAt,
            Instant submittedAt,
            Instant publishedAt,
            Instant validUntil,
            String rejectionReason) {}

    static final int FETCH_SIZE = 1000;
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

    private final DataSource dataSource;
    private final ZoneId zone;

    PostingExport(DataSource dataSource, BoardProperties properties) {
        this.dataSource = dataSource;
        this.zone = properties.zone();
    }

    /** Refuses a filter whose range is backwards, before anything is streamed. */
    public Filter check(Filter filter) {
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw DomainException.badRequest(BoardAdminError.EXPORT_RANGE_INVALID);
        }
        return filter;
    }

    /**
     * Hands the matching postings, oldest first, to {@code sink} in batches of at most {@code batchSize}; returns how
     * many. The cursor has a connection of its own in one read-only transaction (PostgreSQL streams only inside one),
     * so whatever the sink looks up runs in short transactions of its own and no persistence context grows with the
     * export.
     */
    public long stream(Filter filter, int batchSize, Consumer<List<Row>> sink) {
        check(filter);
        StringBuilder sql = new StringBuilder(
                """
                select id, kind, status, title, organization_id, province_code, city_code, address_line,
                       category_tag_id, quantity, unit, headcount, quote_count, application_count, contact_count,
                       view_count, created_at, submitted_at, published_at, valid_until, rejection_reason
                from board.postings where true
                """);
        List<Object> params = new ArrayList<>();
        if (filter.kind() != null) {
            sql.append(" and kind = ?");
            params.add(filter.kind().name());
        }
        if (filter.status() != null) {
            sql.append(" and status = ?");
            params.add(filter.status().name());
        }
        if (filter.from() != null) {
            sql.append(" and created_at >= ?");
            params.add(startOf(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" and created_at < ?");
            params.add(startOf(filter.to().plusDays(1)));
        }
        sql.append(" order by created_at, id");
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                statement.setFetchSize(FETCH_SIZE);
                for (int i = 0; i < params.size(); i++) {
                    statement.setObject(i + 1, params.get(i));
                }
                long total = 0;
                List<Row> batch = new ArrayList<>(batchSize);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        batch.add(row(rs));
                        total++;
                        if (batch.size() == batchSize) {
                            sink.accept(List.copyOf(batch));
                            batch.clear();
                        }
                    }
                }
                if (!batch.isEmpty()) {
                    sink.accept(List.copyOf(batch));
                }
                return total;
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Posting export failed", e);
        }
    }

    private Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(zone).toInstant());
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getObject(1, UUID.class),
                PostingKind.valueOf(rs.getString(2)),
                PostingStatus.valueOf(rs.getString(3)),
                maskContacts(rs.getString(4)),
                rs.getObject(5, UUID.class),
                rs.getString(6),
                rs.getString(7),
                maskAddress(rs.getString(8)),
                rs.getObject(9, UUID.class),
                rs.getBigDecimal(10),
                rs.getString(11),
                (Integer) rs.getObject(12),
                rs.getInt(13),
                rs.getInt(14),
                rs.getInt(15),
                rs.getInt(16),
                instant(rs.getTimestamp(17)),
                instant(rs.getTimestamp(18)),
                instant(rs.getTimestamp(19)),
                instant(rs.getTimestamp(20)),
                maskContacts(rs.getString(21)));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** The first characters of a street address (the street, not the number), the rest starred. */
    static String maskAddress(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String a = address.strip();
        int keep = Math.min(6, a.length() / 2);
        return a.substring(0, keep) + "****";
    }

    /** Phone numbers and e-mail addresses inside free text, masked the way views mask them. */
    static String maskContacts(String text) {
        if (text == null) {
            return null;
        }
        String masked = replace(MOBILE.matcher(text), Masking::mobile);
        return replace(EMAIL.matcher(masked), Masking::email);
    }

    private static String replace(Matcher matcher, java.util.function.UnaryOperator<String> mask) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(mask.apply(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
