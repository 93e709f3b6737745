package com.realsourcing.directory;

import static com.realsourcing.directory.DirectoryFixtures.creditCode;
import static com.realsourcing.directory.DirectoryFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.files.TestFiles;
import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The factory page: trust profile, certificates, products, inquiries, favourites, contacts and who may do what. */
class FactoryPageApiIntegrationTests extends ApiTestSupport {

    record Listed(ApiClient owner, String factoryId) {}

    private Listed listedFactory(String name) {
        ApiClient owner = loggedIn("FACTORY");
        var submitted = owner.post("/api/directory/my-factory/onboarding", form(owner, name, creditCode()));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        var approved = admin().post(
                        "/api/directory/admin/reviews/"
                                + submitted.json().path("id").asString() + "/approve",
                        null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return new Listed(owner, submitted.json().path("factoryId").asString());
    }

    @Test
    void theTrustProfileCertificatesAndProductsShowOnThePage() {
        Listed f = listedFactory("宁波市甬江保温杯有限公司");
        var profile = f.owner()
                .put(
                        "/api/directory/my-factory/profile",
                        Map.of(
                                "description",
                                "专注不锈钢保温杯 20 年",
                                "foundedYear",
                                2001,
                                "staffCount",
                                320,
                                "areaSqm",
                                12000,
                                "productionLines",
                                8,
                                "monthlyCapacity",
                                "50 万只/月",
                                "oem",
                                true,
                                "odm",
                                true,
                                "exportCountries",
                                List.of("us", "DE", "NG")));
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        assertThat(profile.json().path("exportCountries").toString())
                .contains("美国")
                .contains("\"region\":\"north-america\"")
                .contains("北美");

        var badCountry = f.owner().put("/api/directory/my-factory/profile", Map.of("exportCountries", List.of("XX")));
        assertThat(badCountry.status()).isEqualTo(400);
        assertThat(badCountry.json().path("errors").get(0).path("field").asString())
                .isEqualTo("exportCountries");

        String evidence = f.owner()
                .upload("/api/files", "iso.pdf", TestFiles.pdf(), Map.of())
                .json()
                .path("id")
                .asString();
        Map<String, Object> cert = new LinkedHashMap<>();
        cert.put("type", "ISO_9001");
        cert.put("issuer", "SGS");
        cert.put("number", "CN-9001-123");
        cert.put("validFrom", "2024-01-01");
        cert.put("validUntil", "2099-12-31");
        cert.put("evidenceFileId", evidence);
        var added = f.owner().post("/api/directory/my-factory/certifications", cert);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().path("status").asString()).isEqualTo("PENDING");
        // Not public until a reviewer checked it.
        assertThat(client().get("/api/factory/" + f.factoryId())
                        .json()
                        .path("certifications")
                        .size())
                .isZero();
        var verified = admin().post(
                        "/api/directory/admin/certifications/"
                                + added.json().path("id").asString() + "/verify",
                        null);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);

        String image = f.owner()
                .upload("/api/files", "cup.png", TestFiles.png(40, 40), Map.of())
                .json()
                .path("id")
                .asString();
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("name", "316 不锈钢真空保温杯 500ml");
        product.put("imageFileIds", List.of(image));
        product.put("priceMin", 12.5);
        product.put("priceMax", 18);
        product.put("currency", "cny");
        product.put("moq", 1000);
        product.put("moqUnit", "个");
        product.put("leadTimeDays", 25);
        var p = f.owner().post("/api/directory/my-factory/products", product);
        assertThat(p.status()).as(p.body()).isEqualTo(201);
        assertThat(p.json().path("price").path("currency").asString()).isEqualTo("CNY");
        product.put("priceMax", 5);
        assertThat(f.owner().post("/api/directory/my-factory/products", product).status())
                .isEqualTo(400);
        // The product image is public now; the licence is not.
        assertThat(client().get("/api/files/" + image).status()).isEqualTo(200);

        JsonNode card = client().get("/api/factory/" + f.factoryId()).json();
        assertThat(card.path("profile").path("foundedYear").asInt()).isEqualTo(2001);
        assertThat(card.path("certifications").get(0).path("type").asString()).isEqualTo("ISO_9001");
        assertThat(card.path("products").get(0).path("moq").asInt()).isEqualTo(1000);
        List<String> badges = new java.util.ArrayList<>();
        card.path("badges").forEach(b -> badges.add(b.path("code").asString()));
        assertThat(badges).contains("LICENCE_VERIFIED", "CERTIFIED", "ESTABLISHED", "EXPORTER");
        JsonNode established = null;
        for (JsonNode b : card.path("badges")) {
            if (b.path("code").asString().equals("ESTABLISHED")) {
                established = b;
            }
        }
        assertThat(established.path("reason").asString()).contains("2001");
        assertThat(client().language("en-US")
                        .get("/api/factory/" + f.factoryId())
                        .json()
                        .path("badges")
                        .get(0)
                        .path("label")
                        .asString())
                .isEqualTo("Licence verified");

