package com.realsourcing.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RegionApiIntegrationTests extends ApiTestSupport {

    @Test
    void aVisitorPicksProvinceCityAndCounty() {
        var response = client().get("/api/directory/regions");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Cache-Control")).get().asString().contains("max-age=86400");
        JsonNode provinces = response.json().path("provinces");
        assertThat(provinces.size()).isEqualTo(31);

        JsonNode guangdong = find(provinces, "44");
        assertThat(guangdong.path("name").asString()).isEqualTo("广东省");
        assertThat(guangdong.path("municipality").asBoolean()).isFalse();
        assertThat(guangdong.path("lat").isNull()).isTrue();
        JsonNode shenzhen = find(guangdong.path("cities"), "4403");
        assertThat(shenzhen.path("name").asString()).isEqualTo("深圳市");
        assertThat(shenzhen.has("counties")).isFalse();

        var counties = client().get("/api/directory/regions/4403/counties");
        assertThat(counties.status()).isEqualTo(200);
        assertThat(counties.json().path("city").path("name").asString()).isEqualTo("深圳市");
        assertThat(names(counties.json().path("counties"))).contains("南山区", "福田区");
    }

    @Test
    void municipalitiesGoStraightToTheirDistricts() {
        JsonNode provinces = client().get("/api/directory/regions").json().path("provinces");
        JsonNode beijing = find(provinces, "11");
        assertThat(beijing.path("municipality").asBoolean()).isTrue();
        assertThat(beijing.path("cities").size()).isZero();
        assertThat(provinces.toString()).doesNotContain("市辖区", "省直辖县级行政区划");

        var districts = client().get("/api/directory/regions/11/counties").json();
        assertThat(districts.path("city").path("name").asString()).isEqualTo("北京市");
        assertThat(names(districts.path("counties"))).startsWith("东城区", "西城区").doesNotContain("市辖区");
    }

    @Test
    void anUnknownCityIsNotFound() {
        var missing = client().language("en-US").get("/api/directory/regions/9999/counties");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text("code")).isEqualTo("directory.region-not-found");
        assertThat(missing.text("detail")).contains("9999");
        // a province that is not a municipality has cities, not counties
        assertThat(client().get("/api/directory/regions/44/counties").status()).isEqualTo(404);
    }

    private static JsonNode find(JsonNode array, String code) {
        for (JsonNode node : array) {
            if (node.path("code").asString().equals(code)) {
                return node;
            }
        }
        throw new AssertionError("no " + code);
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.path("name").asString()));
        return names;
    }
}
