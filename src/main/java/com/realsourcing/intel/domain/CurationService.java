package com.realsourcing.intel.domain;

import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operators' corrections: link an account to a directory factory, and label a video by hand. A manual label is
 * stored with who set it, replaces the rule's value on the video at once (and in the daily figures of its day),
 * and survives every later import.
 */
@Service
public class CurationService {

    private final JdbcClient jdbc;
    private final IntelReference reference;
    private final VideoStore store;
    private final Clock clock;

    CurationService(JdbcClient jdbc, IntelReference reference, VideoStore store, Clock clock) {
        this.jdbc = jdbc;
        this.reference = reference;
        this.store = store;
        this.clock = clock;
    }

    /** A manual correction of a video; null leaves a label as it is. */
    public record LabelChange(String industry, String product, String country, String note) {}

    @Transactional
    public void linkFactory(UUID accountId, UUID factoryId) {
        int changed = jdbc.sql(
                        """
                        update intel.accounts set factory_id = ?, updated_at = ?,
                            quality_flags = array_remove(quality_flags, 'UNVERIFIED')
                              || case when ?::uuid is null and not verified then array['UNVERIFIED'] else '{}'::text[] end
                        where id = ?
                        """)
                .params(factoryId, java.sql.Timestamp.from(clock.instant()), factoryId, accountId)
                .update();
        if (changed == 0) {
            throw DomainException.notFound(IntelError.ACCOUNT_NOT_FOUND);
        }
    }

    public Optional<UUID> accountByHandle(String handle) {
        String h = handle.strip();
        h = h.startsWith("@") ? h.substring(1) : h;
        return jdbc.sql("select id from intel.accounts where platform = 'TIKTOK' and handle = ?")
                .param(h)
                .query(UUID.class)
                .optional();
    }

    public Optional<UUID> videoByPlatformId(String videoId) {
        return jdbc.sql("select id from intel.videos where platform = 'TIKTOK' and platform_video_id = ?")
                .param(videoId)
                .query(UUID.class)
                .optional();
    }

    @Transactional
    public void label(UUID videoId, LabelChange change, UUID userId) {
        VideoStore.FigureRow before = store.figureRow(videoId);
        if (before == null) {
            throw DomainException.notFound(IntelError.VIDEO_NOT_FOUND);
        }
        List<String> kinds = new ArrayList<>();
        if (change.industry() != null) {
            String industry = validIndustry(change.industry());
            jdbc.sql("update intel.videos set industry = ?, hs_chapter = null, industry_source = 'MANUAL' where id = ?")
                    .params(industry, videoId)
                    .update();
            save(videoId, "INDUSTRY", industry, change.note(), userId);
            kinds.add("INDUSTRY");
        }
        if (change.product() != null) {
            IntelReference.Product product = reference
                    .product(change.product())
                    .orElseThrow(() -> IntelError.invalidChoice(
                            "product",
                            IntelError.PRODUCT_UNKNOWN,
                            change.product(),
                            reference.products().stream()
                                    .map(IntelReference.Product::code)
                                    .toList()));
            jdbc.sql("update intel.videos set product = ?, product_source = 'MANUAL' where id = ?")
                    .params(product.code(), videoId)
                    .update();
            save(videoId, "PRODUCT", product.code(), change.note(), userId);
        }
        if (change.country() != null) {
            String country = change.country().strip().toUpperCase(Locale.ROOT);
            if (reference.country(country).isEmpty()) {
                throw DomainException.invalidField("country", IntelError.COUNTRY_UNKNOWN, change.country());
            }
            jdbc.sql("update intel.videos set country = ?, region = ?, country_source = 'MANUAL' where id = ?")
                    .params(country, reference.regionOf(country), videoId)
                    .update();
            save(videoId, "COUNTRY", country, change.note(), userId);
        }
        store.markMarket(videoId);
        moveFigures(videoId, before);
    }

    /** The video leaves its old slot of the daily figures and joins its new one (exact, by deltas). */
    private void moveFigures(UUID videoId, VideoStore.FigureRow before) {
        VideoStore.FigureRow after = store.figureRow(videoId);
        if (!after.equals(before)) {
            store.applyFigures(before, -1);
            store.applyFigures(after, 1);
        }
    }

    String validIndustry(String code) {
        return reference
                .industry(code)
                .orElseThrow(() -> IntelError.invalidChoice(
                        "industry",
                        IntelError.INDUSTRY_UNKNOWN,
                        code,
                        reference.industries().stream().map(i -> i.code()).toList()))
                .code();
    }

    private void save(UUID videoId, String kind, String value, String note, UUID userId) {
        jdbc.sql(
                        """
                        insert into intel.manual_labels (id, video_id, kind, value, note, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (video_id, kind) do update set value = excluded.value, note = excluded.note,
                            created_by = excluded.created_by, created_at = excluded.created_at
                        """)
                .params(Ids.newId(), videoId, kind, value, note, userId, java.sql.Timestamp.from(clock.instant()))
                .update();
    }
}
