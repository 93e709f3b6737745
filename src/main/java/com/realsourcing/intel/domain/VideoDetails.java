package com.realsourcing.intel.domain;

import com.realsourcing.shared.domain.DomainException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One video with every label, where it came from (RULE or MANUAL) and why, and its metric history. */
@Service
public class VideoDetails {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    VideoDetails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record LabelView(String kind, String value, double confidence, String source, List<String> reasons) {}

    public record Snapshot(Instant takenAt, long plays, long likes, long shares, long comments, long saves) {}

    public record Details(
            MarketViews.VideoCard video,
            List<String> hashtags,
            String language,
            String location,
            Integer durationSeconds,
            String hsChapter,
            String region,
            List<String> qualityFlags,
            List<LabelView> labels,
            List<Snapshot> snapshots) {}

    public Details find(UUID id) {
        return jdbc.sql(
                        """
                        select v.*, a.handle, a.nickname, a.factory_id from intel.videos v
                        join intel.accounts a on a.id = v.account_id where v.id = ?
                        """)
                .param(id)
                .query((rs, n) -> {
                    List<LabelView> labels = new ArrayList<>();
                    List<ManualLabel> manual = manualLabels(id);
                    manual.forEach(m -> labels.add(new LabelView(
                            m.kind(),
                            m.value(),
                            1.0,
                            "MANUAL",
                            m.note() == null ? List.of("运营人工标注") : List.of("运营人工标注：" + m.note()))));
                    for (JsonNode label : json.readTree(rs.getString("rule_labels"))) {
                        List<String> reasons = new ArrayList<>();
                        label.path("reasons").forEach(r -> reasons.add(r.asString()));
                        labels.add(new LabelView(
                                label.path("kind").asString(),
                                label.path("value").asString(),
                                label.path("confidence").asDouble(),
                                "RULE",
                                reasons));
                    }
                    return new Details(
                            MarketQueries.videoCard(rs),
                            List.of((String[]) rs.getArray("hashtags").getArray()),
                            rs.getString("language"),
                            rs.getString("location"),
                            (Integer) rs.getObject("duration_seconds"),
                            rs.getString("hs_chapter"),
                            rs.getString("region"),
                            List.of((String[]) rs.getArray("quality_flags").getArray()),
                            labels,
                            snapshots(id));
                })
                .optional()
                .orElseThrow(() -> DomainException.notFound(IntelError.VIDEO_NOT_FOUND));
    }

    private record ManualLabel(String kind, String value, String note) {}

    private List<ManualLabel> manualLabels(UUID id) {
        return jdbc.sql("select kind, value, note from intel.manual_labels where video_id = ? order by kind")
                .param(id)
                .query((rs, n) -> new ManualLabel(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    private List<Snapshot> snapshots(UUID id) {
        return jdbc.sql(
                        """
                        select taken_at, plays, likes, shares, comments, saves from intel.video_snapshots
                        where video_id = ? order by taken_at
                        """)
                .param(id)
                .query((rs, n) -> new Snapshot(
                        rs.getTimestamp(1).toInstant(),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6)))
                .list();
    }
}
