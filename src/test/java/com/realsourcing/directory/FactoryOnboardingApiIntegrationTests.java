package com.realsourcing.directory;

import static com.realsourcing.directory.DirectoryFixtures.creditCode;
import static com.realsourcing.directory.DirectoryFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;

import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FactoryOnboardingApiIntegrationTests extends ApiTestSupport {

    private static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000;
    }

    @Test
    void aFactoryOnboardsAReviewerApprovesAndVisitorsFindIt() {
        ApiClient factory = loggedIn("FACTORY");
        String name = "深圳市" + unique("恒温") + "保温杯制造有限公司";
        var submitted = factory.post("/api/directory/my-factory/onboarding", form(factory, name, creditCode()));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        JsonNode review = submitted.json();
        assertThat(review.path("kind").asString()).isEqualTo("ONBOARDING");
        assertThat(review.path("status").asString()).isEqualTo("PENDING");
        assertThat(review.path("dueAt").asString()).isNotBlank();
        String factoryId = review.path("factoryId").asString();

        // Not public before approval.
        assertThat(client().get("/api/factory/" + factoryId).status()).isEqualTo(404);
        var dashboard = factory.get("/api/directory/my-factory");
        assertThat(dashboard.status()).as(dashboard.body()).isEqualTo(200);
        assertThat(dashboard.json().path("factory").path("status").asString()).isEqualTo("PENDING_REVIEW");
        assertThat(dashboard.json().path("openReview").path("id").asString())
                .isEqualTo(review.path("id").asString());
        assertThat(dashboard.json().path("missing").toString()).contains("licence");

        ApiClient reviewer = admin();
        var queue = reviewer.get("/api/directory/admin/reviews?q="
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(queue.status()).as(queue.body()).isEqualTo(200);
        assertThat(queue.json().path("items").get(0).path("companyName").asString())
                .isEqualTo(name);
        assertThat(queue.json().path("pending").asLong()).isPositive();
        // The reviewer reads the licence file of another organisation.
        String licence = queue.json().path("items").get(0).path("licenceFileId").asString();
        assertThat(reviewer.get("/api/files/" + licence).status()).isEqualTo(200);
        assertThat(loggedIn("TRADING_COMPANY").get("/api/files/" + licence).status())
                .isEqualTo(404);

        var approved = reviewer.post(
                "/api/directory/admin/reviews/" + review.path("id").asString() + "/approve", null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().path("status").asString()).isEqualTo("APPROVED");
        verify(notify, atLeastOnce()).notifyUser(argThat(n -> n.template().equals("notify.directory.review-approved")));

        // A visitor finds it by 保温杯 in its province and opens the card.
        var found = client().get("/api/directory/factories?q=" + enc("保温杯") + "&province=44&size=50");
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(ids(found.json())).contains(factoryId);
        assertThat(found.json().path("facets").path("province").toString()).contains("\"44\"");
        var elsewhere = client().get("/api/directory/factories?q=" + enc("保温杯") + "&province=11&size=50");
        assertThat(ids(elsewhere.json())).doesNotContain(factoryId);

        var card = client().get("/api/factory/" + factoryId);
        assertThat(card.status()).as(card.body()).isEqualTo(200);
        JsonNode c = card.json();
        assertThat(c.path("name").asString()).isEqualTo(name);
        assertThat(c.path("verified").asBoolean()).isTrue();
        assertThat(c.path("address").path("province").path("name").asString()).isEqualTo("广东省");
        assertThat(c.path("address").path("city").path("name").asString()).isEqualTo("深圳市");
        assertThat(c.path("categories").toString()).contains("保温杯");
        assertThat(c.path("badges").get(0).path("code").asString()).isEqualTo("LICENCE_VERIFIED");
        assertThat(c.path("badges").get(0).path("reason").asString()).contains("营业执照");
        assertThat(c.path("contact").path("visibility").asString()).isEqualTo("LOGIN_REQUIRED");
        assertThat(c.path("contact").path("mobile").isNull()).isTrue();
    }

    @Test
    void aWrongCreditCodeNamesTheCheckThatFailed() {
        ApiClient factory = loggedIn("FACTORY");
        String code = creditCode();
        char last = code.charAt(17);
        String wrong = code.substring(0, 17) + (last == '0' ? '1' : '0');
        var response = factory.post("/api/directory/my-factory/onboarding", form(factory, "测试工厂有限公司", wrong));
        assertThat(response.status()).isEqualTo(400);
        JsonNode error = response.json().path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo("creditCode");
        assertThat(error.path("code").asString()).isEqualTo("directory.credit-code-check");
        assertThat(factory.get("/api/directory/my-factory").status()).isEqualTo(404);
    }

    @Test
    void aLicenceThatIsNotAnImageOrPdfIsRefused() {
        ApiClient factory = loggedIn("FACTORY");
        Map<String, Object> form = form(factory, "测试工厂有限公司", creditCode());
        var video = factory.upload("/api/files", "licence.mp4", com.realsourcing.files.TestFiles.mp4("isom"), Map.of());
        assertThat(video.status()).as(video.body()).isEqualTo(201);
        form.put("licenceFileId", video.json().path("id").asString());
        form.put("countyCode", "110101");
        var response = factory.post("/api/directory/my-factory/onboarding", form);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").toString())
                .contains("directory.licence-type")
                .contains("countyCode");
    }

    @Test
    void aLicenceOverTenMegabytesIsRefusedWithItsSize() {
        ApiClient factory = loggedIn("FACTORY");
        Map<String, Object> form = form(factory, "测试大文件工厂有限公司", creditCode());
        // 12 MB: within what the files module takes for a PDF (20 MB), so only the licence rule can refuse it.
        byte[] head = "%PDF-1.4\n%".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] tail = "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] big = new byte[12 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'x');
        System.arraycopy(head, 0, big, 0, head.length);
        System.arraycopy(tail, 0, big, big.length - tail.length, tail.length);
        var upload = factory.upload("/api/files", "licence-scan.pdf", big, Map.of());
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        assertThat(upload.json().path("contentType").asString()).isEqualTo("application/pdf");
        form.put("licenceFileId", upload.json().path("id").asString());

        var response = factory.post("/api/directory/my-factory/onboarding", form);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        JsonNode error = response.json().path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo("licenceFileId");
        assertThat(error.path("code").asString()).isEqualTo("directory.licence-too-large");
        assertThat(error.path("message").asString()).contains("10 MB").contains("12.0 MB");
        assertThat(factory.get("/api/directory/my-factory").status()).isEqualTo(404);
    }

    @Test
    void aSecondFactoryWithTheSameCreditCodeIsPointedToClaiming() {
        ApiClient first = loggedIn("FACTORY");
        String code = creditCode();
        assertThat(first.post("/api/directory/my-factory/onboarding", form(first, "第一工厂有限公司", code))
                        .status())
                .isEqualTo(201);
        ApiClient second = loggedIn("FACTORY");
        var response = second.post("/api/directory/my-factory/onboarding", form(second, "第二工厂有限公司", code));
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().path("code").asString()).isEqualTo("directory.credit-code-taken");
        assertThat(response.json().path("claimUrl").asString()).startsWith("/api/directory/factories/");
        assertThat(response.json().path("detail").asString()).contains("认领");
    }

    @Test
    void aChangeToAVerifiedValueWaitsForReviewWhileTheListingStaysUp() {
        ApiClient factory = loggedIn("FACTORY");
        String code = creditCode();
        // The exact name of the issue; the credit code and the organisation make this one unique, and the search
        // below asserts the hit by its id (other runs and the generator may hold factories of the same name).
        String name = "东莞市华强纺织有限公司";
        var first = factory.post("/api/directory/my-factory/onboarding", form(factory, name, code));
        String factoryId = first.json().path("factoryId").asString();
        ApiClient reviewer = admin();
        reviewer.post("/api/directory/admin/reviews/" + first.json().path("id").asString() + "/approve", null);

        Map<String, Object> changed = form(factory, name + "（新）", code);
        var change = factory.post("/api/directory/my-factory/onboarding", changed);
        assertThat(change.status()).as(change.body()).isEqualTo(201);
        assertThat(change.json().path("kind").asString()).isEqualTo("CHANGE");

        var card = client().get("/api/factory/" + factoryId);
        assertThat(card.status()).isEqualTo(200);
        assertThat(card.json().path("name").asString()).isEqualTo(name);
        assertThat(card.json().path("status").asString()).isEqualTo("LISTED");

        var rejected = reviewer.post(
                "/api/directory/admin/reviews/" + change.json().path("id").asString() + "/reject",
                Map.of("reason", "营业执照上的名称与填写不一致"));
        assertThat(rejected.status()).isEqualTo(200);
        verify(notify, atLeastOnce())
                .notifyUser(argThat(n -> n.template().equals("notify.directory.review-rejected")
                        && n.params().get("reason").equals("营业执照上的名称与填写不一致")));
        assertThat(client().get("/api/factory/" + factoryId)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("LISTED");
        // Deciding twice is refused.
        assertThat(reviewer.post(
                                "/api/directory/admin/reviews/"
                                        + change.json().path("id").asString() + "/approve",
                                null)
                        .status())
                .isEqualTo(409);

        // "纺织" finds "东莞市华强纺织有限公司": the newest hits first, so generated namesakes listed earlier stay below.
        var found = client().get("/api/directory/factories?q=" + enc("纺织") + "&sort=newest&size=50");
        assertThat(ids(found.json())).contains(factoryId);
        JsonNode hit = null;
        for (JsonNode item : found.json().path("items")) {
            if (item.path("id").asString().equals(factoryId)) {
                hit = item;
            }
        }
        assertThat(hit.path("name").asString()).isEqualTo("东莞市华强纺织有限公司");
        // Every word must match: a word neither its name nor its tags hold leaves it out.
        assertThat(ids(client().get("/api/directory/factories?q=" + enc("纺织 注塑模具") + "&sort=newest&size=50")
                        .json()))
                .doesNotContain(factoryId);
    }

    @Test
    void anApprovedMoveToAnotherCountyMovesTheFactorysPointThere() {
        ApiClient factory = loggedIn("FACTORY");
        String code = creditCode();
        var first = factory.post("/api/directory/my-factory/onboarding", form(factory, "深圳市南山保温杯厂", code));
        String factoryId = first.json().path("factoryId").asString();
        ApiClient reviewer = admin();
        reviewer.post("/api/directory/admin/reviews/" + first.json().path("id").asString() + "/approve", null);
        JsonNode before = client().get("/api/factory/" + factoryId).json().path("location");
        // 南山区's seat (reference/cn_admin_coordinates.csv)
        assertThat(before.path("lat").asDouble()).isCloseTo(22.5333, within(0.001));
        assertThat(before.path("lng").asDouble()).isCloseTo(113.9304, within(0.001));

        Map<String, Object> moved = form(factory, "深圳市南山保温杯厂", code);
        moved.put("provinceCode", "33");
        moved.put("cityCode", "3301");
        moved.put("countyCode", "330106");
        var change = factory.post("/api/directory/my-factory/onboarding", moved);
        assertThat(change.status()).as(change.body()).isEqualTo(201);
        // until the move is approved, the listing stays where it was verified
        assertThat(client().get("/api/factory/" + factoryId)
                        .json()
                        .path("location")
                        .path("lat")
                        .asDouble())
                .isCloseTo(22.5333, within(0.001));

        var approved = reviewer.post(
                "/api/directory/admin/reviews/" + change.json().path("id").asString() + "/approve", null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        JsonNode after = client().get("/api/factory/" + factoryId).json();
        assertThat(after.path("address").path("county").path("code").asString()).isEqualTo("330106");
        // 西湖区's seat
        assertThat(after.path("location").path("lat").asDouble()).isCloseTo(30.2595, within(0.001));
        assertThat(after.path("location").path("lng").asDouble()).isCloseTo(120.1302, within(0.001));
    }

    @Test
    void batchApprovalReportsEachItem() {
        ApiClient a = loggedIn("FACTORY");
        ApiClient b = loggedIn("FACTORY");
        String ra = a.post("/api/directory/my-factory/onboarding", form(a, "甲工厂有限公司", creditCode()))
                .json()
                .path("id")
                .asString();
        String rb = b.post("/api/directory/my-factory/onboarding", form(b, "乙工厂有限公司", creditCode()))
                .json()
                .path("id")
                .asString();
        ApiClient reviewer = admin();
        reviewer.post("/api/directory/admin/reviews/" + rb + "/reject", Map.of("reason", "执照模糊"));
        var batch = reviewer.post("/api/directory/admin/reviews/approvals", Map.of("reviewIds", List.of(ra, rb)));
        assertThat(batch.status()).as(batch.body()).isEqualTo(200);
        assertThat(batch.json().path("approved").toString()).contains(ra);
        assertThat(batch.json().path("failed").path(rb).asString()).isEqualTo("directory.review-decided");
    }

    static List<String> ids(JsonNode page) {
        List<String> ids = new java.util.ArrayList<>();
        page.path("items").forEach(i -> ids.add(i.path("id").asString()));
        return ids;
    }

    static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
