package com.realsourcing.directory.domain;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes many listings at once (imports, generated data) with one JDBC batch per chunk instead of an entity per
 * row, then brings the search index up to date for exactly the rows written. A row whose import key exists
 * already is folded into it: its coordinates fill gaps, nothing else changes.
 */
@Component
class FactoryBulkWriter {

    /** One listing to write. Arrays may be empty, never null. */
    record Row(
            UUID id,
            FactoryStatus status,
            FactorySource source,
            String importKey,
            String name,
            String nameEn,
            String creditCode,
            String provinceCode,
            String cityCode,
            String countyCode,
            String addressLine,
            String countryCode,
            Double lat,
            Double lng,
            UUID industryTagId,
            UUID[] categoryTagIds,
            UUID[] attributeTagIds,
            String description,
            Integer foundedYear,
            Integer staffCount,
            boolean oem,
            boolean odm,
            String[] exportCountries,
            String searchKeywords,
            Instant verifiedAt,
            Instant listedAt,
            int inquiryCount) {}

    /** How a chunk went: rows inserted, rows folded into an existing listing. */
    record Outcome(int inserted, int merged) {}

    private static final String INSERT =
            """
            insert into directory.factories (id, status, source, import_key, name, name_en, credit_code, province_code,
                city_code, county_code, address_line, country_code, lat, lng, industry_tag_id, category_tag_ids,
                attribute_tag_ids, description, founded_year, staff_count, oem, odm, export_countries, search_keywords,
                verified_at, listed_at, inquiry_count, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (import_key) do update set
                lat = coalesce(directory.factories.lat, excluded.lat),
                lng = coalesce(directory.factories.lng, excluded.lng),
                updated_at = excluded.updated_at
            """;

    private final DataSource dataSource;
    private final EntityManagerFactory entityManagerFactory;

    FactoryBulkWriter(DataSource dataSource, EntityManagerFactory entityManagerFactory) {
        this.dataSource = dataSource;
        this.entityManagerFactory = entityManagerFactory;
    }

    /**
     * Writes the rows in one transaction of their own. Rows with an import key that already exists (in the table
     * or earlier in the same list) count as merged.
     */
    Outcome write(List<Row> rows, Instant now) {
        if (rows.isEmpty()) {
            return new Outcome(0, 0);
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            int inserted = 0;
            try (PreparedStatement existing = connection.prepareStatement(
                            "select import_key from directory.factories where import_key = any(?)");
                    PreparedStatement insert = connection.prepareStatement(INSERT)) {
                java.util.Set<String> seen = new java.util.HashSet<>();
                existing.setArray(
                        1,
                        connection.createArrayOf(
                                "varchar",
                                rows.stream()
                                        .map(Row::importKey)
                                        .filter(java.util.Objects::nonNull)
                                        .toArray(String[]::new)));
                try (var rs = existing.executeQuery()) {
                    while (rs.next()) {
                        seen.add(rs.getString(1));
                    }
                }
                for (Row r : rows) {
                    if (r.importKey() == null || seen.add(r.importKey())) {
                        inserted++;
                    }
                }
                Timestamp at = Timestamp.from(now);
                for (Row r : rows) {
                    int i = 1;
                    insert.setObject(i++, r.id());
                    insert.setString(i++, r.status().name());
                    insert.setString(i++, r.source().name());
                    insert.setString(i++, r.importKey());
                    insert.setString(i++, r.name());
                    insert.setString(i++, r.nameEn());
                    insert.setString(i++, r.creditCode());
                    insert.setString(i++, r.provinceCode());
                    insert.setString(i++, r.cityCode());
                    insert.setString(i++, r.countyCode());
                    insert.setString(i++, r.addressLine());
                    insert.setString(i++, r.countryCode());
                    setDouble(insert, i++, r.lat());
                    setDouble(insert, i++, r.lng());
                    insert.setObject(i++, r.industryTagId());
                    insert.setArray(i++, connection.createArrayOf("uuid", r.categoryTagIds()));
                    insert.setArray(i++, connection.createArrayOf("uuid", r.attributeTagIds()));
                    insert.setString(i++, r.description());
                    setInt(insert, i++, r.foundedYear());
                    setInt(insert, i++, r.staffCount());
                    insert.setBoolean(i++, r.oem());
                    insert.setBoolean(i++, r.odm());
                    Array countries = connection.createArrayOf("varchar", r.exportCountries());
                    insert.setArray(i++, countries);
                    insert.setString(i++, r.searchKeywords());
                    insert.setTimestamp(i++, r.verifiedAt() == null ? null : Timestamp.from(r.verifiedAt()));
                    insert.setTimestamp(i++, r.listedAt() == null ? null : Timestamp.from(r.listedAt()));
                    insert.setInt(i++, r.inquiryCount());
                    insert.setTimestamp(i++, at);
                    insert.setTimestamp(i++, at);
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            return new Outcome(inserted, rows.size() - inserted);
        } catch (SQLException e) {
            throw new IllegalStateException("Bulk write of factories failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Indexes the listings written or touched since {@code since} by a bulk source, without purging the rest:
     * each is added or replaced by id (a mass indexer would only add, and duplicate what is already there).
     */
    void index(FactorySource source, Instant since) {
        jakarta.persistence.EntityManager em = entityManagerFactory.createEntityManager();
        try {
            List<UUID> ids = em.createQuery(
                            "select f.id from Factory f where f.source = :source and f.updatedAt >= :since order by f.id",
                            UUID.class)
                    .setParameter("source", source)
                    .setParameter("since", since)
                    .getResultList();
            var session = Search.session(em);
            // Queue each batch without waiting for an index commit; one flush and refresh at the end (an index commit
            // per batch costs an fsync each).
            session.indexingPlanSynchronizationStrategy(
                    org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy.async());
            em.getTransaction().begin();
            for (int from = 0; from < ids.size(); from += 1000) {
                List<UUID> batch = ids.subList(from, Math.min(ids.size(), from + 1000));
                for (Factory factory : em.createQuery("select f from Factory f where f.id in :ids", Factory.class)
                        .setParameter("ids", batch)
                        .getResultList()) {
                    session.indexingPlan().addOrUpdate(factory);
                }
                session.indexingPlan().execute();
                em.clear();
            }
            em.getTransaction().commit();
            var workspace =
                    Search.mapping(entityManagerFactory).scope(Factory.class).workspace();
            workspace.flush();
            workspace.refresh();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    private static void setInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }
}
