package com.realsourcing.directory;

import static com.realsourcing.directory.DirectoryFixtures.creditCode;
import static com.realsourcing.directory.DirectoryFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Imports the real Open Apparel Registry extract shipped in test resources (MIT licence beside it). */
class FactoryImportApiIntegrationTests extends ApiTestSupport {

    private static byte[] registryFile() throws IOException {
        try (InputStream in = FactoryImportApiIntegrationTests.class.getResourceAsStream(
                "/directory/open_apparel_registry_facilities.csv")) {
            return in.readAllBytes();
        }
    }

    /** Rows of the file by their country column, read with a plain split (the names hold no line breaks). */
    private static int[] chinaAndOtherRows(byte[] file) {
        String[] lines = new String(file, StandardCharsets.UTF_8).split("\r?\n");
        int china = 0;
        int other = 0;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String country = lines[i].split(",", 3)[1].strip().toLowerCase(Locale.ROOT);
            if (country.equals("china") || country.equals("cn")) {
                china++;
            } else {
                other++;
            }
        }
        return new int[] {china, other};
    }

    private JsonNode runImport(ApiClient admin, byte[] file) throws InterruptedException {
        var started = admin.upload("/api/directory/imports", "oar.csv", file, Map.of());
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.header("Location")).get().asString().startsWith("/api/directory/imports/");
        String id = started.json().path("id").asString();
        for (int i = 0; i < 300; i++) {
            JsonNode job = admin.get("/api/directory/imports/" + id).json();
            if (job.path("status").asString().equals("DONE")
                    || job.path("status").asString().equals("FAILED")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import did not finish");
    }

    @Test
    void importsTheRegistryKeepsGoodRowsReportsBadOnesAndFoldsDuplicates() throws Exception {
        byte[] file = registryFile();
        int[] counts = chinaAndOtherRows(file);
        ApiClient admin = admin();

        JsonNode job = runImport(admin, file);
        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.path("percent").asInt()).isEqualTo(100);
        assertThat(job.path("totalRows").asInt()).isEqualTo(counts[0] + counts[1]);
        assertThat(job.path("failed").asInt()).isEqualTo(counts[1]);
        assertThat(job.path("imported").asInt() + job.path("merged").asInt()).isEqualTo(counts[0]);
        assertThat(job.path("imported").asInt()).isPositive();
        JsonNode firstError = job.path("errors").get(0);
        assertThat(firstError.path("line").asLong()).isGreaterThan(1);
        assertThat(firstError.path("code").asString()).isEqualTo("directory.import-country-not-china");
        assertThat(firstError.path("message").asString()).contains("中国");

        // The same file again: nothing new, every China row folded into its listing.
        JsonNode again = runImport(admin, file);
        assertThat(again.path("imported").asInt()).isZero();
        assertThat(again.path("merged").asInt()).isEqualTo(counts[0]);

        // A visitor finds an imported shoe factory in Zhejiang (温州 from WENZHOU in the address).
        var found = client().get("/api/directory/factories?q=WENZHOU&province=33&size=50");
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        JsonNode hit = null;
        for (JsonNode item : found.json().path("items")) {
            if (item.path("name").asString().startsWith("WENZHOU JIETU")) {
                hit = item;
            }
        }
        assertThat(hit).as(found.body()).isNotNull();
        assertThat(hit.path("status").asString()).isEqualTo("UNCLAIMED");
        assertThat(hit.path("city").path("name").asString()).isEqualTo("温州市");
        assertThat(client().get("/api/directory/factories?q=" + FactoryOnboardingApiIntegrationTests.enc("温州")
                                + "&size=100")
                        .body())
                .contains("WENZHOU JIETU");

        // Its factory claims it with a licence; after approval it is theirs, listed and verified.
        String factoryId = hit.path("id").asString();
        var card = client().get("/api/factory/" + factoryId).json();
        assertThat(card.path("claimed").asBoolean()).isFalse();
        assertThat(card.path("location").path("lat").asDouble()).isBetween(27.0, 28.5);
        ApiClient owner = loggedIn("FACTORY");
        var claim = owner.post(
                "/api/directory/factories/" + factoryId + "/claims", form(owner, "温州捷图鞋业有限公司", creditCode()));
        assertThat(claim.status()).as(claim.body()).isEqualTo(201);
        assertThat(claim.json().path("kind").asString()).isEqualTo("CLAIM");
        var approved = admin.post(
                "/api/directory/admin/reviews/" + claim.json().path("id").asString() + "/approve", null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        JsonNode claimed = client().get("/api/factory/" + factoryId).json();
        assertThat(claimed.path("status").asString()).isEqualTo("LISTED");
        assertThat(claimed.path("claimed").asBoolean()).isTrue();
        assertThat(claimed.path("name").asString()).isEqualTo("温州捷图鞋业有限公司");
        assertThat(owner.get("/api/directory/my-factory")
                        .json()
                        .path("factory")
                        .path("id")
                        .asString())
                .isEqualTo(factoryId);
        // A Wenzhou factory without coordinates is placed at its district's seat (鹿城区), and distance sorting
        // from Wenzhou works.
        ApiClient wenzhou = loggedIn("FACTORY");
        Map<String, Object> form = form(wenzhou, "温州市鹿城鞋材有限公司", creditCode());
        form.put("provinceCode", "33");
        form.put("cityCode", "3303");
        form.put("countyCode", "330302");
        var onboard = wenzhou.post("/api/directory/my-factory/onboarding", form);
        assertThat(onboard.status()).as(onboard.body()).isEqualTo(201);
        admin.post("/api/directory/admin/reviews/" + onboard.json().path("id").asString() + "/approve", null);
        JsonNode located = client().get(
                        "/api/factory/" + onboard.json().path("factoryId").asString())
                .json();
        assertThat(located.path("location").path("lat").asDouble())
                .as(() -> client().get("/api/directory/factories?city=3303&size=50")
                        .body())
                .isBetween(27.0, 28.5);
        assertThat(located.path("location").path("lng").asDouble()).isBetween(120.0, 121.5);
        JsonNode nearest = client().get("/api/directory/factories?sort=distance&near=3303&size=10")
                .json();
        List<Double> distances = new java.util.ArrayList<>();
        nearest.path("items").forEach(i -> distances.add(i.path("distanceKm").asDouble()));
        assertThat(distances).as(nearest.toString()).hasSize(10).isSorted();
        assertThat(distances.get(0)).isLessThan(50.0);
        assertThat(client().get("/api/directory/factories?sort=distance").status())
                .isEqualTo(400);

        // Claimed listings cannot be claimed again.
        ApiClient rival = loggedIn("FACTORY");
        assertThat(rival.post("/api/directory/factories/" + factoryId + "/claims", form(rival, "冒名鞋厂", creditCode()))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aFileWithoutANameColumnFailsWithAReason() throws Exception {
        JsonNode job = runImport(admin(), "title,address\nA,B\n".getBytes(StandardCharsets.UTF_8));
        assertThat(job.path("status").asString()).isEqualTo("FAILED");
        assertThat(job.path("failure").asString()).contains("name");
        // The list of recent imports shows it, newest first, with its counts but not its row errors.
        JsonNode recent = admin().get("/api/directory/imports").json();
        assertThat(recent.size()).isBetween(1, 20);
        JsonNode listed = null;
        for (JsonNode item : recent) {
            if (item.path("id").asString().equals(job.path("id").asString())) {
                listed = item;
            }
        }
        assertThat(listed).as(recent.toString()).isNotNull();
        assertThat(listed.path("status").asString()).isEqualTo("FAILED");
        assertThat(listed.has("errors")).isFalse();
        List<String> created = new java.util.ArrayList<>();
        recent.forEach(item -> created.add(item.path("createdAt").asString()));
        assertThat(created).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void rowErrorsCarryTheirLineNumbers() throws Exception {
        String csv = String.join(
                "\n",
                "name,address,country,lat,lng",
                "Good Factory One,\"No. 1 Road, Dongguan, Guangdong\",CN,23.02,113.75",
                ",No name here,CN,,",
                "Bad Coordinates,Somewhere,China,123,456",
                "Half Coordinates,Somewhere,China,23.1,",
                "\"Quoted, Name Ltd\",\"Line one",
                "line two, Ningbo\",CHINA,,",
                "Elsewhere Ltd,Hanoi,Vietnam,,");
        JsonNode job = runImport(admin(), csv.getBytes(StandardCharsets.UTF_8));
        assertThat(job.path("status").asString()).isEqualTo("DONE");
        assertThat(job.path("imported").asInt()).isEqualTo(2);
        assertThat(job.path("failed").asInt()).isEqualTo(4);
        List<String> lines = new java.util.ArrayList<>();
        job.path("errors")
                .forEach(e ->
                        lines.add(e.path("line").asLong() + ":" + e.path("code").asString()));
        assertThat(lines)
                .containsExactly(
                        "3:directory.import-name-missing",
                        "4:directory.import-coordinate-invalid",
                        "5:directory.import-coordinates-incomplete",
                        "8:directory.import-country-not-china");
    }

    @Test
    void onlyOperatorsImport() {
        assertThat(loggedIn("FACTORY").get("/api/directory/imports").status()).isEqualTo(403);
        assertThat(client().get("/api/directory/imports").status()).isEqualTo(401);
        ApiClient factory = loggedIn("FACTORY");
        assertThat(factory.upload(
                                "/api/directory/imports",
                                "x.csv",
                                "name\nA\n".getBytes(StandardCharsets.UTF_8),
                                Map.of())
                        .status())
                .isEqualTo(403);
    }
}
