package com.realsourcing.directory;

import static com.realsourcing.directory.DirectoryFixtures.creditCode;
import static com.realsourcing.directory.DirectoryFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.files.TestFiles;
import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Who may do what in the directory, with real accounts of each kind: a visitor (no session), a buyer (a trading
 * company), the factory itself, a reviewer (a REVIEWER member of the platform organisation, invited like a real
 * one), an operator (OPERATOR of the platform) and another factory that has a listed factory of its own.
 */
class DirectoryPermissionMatrixIntegrationTests extends ApiTestSupport {

    private static final byte[] CSV =
            "name,address,country\nMatrix Test Garments,Dongguan,CN\n".getBytes(StandardCharsets.UTF_8);

    /** A method and path with the body to send; UPLOAD posts {@link #CSV} as the multipart part {@code file}. */
    record Call(String method, String path, Object body) {
        static Call get(String path) {
            return new Call("GET", path, null);
        }

        static Call post(String path, Object body) {
            return new Call("POST", path, body);
        }

        static Call upload(String path) {
            return new Call("UPLOAD", path, null);
        }

        int send(ApiClient client) {
            return method.equals("UPLOAD")
                    ? client.upload(path, "matrix.csv", CSV, Map.of()).status()
                    : client.send(method, path, body).status();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    record Case(String who, ApiClient client, Call call, int expected) {}

    private static String id(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 202);
        return response.json().path("id").asString();
    }

