package com.realsourcing.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.directory.domain.CreditCode;
import com.realsourcing.directory.domain.FactoryGenerator;
import com.realsourcing.directory.domain.Regions;
import com.realsourcing.support.ApiTestSupport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class FactoryGeneratorIntegrationTests extends ApiTestSupport {

    @Autowired
    FactoryGenerator generator;

    @Autowired
    JdbcClient jdbc;

    @Test
    void generatesSearchableRealisticFactoriesOnceForASeed() {
        // Not the demo's seed (one test context runs the demo profile): its codes and keys must not collide.
        long seed = 7;
        assertThat(generator.generate(seed, 0, 1500)).isEqualTo(1500);
        assertThat(generator.generate(seed, 0, 1500))
                .as("the same sequence again adds nothing")
                .isZero();

        var rows = jdbc.sql("select name, credit_code, province_code from directory.factories where import_key like ?")
                .param("GENERATED|" + seed + "|%")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
        assertThat(rows).hasSize(1500);
        Regions regions = new Regions();
        for (String[] row : rows) {
            assertThat(row[0]).matches("\\p{IsHan}{2,}.*(有限公司)");
            assertThat(CreditCode.inspect(row[1], regions).valid()).as(row[1]).isTrue();
            assertThat(regions.province(row[2])).isPresent();
        }
        // Each stands a few kilometres from its county's seat (or its city's point), the same place every time.
        var placed = jdbc.sql(
                        "select lat, lng, province_code, city_code, county_code, import_key from directory.factories"
                                + " where import_key like ? order by import_key")
                .param("GENERATED|" + seed + "|%")
                .query((rs, n) -> new Object[] {
                    rs.getObject(1), rs.getObject(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)
                })
                .list();
        for (Object[] p : placed) {
            assertThat(p[0]).as("%s has coordinates", p[5]).isNotNull();
            Regions.Point centre =
                    regions.centre((String) p[2], (String) p[3], (String) p[4]).orElseThrow();
            double dLat = ((Number) p[0]).doubleValue() - centre.lat();
            double dLng = (((Number) p[1]).doubleValue() - centre.lng()) * Math.cos(Math.toRadians(centre.lat()));
            assertThat(Math.hypot(dLat, dLng) * 111)
                    .as("%s km from its place", p[5])
                    .isLessThan(13);
        }
        assertThat(placed.stream().map(p -> p[0]).distinct().count())
                .as("jittered, not stacked on one point")
                .isGreaterThan(1400);
        // The distance sort works on generated listings: from 深圳, the nearest are in and around 深圳.
        JsonNode nearest = client().get("/api/directory/factories?sort=distance&near=4403&province=44&size=20")
                .json();
        List<Double> km = new java.util.ArrayList<>();
        nearest.path("items").forEach(i -> km.add(i.path("distanceKm").asDouble()));
        assertThat(km).hasSize(20).isSorted();
        assertThat(km.get(0)).isLessThan(15.0);
        assertThat(nearest.path("items").get(0).path("city").path("code").asString())
                .isIn("4403", "4419", "4413");

        long guangdong = rows.stream().filter(r -> r[2].equals("44")).count();
        assertThat(guangdong).as("Guangdong is the most common province").isGreaterThan(1500 / 10);

        JsonNode found = client().get("/api/directory/factories?q=" + FactoryOnboardingApiIntegrationTests.enc("保温杯")
                        + "&province=44&size=5")
                .json();
        assertThat(found.path("total").asLong()).isPositive();
        assertThat(found.path("facets").path("industry").size()).isPositive();

        // A full rebuild keeps every listing findable: other test contexts share the database but not this
        // context's index, so after a rebuild the index must agree with the database exactly.
        var rebuilt = admin().post("/api/directory/admin/search-index", null);
        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
        long listed = jdbc.sql("select count(*) from directory.factories where status in ('LISTED', 'UNCLAIMED')")
                .query(Long.class)
                .single();
        long listedInGuangdong = jdbc.sql("select count(*) from directory.factories"
                        + " where status in ('LISTED', 'UNCLAIMED') and province_code = '44'")
                .query(Long.class)
                .single();
        assertThat(rebuilt.json().path("indexed").asLong()).isGreaterThanOrEqualTo(listed);
        assertThat(client().get("/api/directory/factories?size=1")
                        .json()
                        .path("total")
                        .asLong())
                .as("a rebuild neither loses nor duplicates listings")
                .isEqualTo(listed);
        assertThat(client().get("/api/directory/factories?province=44&size=1")
                        .json()
                        .path("total")
                        .asLong())
                .isEqualTo(listedInGuangdong);
        assertThat(client().get("/api/directory/factories?q=" + FactoryOnboardingApiIntegrationTests.enc("保温杯")
                                + "&province=44&size=5")
                        .json()
                        .path("total")
                        .asLong())
                .as("what was found before is still found")
                .isGreaterThanOrEqualTo(found.path("total").asLong());
    }
}
