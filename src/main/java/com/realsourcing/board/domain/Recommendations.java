package com.realsourcing.board.domain;

import com.realsourcing.shared.security.AuthenticatedUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 推荐信息按用户浏览习惯展示 (seed 002 首页): what the user viewed lately (the last 30 postings) says which kinds,
 * categories, job types or processes and cities they care about; the strongest interests are searched for postings
 * they have not seen yet, and each suggestion carries the interest that brought it (so the page can say why). With no
 * history, the newest postings are suggested as such.
 */
@Service
public class Recommendations {

    /** Why a posting is suggested: the interest (kind, category, term or city) and its value. */
    public record Reason(String type, String value) {}

    public record Suggestion(Posting posting, Reason reason) {}

    private record Interest(String type, PostingSearch.Facet facet, String value, PostingKind kind) {}

    private static final int HISTORY = 30;

    private final JdbcClient jdbc;
    private final PostingSearch search;

    Recommendations(JdbcClient jdbc, PostingSearch search) {
        this.jdbc = jdbc;
        this.search = search;
    }

    @Transactional(readOnly = true)
    public List<Suggestion> forUser(AuthenticatedUser user, int limit) {
        List<Interest> interests = user == null ? List.of() : interests(user.userId());
        Set<UUID> seen = user == null ? Set.of() : viewed(user.userId());
        Map<UUID, Suggestion> picked = new LinkedHashMap<>();
        for (Interest interest : interests) {
            if (picked.size() >= limit) {
                break;
            }
            Map<PostingSearch.Facet, List<String>> filters = new LinkedHashMap<>();
            filters.put(PostingSearch.Facet.KIND, List.of(interest.kind().name()));
            if (interest.facet() != PostingSearch.Facet.KIND) {
                filters.put(interest.facet(), List.of(interest.value()));
            }
            var hits = search.search(new PostingSearch.Query(
                            null, filters, PostingSearch.SortOrder.NEWEST, null, null, 0, limit * 2, false))
                    .hits();
            for (var hit : hits) {
                Posting p = hit.posting();
                boolean own = user != null && p.getOrganizationId().equals(user.organizationId());
                if (!seen.contains(p.getId()) && !own && !picked.containsKey(p.getId()) && picked.size() < limit) {
                    picked.put(p.getId(), new Suggestion(p, new Reason(interest.type(), interest.value())));
                }
            }
        }
        if (picked.size() < limit) {
            var newest = search.search(new PostingSearch.Query(
                            null, Map.of(), PostingSearch.SortOrder.NEWEST, null, null, 0, limit * 2, false))
                    .hits();
            for (var hit : newest) {
                Posting p = hit.posting();
                boolean own = user != null && p.getOrganizationId().equals(user.organizationId());
                if (!seen.contains(p.getId()) && !own && !picked.containsKey(p.getId()) && picked.size() < limit) {
                    picked.put(p.getId(), new Suggestion(p, new Reason("NEWEST", null)));
                }
            }
        }
        return new ArrayList<>(picked.values());
    }

    /** The user's interests, strongest first: categories and terms before cities before bare kinds. */
    private List<Interest> interests(UUID userId) {
        record Viewed(PostingKind kind, UUID category, UUID[] terms, String city) {}
        List<Viewed> views = jdbc.sql(
                        """
                        select p.kind, p.category_tag_id, p.term_ids, p.city_code
                        from board.posting_views v join board.postings p on p.id = v.posting_id
                        where v.user_id = ? order by v.viewed_at desc limit ?
                        """)
                .params(userId, HISTORY)
                .query((rs, n) -> new Viewed(
                        PostingKind.valueOf(rs.getString(1)),
                        rs.getObject(2, UUID.class),
                        (UUID[]) rs.getArray(3).getArray(),
                        rs.getString(4)))
                .list();
        Map<Interest, Integer> counts = new LinkedHashMap<>();
        for (Viewed v : views) {
            if (v.category() != null) {
                counts.merge(
                        new Interest(
                                "CATEGORY",
                                PostingSearch.Facet.CATEGORY,
                                v.category().toString(),
                                v.kind()),
                        3,
                        Integer::sum);
            }
            for (UUID term : v.terms()) {
                counts.merge(
                        new Interest("TERM", PostingSearch.Facet.TERM, term.toString(), v.kind()), 3, Integer::sum);
            }
            if (v.city() != null) {
                counts.merge(new Interest("CITY", PostingSearch.Facet.CITY, v.city(), v.kind()), 2, Integer::sum);
            }
            counts.merge(new Interest("KIND", PostingSearch.Facet.KIND, v.kind().name(), v.kind()), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<Interest, Integer>comparingByValue().reversed())
                .limit(6)
                .map(Map.Entry::getKey)
                .toList();
    }

    private Set<UUID> viewed(UUID userId) {
        return new LinkedHashSet<>(jdbc.sql("select posting_id from board.posting_views where user_id = ?")
                .param(userId)
                .query(UUID.class)
                .list());
    }
}