        // Found by the product name and by the certificate filter.
        var search = client().get("/api/directory/factories?q=" + FactoryOnboardingApiIntegrationTests.enc("真空保温杯")
                + "&certification=ISO_9001&exportCountry=NG&size=50");
        assertThat(FactoryOnboardingApiIntegrationTests.ids(search.json())).contains(f.factoryId());
        assertThat(search.json().path("facets").path("certification").toString())
                .contains("ISO_9001");

        JsonNode dashboard = f.owner().get("/api/directory/my-factory").json();
        assertThat(dashboard.path("completeness").asInt()).isBetween(50, 99);
        assertThat(dashboard.path("missing").toString()).contains("media").doesNotContain("products");
    }

    @Test
    void workshopPhotosAndVideosAreAddedShownAndRemoved() {
        Listed f = listedFactory("东莞市厚街家具制造有限公司");
        assertThat(f.owner()
                        .get("/api/directory/my-factory")
                        .json()
                        .path("missing")
                        .toString())
                .contains("media");
        String photo = f.owner()
                .upload("/api/files", "workshop.png", TestFiles.png(80, 60), Map.of())
                .json()
                .path("id")
                .asString();
        String video = f.owner()
                .upload("/api/files", "line.mp4", TestFiles.mp4("isom"), Map.of())
                .json()
                .path("id")
                .asString();
        // Before it is on the page, a photo is the factory's own.
        assertThat(client().get("/api/files/" + photo).status()).isEqualTo(404);

        var addedPhoto = f.owner().post("/api/directory/my-factory/media", Map.of("fileId", photo, "caption", "注塑车间"));
        assertThat(addedPhoto.status()).as(addedPhoto.body()).isEqualTo(201);
        assertThat(addedPhoto.json().path("kind").asString()).isEqualTo("PHOTO");
        assertThat(addedPhoto.header("Location"))
                .get()
                .asString()
                .endsWith(addedPhoto.json().path("id").asString());
        var addedVideo = f.owner().post("/api/directory/my-factory/media", Map.of("fileId", video));
        assertThat(addedVideo.status()).as(addedVideo.body()).isEqualTo(201);
        assertThat(addedVideo.json().path("kind").asString()).isEqualTo("VIDEO");
        // The same file twice is one item.
        assertThat(f.owner()
                        .post("/api/directory/my-factory/media", Map.of("fileId", photo))
                        .json()
                        .path("id")
                        .asString())
                .isEqualTo(addedPhoto.json().path("id").asString());
        // A PDF is no workshop photo; another organisation's photo is not found.
        String pdf = f.owner()
                .upload("/api/files", "brochure.pdf", TestFiles.pdf(), Map.of())
                .json()
                .path("id")
                .asString();
        var notMedia = f.owner().post("/api/directory/my-factory/media", Map.of("fileId", pdf));
        assertThat(notMedia.status()).isEqualTo(400);
        assertThat(notMedia.json().path("errors").get(0).path("field").asString())
                .isEqualTo("fileId");
        Listed other = listedFactory("东莞市大朗毛织有限公司");
        assertThat(other.owner()
                        .post("/api/directory/my-factory/media", Map.of("fileId", photo))
                        .status())
                .isEqualTo(400);

        JsonNode media = client().get("/api/factory/" + f.factoryId()).json().path("media");
        assertThat(media.size()).isEqualTo(2);
        assertThat(media.get(0).path("fileId").asString()).isEqualTo(photo);
        assertThat(media.get(0).path("caption").asString()).isEqualTo("注塑车间");
        assertThat(media.get(1).path("kind").asString()).isEqualTo("VIDEO");
        assertThat(client().get("/api/files/" + photo).status()).isEqualTo(200);
        assertThat(f.owner()
                        .get("/api/directory/my-factory")
                        .json()
                        .path("missing")
                        .toString())
                .doesNotContain("media");

        String photoItem = addedPhoto.json().path("id").asString();
        assertThat(other.owner()
                        .delete("/api/directory/my-factory/media/" + photoItem)
                        .status())
                .isEqualTo(404);
        assertThat(f.owner()
                        .delete("/api/directory/my-factory/media/" + photoItem)
                        .status())
                .isEqualTo(204);
        assertThat(f.owner()
                        .delete("/api/directory/my-factory/media/" + photoItem)
                        .status())
                .isEqualTo(404);
        JsonNode left = client().get("/api/factory/" + f.factoryId()).json().path("media");
        assertThat(left.size()).isEqualTo(1);
        assertThat(left.get(0).path("fileId").asString()).isEqualTo(video);
        // Off the page, the photo is private again; the owner still has it.
        assertThat(client().get("/api/files/" + photo).status()).isEqualTo(404);
        assertThat(f.owner().get("/api/files/" + photo).status()).isEqualTo(200);
    }

    @org.springframework.beans.factory.annotation.Autowired
    com.realsourcing.directory.domain.CertificationService certificationService;

    @Test
    void certificatesExpiringWithinThirtyDaysAreRemindedOnceAndFlaggedForReviewers() {
        Listed f = listedFactory("东莞市长安五金模具有限公司");
        String evidence = f.owner()
                .upload("/api/files", "ce.pdf", TestFiles.pdf(), Map.of())
                .json()
                .path("id")
                .asString();
        java.time.LocalDate soon =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(10);
        var added = f.owner()
                .post(
                        "/api/directory/my-factory/certifications",
                        Map.of(
                                "type",
                                "CE",
                                "issuer",
                                "TÜV",
                                "number",
                                "CE-" + System.nanoTime(),
                                "validUntil",
                                soon.toString(),
                                "evidenceFileId",
                                evidence));
        String id = added.json().path("id").asString();
        admin().post("/api/directory/admin/certifications/" + id + "/verify", null);

        int sent = certificationService.remindAndExpire();
        assertThat(sent).isPositive();
        org.mockito.Mockito.verify(notify)
                .notifyUser(org.mockito.ArgumentMatchers.argThat(
                        n -> n.template().equals("notify.directory.certification-expiring")
                                && n.params().get("date").equals(soon.toString())));
        org.mockito.Mockito.clearInvocations(notify);
        certificationService.remindAndExpire();
        org.mockito.Mockito.verify(notify, org.mockito.Mockito.never())
                .notifyUser(org.mockito.ArgumentMatchers.argThat(
                        n -> n.template().equals("notify.directory.certification-expiring")
                                && n.params().get("date").equals(soon.toString())));

        JsonNode expiring = admin().get("/api/directory/admin/certifications?expiring=true&size=100")
                .json();
        JsonNode mine = null;
        for (JsonNode c : expiring.path("items")) {
            if (c.path("id").asString().equals(id)) {
                mine = c;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.path("expiringSoon").asBoolean()).isTrue();
        assertThat(f.owner()
                        .get("/api/directory/my-factory")
                        .json()
                        .path("certifications")
                        .get(0)
                        .path("expiringSoon")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aRetiredTagNeverBreaksAProfileThatHasIt() {
        Listed f = listedFactory("青岛市即墨针织服饰有限公司");
        ApiClient operator = admin();
        JsonNode taxonomy = DirectoryFixtures.taxonomy(operator);
        String dailyGoods = DirectoryFixtures.industryId(taxonomy, "daily-goods");
        var tag = operator.post(
                "/api/directory/admin/tags",
                Map.of(
                        "kind",
                        "CATEGORY",
                        "parentId",
                        dailyGoods,
                        "nameZh",
                        "临时品类" + System.nanoTime() % 100000,
                        "nameEn",
                        "Temporary"));
        String tagId = tag.json().path("id").asString();
        String code = creditCode();
        ApiClient owner = loggedIn("FACTORY");
        Map<String, Object> form = form(owner, "带临时标签的工厂", code);
        form.put("categoryTagIds", List.of(tagId));
        String review = owner.post("/api/directory/my-factory/onboarding", form)
                .json()
                .path("id")
                .asString();
        operator.post("/api/directory/admin/reviews/" + review + "/approve", null);

        assertThat(operator.post("/api/directory/admin/tags/" + tagId + "/retire", null)
                        .status())
                .isEqualTo(200);
        String factoryId = owner.get("/api/directory/my-factory")
                .json()
                .path("factory")
                .path("id")
                .asString();
        JsonNode card = client().get("/api/factory/" + factoryId).json();
        assertThat(card.path("categories").get(0).path("retired").asBoolean()).isTrue();
        // The factory still submits changes with the tag it holds; a newcomer cannot pick it.
        Map<String, Object> change = form(owner, "带临时标签的工厂（更名）", code);
        change.put("categoryTagIds", List.of(tagId));
        assertThat(owner.post("/api/directory/my-factory/onboarding", change).status())
                .isEqualTo(201);
        ApiClient newcomer = loggedIn("FACTORY");
        Map<String, Object> other = form(newcomer, "新来的工厂", creditCode());
        other.put("categoryTagIds", List.of(tagId));
        var refused = newcomer.post("/api/directory/my-factory/onboarding", other);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("code").asString())
                .isEqualTo("directory.category-invalid");
    }

    @Test
    void aBuyerSendsAnInquiryTheFactoryReadsIt() {
        Listed f = listedFactory("佛山市顺德厨具制造有限公司");
        ApiClient buyer = loggedIn("TRADING_COMPANY");
        var sent = buyer.post(
                "/api/directory/factories/" + f.factoryId() + "/inquiries",
                Map.of("productName", "不锈钢锅", "quantity", 3000, "unit", "个", "message", "请报 FOB 价"));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(buyer.get("/api/directory/inquiries")
                        .json()
                        .path("items")
                        .get(0)
                        .path("factoryName")
                        .asString())
                .isEqualTo("佛山市顺德厨具制造有限公司");

        JsonNode received = f.owner().get("/api/directory/my-factory/inquiries").json();
        assertThat(received.path("total").asLong()).isEqualTo(1);
        assertThat(received.path("items").get(0).path("quantity").asInt()).isEqualTo(3000);
        assertThat(f.owner()
                        .get("/api/directory/my-factory")
                        .json()
                        .path("unreadInquiries")
                        .asLong())
                .isEqualTo(1);
        String id = received.path("items").get(0).path("id").asString();
        assertThat(f.owner()
                        .post("/api/directory/my-factory/inquiries/" + id + "/read", null)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("READ");
        assertThat(client().get("/api/factory/" + f.factoryId())
                        .json()
                        .path("inquiryCount")
                        .asInt())
                .isEqualTo(1);

        var zero = buyer.post(
                "/api/directory/factories/" + f.factoryId() + "/inquiries",
                Map.of("productName", "锅", "quantity", 0, "unit", "个", "message", "?"));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.json().path("errors").get(0).path("field").asString()).isEqualTo("quantity");
        var own = f.owner()
                .post(
                        "/api/directory/factories/" + f.factoryId() + "/inquiries",
                        Map.of("productName", "锅", "quantity", 1, "unit", "个", "message", "?"));
        assertThat(own.status()).isIn(400, 403);
    }

    @Test
    void contactsAreForVerifiedOrganisationsOnly() {
        Listed f = listedFactory("苏州市吴中精密模具有限公司");
        String path = "/api/factory/" + f.factoryId();
        assertThat(client().get(path).json().path("contact").path("visibility").asString())
                .isEqualTo("LOGIN_REQUIRED");

        ApiClient buyer = loggedIn("BRAND");
        JsonNode masked = buyer.get(path).json().path("contact");
        assertThat(masked.path("visibility").asString()).isEqualTo("VERIFICATION_REQUIRED");
        assertThat(masked.path("mobile").asString()).isEqualTo("138****5678");

        Map<String, Object> verification = form(buyer, "上海优品品牌管理有限公司", creditCode());
        verification.remove("industryTagId");
        verification.remove("categoryTagIds");
        verification.remove("attributeTagIds");
        var submitted = buyer.post("/api/directory/verification", verification);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        assertThat(submitted.json().path("kind").asString()).isEqualTo("VERIFICATION");
        assertThat(admin().post(
                                "/api/directory/admin/reviews/"
                                        + submitted.json().path("id").asString() + "/approve",
                                null)
                        .status())
                .isEqualTo(200);
        assertThat(buyer.get("/api/directory/verification")
                        .json()
                        .path("verified")
                        .asBoolean())
                .isTrue();
        JsonNode visible = buyer.get(path).json().path("contact");
        assertThat(visible.path("visibility").asString()).isEqualTo("VISIBLE");
        assertThat(visible.path("mobile").asString()).isEqualTo("13812345678");
    }

    @Test
    void favouritesAreSavedOncePerUser() {
        Listed f = listedFactory("泉州市晋江鞋业有限公司");
        ApiClient buyer = loggedIn("TRADING_COMPANY");
        assertThat(buyer.put("/api/directory/factories/" + f.factoryId() + "/favourite", null)
                        .status())
                .isEqualTo(204);
        assertThat(buyer.put("/api/directory/factories/" + f.factoryId() + "/favourite", null)
                        .status())
                .isEqualTo(204);
        JsonNode list = buyer.get("/api/directory/favourites").json();
        assertThat(list.size()).isEqualTo(1);
        assertThat(buyer.get("/api/factory/" + f.factoryId())
                        .json()
                        .path("favourite")
                        .asBoolean())
                .isTrue();
        assertThat(buyer.delete("/api/directory/factories/" + f.factoryId() + "/favourite")
                        .status())
                .isEqualTo(204);
        assertThat(buyer.get("/api/directory/favourites").json().size()).isZero();
    }
}
