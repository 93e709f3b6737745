package com.realsourcing.intel.domain;

import com.realsourcing.intel.domain.MarketViews.WeeklyReport;
import com.realsourcing.shared.config.PlatformProperties;
import com.realsourcing.shared.domain.DomainException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Public share links of stored weekly reports: a 256-bit random token kept with the report, so a customer who gets
 * the link (or scans the poster's QR code) reads that version on a phone without an account. Minting is idempotent:
 * the conditional update keeps the first token when two people share the same report at once.
 */
@Service
public class ReportShares {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final WeeklyReportArchive archive;
    private final PlatformProperties platform;
    private final Clock clock;

    ReportShares(JdbcClient jdbc, WeeklyReportArchive archive, PlatformProperties platform, Clock clock) {
        this.jdbc = jdbc;
        this.archive = archive;
        this.platform = platform;
        this.clock = clock;
    }

    /** A report's link; {@code created} is true for the call that minted it. */
    public record ShareLink(UUID reportId, String week, String token, String path, String url, boolean created) {}

    public ShareLink share(UUID reportId) {
        String week = jdbc.sql("select week from intel.weekly_reports where id = ?")
                .param(reportId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound(IntelError.REPORT_NOT_FOUND, reportId));
        String candidate = newToken();
        int minted = jdbc.sql("update intel.weekly_reports set share_token = ?, shared_at = ?"
                        + " where id = ? and share_token is null")
                .params(candidate, Timestamp.from(clock.instant()), reportId)
                .update();
        String token = jdbc.sql("select share_token from intel.weekly_reports where id = ?")
                .param(reportId)
                .query(String.class)
                .single();
        return new ShareLink(reportId, week, token, path(token), url(token), minted == 1);
    }

    /** The report a token opens; empty for an unknown token. */
    public Optional<WeeklyReport> open(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return jdbc.sql("select id from intel.weekly_reports where share_token = ?")
                .param(token)
                .query(UUID.class)
                .optional()
                .flatMap(archive::find);
    }

    /** The console's mobile page for a token. */
    public static String path(String token) {
        return "/r/" + token;
    }

    public String url(String token) {
        return platform.publicUrl().replaceAll("/+$", "") + path(token);
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