    @Test
    void visitorBuyerFactoryReviewerOperatorAndAnotherFactory() {
        ApiClient reviewer = platformMember("REVIEWER", "审核员小张");
        ApiClient operator = platformMember("OPERATOR", "运营小李");
        ApiClient visitor = client();
        ApiClient buyer = loggedIn("TRADING_COMPANY");

        // The factory onboards; the reviewer (not the super admin) decides it and reads its licence.
        ApiClient owner = loggedIn("FACTORY");
        Map<String, Object> ownerForm = form(owner, "杭州市萧山印刷包装有限公司", creditCode());
        String licence = (String) ownerForm.get("licenceFileId");
        var submitted = owner.post("/api/directory/my-factory/onboarding", ownerForm);
        String review = id(submitted);
        String factoryId = submitted.json().path("factoryId").asString();
        assertThat(reviewer.get("/api/files/" + licence).status()).isEqualTo(200);
        assertThat(reviewer.post("/api/directory/admin/reviews/" + review + "/approve", null)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("APPROVED");

        // Another factory with a listed factory of its own.
        ApiClient other = loggedIn("FACTORY");
        var otherSubmitted =
                other.post("/api/directory/my-factory/onboarding", form(other, "绍兴市柯桥别家印刷有限公司", creditCode()));
        String otherFactoryId = otherSubmitted.json().path("factoryId").asString();
        reviewer.post("/api/directory/admin/reviews/" + id(otherSubmitted) + "/approve", null);

        // A third submission waits in the queue, one more is for the reviewer to turn down.
        ApiClient waiting = loggedIn("FACTORY");
        var pending = waiting.post("/api/directory/my-factory/onboarding", form(waiting, "宁波市待审保温杯有限公司", creditCode()));
        String pendingReview = id(pending);
        String pendingFactoryId = pending.json().path("factoryId").asString();
        ApiClient refused = loggedIn("FACTORY");
        var refusedSubmitted =
                refused.post("/api/directory/my-factory/onboarding", form(refused, "温州市待拒鞋材有限公司", creditCode()));
        String refusedReview = id(refusedSubmitted);
        String refusedFactoryId = refusedSubmitted.json().path("factoryId").asString();

        // The factory's private things: a product, a certificate waiting for a check, a workshop photo, an inquiry.
        String product = id(owner.post("/api/directory/my-factory/products", Map.of("name", "礼盒")));
        String evidence = id(owner.upload("/api/files", "iso.pdf", TestFiles.pdf(), Map.of()));
        Map<String, Object> cert = new LinkedHashMap<>();
        cert.put("type", "ISO_9001");
        cert.put("issuer", "SGS");
        cert.put("number", "CN-" + System.nanoTime());
        cert.put("validUntil", "2099-12-31");
        cert.put("evidenceFileId", evidence);
        String certification = id(owner.post("/api/directory/my-factory/certifications", cert));
        String photo = id(owner.upload("/api/files", "workshop.png", TestFiles.png(60, 40), Map.of()));
        String media = id(owner.post("/api/directory/my-factory/media", Map.of("fileId", photo)));
        Map<String, Object> inquiryBody = Map.of("productName", "礼盒", "quantity", 500, "unit", "个", "message", "请报价");
        String inquiry = id(buyer.post("/api/directory/factories/" + factoryId + "/inquiries", inquiryBody));
        String job = id(operator.upload("/api/directory/imports", "matrix.csv", CSV, Map.of()));
        String tagBody = "越权" + System.nanoTime() % 100_000;
        String flask = DirectoryFixtures.categoryId(DirectoryFixtures.taxonomy(visitor), "保温杯");
        Map<String, Object> newTag = Map.of("kind", "INDUSTRY", "nameZh", tagBody, "nameEn", "Forbidden " + tagBody);
        Map<String, Object> newerTag =
                Map.of("kind", "INDUSTRY", "nameZh", tagBody + "乙", "nameEn", "Allowed " + tagBody);

        String card = "/api/factory/" + factoryId;
        String inquire = "/api/directory/factories/" + factoryId + "/inquiries";
        String favourite = "/api/directory/factories/" + factoryId + "/favourite";
        String claim = "/api/directory/factories/" + factoryId + "/claims";
        List<Case> cases = new ArrayList<>();
        // A visitor browses; every write route asks them to log in.
        cases.add(new Case("visitor", visitor, Call.get(card), 200));
        cases.add(new Case("visitor", visitor, Call.get("/api/directory/factories?q=" + enc("印刷")), 200));
        cases.add(new Case("visitor", visitor, Call.get("/api/directory/taxonomy"), 200));
        cases.add(new Case("visitor", visitor, Call.get("/api/factory/" + pendingFactoryId), 404));
        cases.add(new Case("visitor", visitor, Call.post(inquire, inquiryBody), 401));
        cases.add(new Case("visitor", visitor, new Call("PUT", favourite, null), 401));
        cases.add(new Case("visitor", visitor, new Call("DELETE", favourite, null), 401));
        cases.add(new Case("visitor", visitor, Call.get("/api/directory/favourites"), 401));
        cases.add(new Case("visitor", visitor, Call.post(claim, form(buyer, "冒名工厂", creditCode())), 401));
        cases.add(new Case("visitor", visitor, Call.upload("/api/directory/imports"), 401));
        cases.add(new Case("visitor", visitor, Call.get("/api/directory/imports/" + job), 401));
        cases.add(new Case(
                "visitor",
                visitor,
                Call.post("/api/directory/my-factory/onboarding", form(buyer, "游客工厂", creditCode())),
                401));
        cases.add(new Case("visitor", visitor, Call.get("/api/directory/my-factory"), 401));
        cases.add(new Case("visitor", visitor, Call.get("/api/directory/admin/reviews"), 401));
        cases.add(new Case("visitor", visitor, Call.get("/api/files/" + licence), 404));
        // A buyer sends inquiries and saves factories; nothing of a factory's own or of the platform's.
        cases.add(new Case("buyer", buyer, Call.post(inquire, inquiryBody), 201));
        cases.add(new Case("buyer", buyer, new Call("PUT", favourite, null), 204));
        cases.add(new Case("buyer", buyer, Call.get("/api/directory/my-factory"), 403));
        cases.add(new Case(
                "buyer",
                buyer,
                Call.post("/api/directory/my-factory/onboarding", form(buyer, "买家冒充工厂", creditCode())),
                403));
        cases.add(new Case("buyer", buyer, Call.post(claim, form(buyer, "买家认领", creditCode())), 403));
        cases.add(new Case("buyer", buyer, Call.get("/api/directory/admin/reviews"), 403));
        cases.add(new Case(
                "buyer", buyer, Call.post("/api/directory/admin/reviews/" + pendingReview + "/approve", null), 403));
        cases.add(new Case("buyer", buyer, Call.post("/api/directory/admin/tags", newTag), 403));
        cases.add(new Case("buyer", buyer, Call.upload("/api/directory/imports"), 403));
        cases.add(new Case("buyer", buyer, Call.get("/api/files/" + licence), 404));
        // The factory keeps its own things and reads its inquiries; no queue, no taxonomy, no imports.
        cases.add(new Case("factory", owner, Call.get("/api/directory/my-factory"), 200));
        cases.add(new Case("factory", owner, Call.get("/api/directory/my-factory/inquiries"), 200));
        cases.add(new Case("factory", owner, Call.get("/api/files/" + licence), 200));
        cases.add(new Case("factory", owner, Call.get("/api/directory/admin/reviews"), 403));
        cases.add(new Case(
                "factory", owner, Call.post("/api/directory/admin/reviews/" + pendingReview + "/approve", null), 403));
        cases.add(new Case(
                "factory",
                owner,
                Call.post("/api/directory/admin/certifications/" + certification + "/verify", null),
                403));
        cases.add(new Case("factory", owner, Call.post("/api/directory/admin/tags", newTag), 403));
        cases.add(new Case("factory", owner, Call.upload("/api/directory/imports"), 403));
        cases.add(new Case("factory", owner, Call.get("/api/directory/imports/" + job), 403));
        // The reviewer decides reviews and certificates and reads licences; the taxonomy and imports are the
        // operators'.
        cases.add(new Case("reviewer", reviewer, Call.get("/api/directory/admin/reviews?status=PENDING"), 200));
        cases.add(new Case("reviewer", reviewer, Call.get("/api/directory/admin/reviews/" + pendingReview), 200));
        cases.add(new Case("reviewer", reviewer, Call.get("/api/factory/" + pendingFactoryId), 200));
        cases.add(new Case("reviewer", reviewer, Call.get("/api/files/" + licence), 200));
        cases.add(new Case("reviewer", reviewer, Call.get("/api/files/" + evidence), 200));
        cases.add(new Case(
                "reviewer",
                reviewer,
                Call.post("/api/directory/admin/reviews/" + refusedReview + "/reject", Map.of("reason", "执照模糊")),
                200));
        cases.add(new Case(
                "reviewer",
                reviewer,
                Call.post("/api/directory/admin/reviews/" + pendingReview + "/approve", null),
                200));
        cases.add(new Case("reviewer", reviewer, Call.get("/api/directory/admin/certifications"), 200));
        cases.add(new Case(
                "reviewer",
                reviewer,
                Call.post("/api/directory/admin/certifications/" + certification + "/verify", null),
                200));
        cases.add(new Case("reviewer", reviewer, Call.post("/api/directory/admin/tags", newTag), 403));
        cases.add(new Case(
                "reviewer",
                reviewer,
                new Call("PATCH", "/api/directory/admin/tags/" + flask, Map.of("nameZh", "改名")),
                403));
        cases.add(
                new Case("reviewer", reviewer, Call.post("/api/directory/admin/tags/" + flask + "/retire", null), 403));
        cases.add(new Case("reviewer", reviewer, Call.upload("/api/directory/imports"), 403));
        cases.add(new Case("reviewer", reviewer, Call.get("/api/directory/imports/" + job), 403));
        cases.add(new Case("reviewer", reviewer, Call.post("/api/directory/admin/search-index", null), 403));
        cases.add(new Case("reviewer", reviewer, Call.get("/api/directory/my-factory"), 403));
        // The operator keeps the taxonomy and imports, and decides no reviews.
        cases.add(new Case("operator", operator, Call.post("/api/directory/admin/tags", newerTag), 201));
        cases.add(new Case("operator", operator, Call.get("/api/directory/imports/" + job), 200));
        cases.add(new Case("operator", operator, Call.get("/api/directory/admin/reviews"), 403));
        cases.add(new Case("operator", operator, Call.get("/api/files/" + licence), 404));
        // Another factory sees its own factory, and this factory's private things are simply not there.
        cases.add(new Case("other factory", other, Call.get("/api/directory/my-factory"), 200));
        cases.add(new Case("other factory", other, Call.get(card), 200));
        cases.add(new Case("other factory", other, Call.get("/api/factory/" + refusedFactoryId), 404));
        cases.add(new Case("other factory", other, Call.get("/api/files/" + licence), 404));
        cases.add(new Case("other factory", other, Call.get("/api/files/" + evidence), 404));
        cases.add(new Case(
                "other factory",
                other,
                Call.post("/api/directory/my-factory/inquiries/" + inquiry + "/read", null),
                404));
        cases.add(new Case(
                "other factory",
                other,
                new Call("PUT", "/api/directory/my-factory/products/" + product, Map.of("name", "改成我的")),
                404));
        cases.add(new Case(
                "other factory",
                other,
                new Call("DELETE", "/api/directory/my-factory/products/" + product, null),
                404));
        cases.add(new Case(
                "other factory",
                other,
                new Call("DELETE", "/api/directory/my-factory/certifications/" + certification, null),
                404));
        cases.add(new Case(
                "other factory", other, new Call("DELETE", "/api/directory/my-factory/media/" + media, null), 404));
        cases.add(new Case("other factory", other, Call.post(claim, form(other, "抢注工厂", creditCode())), 409));
        cases.add(new Case("other factory", other, Call.get("/api/directory/admin/reviews"), 403));

        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            int status = c.call().send(c.client());
            if (status != c.expected()) {
                wrong.add(c.who() + " " + c.call() + " -> " + status + " (expected " + c.expected() + ")");
            }
        }
        assertThat(wrong).isEmpty();

        // The other factory's dashboard is its own, with none of this factory's inquiries.
        JsonNode otherDashboard = other.get("/api/directory/my-factory").json();
        assertThat(otherDashboard.path("factory").path("id").asString())
                .isEqualTo(otherFactoryId)
                .isNotEqualTo(factoryId);
        assertThat(other.get("/api/directory/my-factory/inquiries")
                        .json()
                        .path("total")
                        .asLong())
                .isZero();
        // Nothing the other factory tried changed this factory's things.
        JsonNode mine = owner.get("/api/directory/my-factory").json();
        assertThat(mine.path("factory").path("id").asString()).isEqualTo(factoryId);
        assertThat(mine.path("factory").path("products").get(0).path("name").asString())
                .isEqualTo("礼盒");
        assertThat(mine.path("certifications").get(0).path("id").asString()).isEqualTo(certification);
        assertThat(mine.path("factory").path("media").get(0).path("id").asString())
                .isEqualTo(media);
        JsonNode received = owner.get("/api/directory/my-factory/inquiries").json();
        assertThat(received.path("total").asLong()).isEqualTo(2);
        received.path("items")
                .forEach(i -> assertThat(i.path("status").asString()).isEqualTo("NEW"));
        // What the reviewer decided holds: the waiting factory is listed, the refused one is not.
        assertThat(visitor.get("/api/factory/" + pendingFactoryId).status()).isEqualTo(200);
        assertThat(refused.get("/api/directory/my-factory")
                        .json()
                        .path("factory")
                        .path("status")
                        .asString())
                .isEqualTo("REJECTED");
        // The reviewer's name stands beside the certificate they checked.
        JsonNode verified = visitor.get(card).json().path("certifications").get(0);
        assertThat(verified.path("status").asString()).isEqualTo("VERIFIED");
        assertThat(verified.path("verifiedByName").asString()).isEqualTo("审核员小张");
        // The taxonomy did not change under the reviewer.
        assertThat(visitor.get("/api/directory/tags/" + flask)
                        .json()
                        .path("nameZh")
                        .asString())
                .isEqualTo("保温杯");
        assertThat(visitor.get("/api/directory/taxonomy").body()).doesNotContain("Forbidden " + tagBody);
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
