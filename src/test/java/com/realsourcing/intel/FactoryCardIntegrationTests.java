package com.realsourcing.intel;

import static com.realsourcing.directory.DirectoryFixtures.creditCode;
import static com.realsourcing.directory.DirectoryFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The seed's {@code GET /api/factory/{id}}: the directory's card with the factory's TikTok accounts and video figures,
 * linked by the handle the factory names on its profile — whether the account is imported before or after.
 */
class FactoryCardIntegrationTests extends ApiTestSupport {

    @Test
    void theCardShowsTheTikTokAccountsTheFactoryNamedWithTheirVideoFigures() {
        ApiClient owner = loggedIn("FACTORY");
        var submitted = owner.post("/api/directory/my-factory/onboarding", form(owner, "东莞市虎门纺织有限公司", creditCode()));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        assertThat(admin().post(
                                "/api/directory/admin/reviews/"
                                        + submitted.json().path("id").asString() + "/approve",
                                null)
                        .status())
                .isEqualTo(200);
        String factoryId = submitted.json().path("factoryId").asString();
        assertThat(client().get("/api/factory/" + factoryId)
                        .json()
                        .path("extensions")
                        .has("tiktok"))
                .as("no linked account, no section")
                .isFalse();

        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
        String before = "humen_textile_" + suffix; // imported before the factory names it
        String after = "Humen_Knit_" + suffix; // named first (other case), imported afterwards
        ApifyFixtures.importAndWait(
                admin(),
                ApifyFixtures.item(
                        IntelImportApiIntegrationTests.uniqueId(),
                        before,
                        "Textile factory OEM #usa",
                        List.of("usa", "textile"),
                        ApifyFixtures.daysAgo(3),
                        120_000,
                        6_000,
                        300,
                        200,
                        100),
                ApifyFixtures.item(
                        IntelImportApiIntegrationTests.uniqueId(),
                        "someone_else_" + suffix,
                        "Garment wholesale",
                        List.of("wholesale"),
                        ApifyFixtures.daysAgo(3),
                        999_999,
                        1,
                        1,
                        1,
                        1));

        String removedId = null;
        for (String handle : List.of("@" + before, after.toLowerCase())) {
            var linked = owner.post(
                    "/api/directory/my-factory/social-accounts", Map.of("platform", "TIKTOK", "handle", handle));
            assertThat(linked.status()).as(linked.body()).isIn(200, 201);
            removedId = removedId == null ? linked.json().path("id").asString() : removedId;
        }
        ApifyFixtures.importAndWait(
                admin(),
                ApifyFixtures.item(
                        IntelImportApiIntegrationTests.uniqueId(),
                        after,
                        "Knitting factory ODM #germany",
                        List.of("germany"),
                        ApifyFixtures.daysAgo(5),
                        30_000,
                        1_500,
                        50,
                        40,
                        10));

        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode tiktok = client().get("/api/factory/" + factoryId)
                    .json()
                    .path("extensions")
                    .path("tiktok");
            assertThat(tiktok.path("accounts").findValuesAsString("handle")).containsExactlyInAnyOrder(before, after);
            assertThat(tiktok.path("videos30d").asLong()).isEqualTo(2);
            assertThat(tiktok.path("plays30d").asLong()).isEqualTo(150_000);
            assertThat(tiktok.path("plays30dText").asString()).isEqualTo("15万");
        });

        // Removing a handle unlinks its account.
        assertThat(owner.delete("/api/directory/my-factory/social-accounts/" + removedId)
                        .status())
                .isIn(200, 204);
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                        client().get("/api/factory/" + factoryId)
                                .json()
                                .path("extensions")
                                .path("tiktok")
                                .path("accounts")
                                .size())
                .isEqualTo(1));
    }
}
