package com.realsourcing.board.domain;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.predicate.dsl.TypedSearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's search (seed 002 首页: 搜索栏支持产品/工种/工艺关键词检索): published postings over the Lucene index —
 * Chinese full text (smartcn) over titles, product, category, job type and process names, materials and
 * descriptions; filters by kind, province, city, category, job type or process, and kind-specific attributes;
 * facet counts; sorted by relevance, newest, distance from a place, or quantity.
 */
@Service
public class PostingSearch {

    /** Facet fields, in the order a page shows them. */
    public enum Facet {
        KIND("kind"),
        PROVINCE("province"),
        CITY("city"),
        CATEGORY("category"),
        TERM("term"),
        ATTRIBUTE("attribute");

        final String field;

        Facet(String field) {
            this.field = field;
        }
    }

    public enum SortOrder {
        RELEVANCE,
        NEWEST,
        DISTANCE,
        QUANTITY
    }

    /**
     * A query; an empty list means no filter on that facet (values within one facet are alternatives, facets
     * combine). {@code lat}/{@code lng} are needed for DISTANCE.
     */
    public record Query(
            String q,
            Map<Facet, List<String>> filters,
            SortOrder sort,
            Double lat,
            Double lng,
            int page,
            int size,
            boolean facets) {

        public Query {
            filters = Map.copyOf(filters);
        }
    }

    public record Hit(Posting posting, Double distanceKm) {}

    public record Result(List<Hit> hits, long total, Map<Facet, Map<String, Long>> facets) {}

    private static final int FACET_TERMS = 100;

    private final EntityManager entityManager;

    PostingSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public Result search(Query query) {
        SearchSession session = Search.session(entityManager);
        GeoPoint place = query.lat() != null && query.lng() != null ? GeoPoint.of(query.lat(), query.lng()) : null;
        Map<Facet, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            keys.put(facet, AggregationKey.of(facet.field));
        }
        var step = session.search(Posting.class)
                .select(f -> f.composite()
                        .from(
                                f.entity(Posting.class),
                                place == null
                                        ? f.constant((Double) null)
                                        : f.distance("location", place).unit(DistanceUnit.KILOMETERS))
                        .as(Hit::new))
                .where(f -> predicate(f, query, null));
        boolean keyword = query.q() != null && !query.q().isBlank();
        var sorted = step.sort(s -> switch (query.sort()) {
            case DISTANCE ->
                place == null
                        ? s.field("published_at").desc()
                        : s.distance("location", place)
                                .then()
                                .field("published_at")
                                .desc();
            case QUANTITY ->
                s.field("quantity")
                        .desc()
                        .missing()
                        .last()
                        .then()
                        .field("published_at")
                        .desc();
            case NEWEST -> s.field("published_at").desc();
            case RELEVANCE ->
                keyword
                        ? s.score().then().field("published_at").desc()
                        : s.field("published_at").desc();
        });
        if (query.facets()) {
            for (Facet facet : Facet.values()) {
                if (!isFiltered(query, facet)) {
                    sorted = sorted.aggregation(keys.get(facet), f -> f.terms()
                            .field(facet.field, String.class, ValueModel.INDEX)
                            .maxTermCount(FACET_TERMS));
                }
            }
        }
        SearchResult<Hit> result = sorted.fetch(query.page() * query.size(), query.size());
        Map<Facet, Map<String, Long>> facets = new LinkedHashMap<>();
        if (query.facets()) {
            for (Facet facet : Facet.values()) {
                if (isFiltered(query, facet)) {
                    // a selected facet is counted with every other filter but its own, so its alternatives show
                    facets.put(
                            facet,
                            session.search(Posting.class)
                                    .select(f -> f.id())
                                    .where(f -> predicate(f, query, facet))
                                    .aggregation(keys.get(facet), f -> f.terms()
                                            .field(facet.field, String.class, ValueModel.INDEX)
                                            .maxTermCount(FACET_TERMS))
                                    .fetch(0)
                                    .aggregation(keys.get(facet)));
                } else {
                    facets.put(facet, result.aggregation(keys.get(facet)));
                }
            }
        }
        return new Result(result.hits(), result.total().hitCount(), facets);
    }

    private static boolean isFiltered(Query query, Facet facet) {
        List<String> values = query.filters().get(facet);
        return values != null && !values.isEmpty();
    }

    private static <SR> PredicateFinalStep predicate(TypedSearchPredicateFactory<SR> f, Query query, Facet except) {
        var bool = f.bool();
        bool.filter(f.match().field("status").matching(PostingStatus.PUBLISHED));
        if (query.q() != null && !query.q().isBlank()) {
            bool.must(f.simpleQueryString()
                    .field("title")
                    .boost(3f)
                    .field("text")
                    .matching(query.q().strip())
                    .defaultOperator(BooleanOperator.AND)
                    .flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PREFIX));
        }
        for (Map.Entry<Facet, List<String>> filter : query.filters().entrySet()) {
            if (filter.getKey() != except && !filter.getValue().isEmpty()) {
                if (filter.getKey() == Facet.ATTRIBUTE) {
                    // attributes of different kinds combine (a daily wage with housing); alternatives are rare
                    filter.getValue()
                            .forEach(v ->
                                    bool.filter(f.match().field("attribute").matching(v)));
                } else {
                    bool.filter(
                            f.terms().field(filter.getKey().field).matchingAny(filter.getValue(), ValueModel.INDEX));
                }
            }
        }
        return bool;
    }

    /** Rebuilds the index from the database (when its directory was lost, or after bulk loads). */
    public void reindex() throws InterruptedException {
        Search.mapping(entityManager.getEntityManagerFactory())
                .scope(Posting.class)
                .massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(500)
                .startAndWait();
    }

    @Transactional(readOnly = true)
    public long countIndexed() {
        return Search.session(entityManager)
                .search(Posting.class)
                .where(f -> f.matchAll())
                .fetchTotalHitCount();
    }
}
