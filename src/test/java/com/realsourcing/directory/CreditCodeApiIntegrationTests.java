package com.realsourcing.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CreditCodeApiIntegrationTests extends ApiTestSupport {

    private static final String PATH = "/api/directory/credit-codes/check";

    @Test
    void aFactoryChecksAValidCodeAndSeesWhereItWasRegistered() {
        var response = loggedIn("FACTORY").post(PATH, Map.of("code", " 914403001922038216 "));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.path("valid").asBoolean()).isTrue();
        assertThat(body.path("normalized").asString()).isEqualTo("914403001922038216");
        assertThat(body.path("errors").isArray() && body.path("errors").isEmpty())
                .isTrue();
        assertThat(body.path("division").path("province").path("name").asString())
                .isEqualTo("广东省");
        assertThat(body.path("division").path("city").path("name").asString()).isEqualTo("深圳市");
    }

    @Test
    void aWrongCheckCharacterIsExplainedInChinese() {
        var response = loggedIn("FACTORY").post(PATH, Map.of("code", "91110108551385082a"));

        JsonNode body = response.json();
        assertThat(body.path("valid").asBoolean()).isFalse();
        assertThat(body.path("normalized").asString()).isEqualTo("91110108551385082A");
        assertThat(body.path("errors").size()).isOne();
        JsonNode error = body.path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo("code");
        assertThat(error.path("code").asString()).isEqualTo("directory.credit-code-check");
        assertThat(error.path("message").asString()).contains("第 18 位校验码不正确");
        assertThat(body.path("division").path("county").path("name").asString()).isEqualTo("海淀区");
    }

    @Test
    void checksAreExplainedInEnglish() {
        ApiClient factory = loggedIn("FACTORY").language("en-US");

        JsonNode wrongCheck =
                factory.post(PATH, Map.of("code", "91110108551385082A")).json();
        assertThat(wrongCheck.path("errors").get(0).path("message").asString())
                .contains("character 18")
                .doesNotContain("校验");

        JsonNode tooShort = factory.post(PATH, Map.of("code", "9111010855")).json();
        assertThat(tooShort.path("errors").get(0).path("code").asString()).isEqualTo("directory.credit-code-length");
        assertThat(tooShort.path("errors").get(0).path("message").asString()).contains("18", "10");
        assertThat(tooShort.path("division").isNull()).isTrue();

        JsonNode letterO =
                factory.post(PATH, Map.of("code", "91110108551385O82Q")).json();
        assertThat(letterO.path("errors").get(0).path("code").asString()).isEqualTo("directory.credit-code-characters");
        assertThat(letterO.path("errors").get(0).path("message").asString()).contains("15", "\"O\"");

        JsonNode badDivision =
                factory.post(PATH, Map.of("code", "919900005513850823")).json();
        assertThat(badDivision.path("errors").toString())
                .contains("directory.credit-code-division", "990000", "directory.credit-code-check");
    }

    @Test
    void onlyFactoriesMayCheck() {
        assertThat(client().post(PATH, Map.of("code", "914403001922038216")).status())
                .isEqualTo(401);
        assertThat(loggedIn("BRAND")
                        .post(PATH, Map.of("code", "914403001922038216"))
                        .status())
                .isEqualTo(403);
        var missing = loggedIn("FACTORY").post(PATH, Map.of());
        assertThat(missing.status()).isEqualTo(400);
    }
}
