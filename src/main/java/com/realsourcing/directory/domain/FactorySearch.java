package com.realsourcing.directory.domain;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
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
 * 工厂名录 search over the Lucene index: Chinese full text over names, tag names and product names, filters that
 * combine with AND across facets and OR within one facet, facet counts computed the way shoppers expect (a facet's
 * own selection does not shrink its own counts), and sorts by relevance, distance, newest and inquiry count.
 */
@Service
public class FactorySearch {

    /** Facet fields, in the order the page shows them. */
    public enum Facet {
        INDUSTRY("industry"),
        TAG("tag"),
        PROVINCE("province"),
        CITY("city"),
        EXPORT_COUNTRY("export_country"),
        REGION("region"),
        CERTIFICATION("certification"),
        VERIFIED("verified");

        final String field;

        Facet(String field) {
            this.field = field;
        }
    }

    public enum SortOrder {
        RELEVANCE,
        DISTANCE,
        NEWEST,
        INQUIRIES
    }

    /** A query; empty lists mean no filter. {@code lat}/{@code lng} are needed for DISTANCE. */
    public record Query(
            String q, Map<Facet, List<String>> filters, SortOrder sort, Double lat, Double lng, int page, int size) {

        public Query {
            filters = Map.copyOf(filters);
        }
    }

    public record Hit(Factory factory, Double distanceKm) {}

    public record Result(List<Hit> hits, long total, Map<Facet, Map<String, Long>> facets) {}

    private static final int FACET_TERMS = 100;

    private final EntityManager entityManager;

    FactorySearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public Result search(Query query) {
        SearchSession session = Search.session(entityManager);
        Map<Facet, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            keys.put(facet, AggregationKey.of(facet.field));
        }
        GeoPoint place = query.lat() != null && query.lng() != null ? GeoPoint.of(query.lat(), query.lng()) : null;
        var step = session.search(Factory.class)
                .select(f -> f.composite()
                        .from(
                                f.entity(Factory.class),
                                place == null
                                        ? f.constant((Double) null)
                                        : f.distance("location", place).unit(DistanceUnit.KILOMETERS))
                        .as(Hit::new))
                .where(f -> predicate(f, query, null));
        var sorted = step.sort(s -> switch (query.sort()) {
            case DISTANCE ->
                place == null
                        ? s.score()
                        : s.distance("location", place)
                                .then()
                                .field("listed_at")
                                .desc();
            case NEWEST -> s.field("listed_at").desc().missing().last();
            case INQUIRIES -> s.field("inquiry_count").desc().then().score();
            case RELEVANCE ->
                s.score().then().field("listed_at").desc().missing().last();
        });
        // Facets without a selection are counted in the main query; a selected facet is counted again with every
        // other filter applied but its own, so the page can offer its alternatives.
        for (Facet facet : Facet.values()) {
            if (!isFiltered(query, facet)) {
                sorted = sorted.aggregation(
                        keys.get(facet),
                        f -> f.terms().field(facet.field, String.class).maxTermCount(FACET_TERMS));
            }
        }
        SearchResult<Hit> result = sorted.fetch(query.page() * query.size(), query.size());
        Map<Facet, Map<String, Long>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            if (isFiltered(query, facet)) {
                facets.put(
                        facet,
                        session.search(Factory.class)
                                .select(f -> f.id())
                                .where(f -> predicate(f, query, facet))
                                .aggregation(keys.get(facet), f -> f.terms()
                                        .field(facet.field, String.class)
                                        .maxTermCount(FACET_TERMS))
                                .fetch(0)
                                .aggregation(keys.get(facet)));
            } else {
                facets.put(facet, result.aggregation(keys.get(facet)));
            }
        }
        return new Result(result.hits(), result.total().hitCount(), facets);
    }

    private static boolean isFiltered(Query query, Facet facet) {
        List<String> values = query.filters().get(facet);
        return values != null && !values.isEmpty();
    }

    private static <SR> org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep predicate(
            TypedSearchPredicateFactory<SR> f, Query query, Facet except) {
        var bool = f.bool();
        bool.filter(f.terms().field("status").matchingAny(List.of(FactoryStatus.LISTED, FactoryStatus.UNCLAIMED)));
        if (query.q() != null && !query.q().isBlank()) {
            bool.must(f.simpleQueryString()
                    .field("name")
                    .boost(3f)
                    .field("keywords")
                    .field("name_en")
                    .matching(query.q().strip())
                    .defaultOperator(org.hibernate.search.engine.search.common.BooleanOperator.AND)
                    .flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PREFIX));
        }
        for (Map.Entry<Facet, List<String>> filter : query.filters().entrySet()) {
            if (filter.getKey() != except && !filter.getValue().isEmpty()) {
                bool.filter(f.terms().field(filter.getKey().field).matchingAny(filter.getValue()));
            }
        }
        return bool;
    }

    /** Rebuilds the whole index from the database (after a bulk import, or when the index directory was lost). */
    public void reindex() throws InterruptedException {
        Search.mapping(entityManager.getEntityManagerFactory())
                .scope(Factory.class)
                .massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(500)
                .startAndWait();
    }

    @Transactional(readOnly = true)
    public long countIndexed() {
        return Search.session(entityManager)
                .search(Factory.class)
                .where(f -> f.matchAll())
                .fetchTotalHitCount();
    }
}
