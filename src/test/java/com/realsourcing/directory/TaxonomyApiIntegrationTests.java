package com.realsourcing.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TaxonomyApiIntegrationTests extends ApiTestSupport {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Test
    void aVisitorReadsTheTaxonomyInBothLanguages() {
        var response = client().get("/api/directory/taxonomy");
        assertThat(response.status()).isEqualTo(200);
        JsonNode taxonomy = response.json();

        assertThat(names(taxonomy.path("industries"), "nameZh"))
                .startsWith("日用百货制造", "电子3C制造", "服装服饰制造", "模具加工服务", "印刷包装服务", "其他加工服务");
        JsonNode dailyGoods = byCode(taxonomy.path("industries"), "daily-goods");
        assertThat(dailyGoods.path("nameEn").asString()).isEqualTo("Daily goods manufacturing");
        assertThat(names(dailyGoods.path("categories"), "nameZh")).startsWith("保温杯", "餐具", "厨具", "收纳用品");
        assertThat(names(byCode(taxonomy.path("industries"), "moulds").path("categories"), "nameZh"))
                .startsWith("注塑模具", "冲压模具", "压铸模具", "模具设计");
        for (JsonNode industry : taxonomy.path("industries")) {
            if (industry.path("code")
                    .asString()
                    .matches("daily-goods|electronics-3c|apparel|moulds|printing-packaging|other-processing")) {
                assertThat(industry.path("categories").size())
                        .as(industry.path("code").asString())
                        .isBetween(4, 8);
                industry.path("categories")
                        .forEach(c -> assertThat(c.path("nameEn").asString()).isNotBlank());
            }
        }
        assertThat(dailyGoods.path("exportIndustries").toString()).contains("home-goods");

        JsonNode groups = taxonomy.path("attributeGroups");
        assertThat(names(groups, "nameZh")).containsExactly("业务类型", "产能", "服务");
        assertThat(names(byCode(groups, "business-type").path("tags"), "nameZh"))
                .startsWith("生产型", "代加工型", "库存清仓型", "定制开发型");
        assertThat(names(byCode(groups, "capacity").path("tags"), "nameZh")).startsWith("小批量接单", "大批量接单", "急单可接");
        assertThat(names(byCode(groups, "service").path("tags"), "nameZh")).startsWith("上门取货", "送货上门", "免费打样", "支持定制");

        JsonNode exports = taxonomy.path("exportIndustries");
        assertThat(names(exports, "nameZh")).containsExactly("纺织服装", "电子数码", "机械制造", "化工材料", "家居用品", "食品饮料", "其他");
        JsonNode textiles = byCode(exports, "textiles-apparel");
        assertThat(names(textiles.path("industries"), "nameZh")).containsExactly("服装服饰制造");
        assertThat(names(textiles.path("hsChapters"), "chapter")).contains("61", "62", "64");
        assertThat(names(byCode(exports, "machinery").path("industries"), "code"))
                .containsExactly("moulds");
        assertThat(names(byCode(exports, "machinery").path("hsChapters"), "chapter"))
                .contains("84", "87");
        int chapters = 0;
        for (JsonNode export : exports) {
            chapters += export.path("hsChapters").size();
        }
        assertThat(chapters).isEqualTo(97);
    }

    @Test
    void anOperatorAddsRenamesReordersRetiresAndRestoresTags() {
        ApiClient admin = admin();
        String industryName = unique("测试行业");
        var industry = admin.post(
                "/api/directory/admin/tags",
                Map.of(
                        "kind",
                        "INDUSTRY",
                        "nameZh",
                        industryName,
                        "nameEn",
                        "Test industry " + industryName,
                        "exportIndustries",
                        List.of("other")));
        assertThat(industry.status()).as(industry.body()).isEqualTo(201);
        String industryId = industry.text("id");
        assertThat(industry.header("Location")).contains("/api/directory/tags/" + industryId);
        assertThat(industry.text("code")).startsWith("test-industry-");
        assertThat(industry.json().path("exportIndustries").toString()).contains("other");

        String a = addCategory(admin, industryId, unique("甲"), "Alpha");
        String b = addCategory(admin, industryId, unique("乙"), "Beta");
        String c = addCategory(admin, industryId, unique("丙"), "Gamma");
        assertThat(categoryIds(industryId, false)).containsExactly(a, b, c);

        // the form shows new tags at once
        JsonNode added = byId(client().get("/api/directory/taxonomy").json().path("industries"), industryId);
        assertThat(added.path("nameZh").asString()).isEqualTo(industryName);
        assertThat(byCode(client().get("/api/directory/taxonomy").json().path("exportIndustries"), "other")
                        .path("industries")
                        .toString())
                .contains(industryId);

        // reorder: γ first
        var moved = admin.put("/api/directory/admin/tags/" + c + "/position", Map.of("position", 0));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().path("sortOrder").asInt()).isZero();
        assertThat(categoryIds(industryId, false)).containsExactly(c, a, b);
        assertThat(admin.put("/api/directory/admin/tags/" + a + "/position", Map.of("position", 99))
                        .status())
                .isEqualTo(200);
        assertThat(categoryIds(industryId, false)).containsExactly(c, b, a);

        // rename both languages
        String renamed = unique("改名");
        var patched =
                admin.patch("/api/directory/admin/tags/" + b, Map.of("nameZh", renamed, "nameEn", "Beta renamed"));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        JsonNode bNode = byId(categories(industryId, false), b);
        assertThat(bNode.path("nameZh").asString()).isEqualTo(renamed);
        assertThat(bNode.path("nameEn").asString()).isEqualTo("Beta renamed");
        assertThat(bNode.path("code").asString())
                .isEqualTo(patched.text("code"))
                .endsWith(".beta");

        // retire: gone from forms, still resolvable by id, shown to the console with includeRetired
        var retired = admin.post("/api/directory/admin/tags/" + a + "/retire", null);
        assertThat(retired.status()).as(retired.body()).isEqualTo(200);
        assertThat(retired.json().path("retired").asBoolean()).isTrue();
        assertThat(retired.text("retiredAt")).isNotNull();
        assertThat(categoryIds(industryId, false)).containsExactly(c, b);
        assertThat(categoryIds(industryId, true)).containsExactly(c, b, a);
        assertThat(byId(categories(industryId, true), a).path("retired").asBoolean())
                .isTrue();
        var resolved = client().get("/api/directory/tags/" + a);
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.json().path("retired").asBoolean()).isTrue();
        assertThat(resolved.text("parentId")).isEqualTo(industryId);
        assertThat(resolved.text("kind")).isEqualTo("CATEGORY");

        // retiring the industry hides it with its categories; mapped export industry no longer lists it
        admin.post("/api/directory/admin/tags/" + industryId + "/retire", null);
        assertThat(idsOf(client().get("/api/directory/taxonomy").json().path("industries")))
                .doesNotContain(industryId);
        assertThat(byCode(client().get("/api/directory/taxonomy").json().path("exportIndustries"), "other")
                        .path("industries")
                        .toString())
                .doesNotContain(industryId);
        admin.post("/api/directory/admin/tags/" + industryId + "/restore", null);

        var restored = admin.post("/api/directory/admin/tags/" + a + "/restore", null);
        assertThat(restored.json().path("retired").asBoolean()).isFalse();
        assertThat(categoryIds(industryId, false)).containsExactly(c, b, a);

        // every change is in the audit log
        Map<String, String> targets = Map.of(
                "directory.tag.created", c,
                "directory.tag.moved", a,
                "directory.tag.changed", b,
                "directory.tag.retired", industryId,
                "directory.tag.restored", a);
        targets.forEach((action, target) -> {
            var audit = admin.get("/api/identity/admin/audit-log?size=100&action=" + action);
            assertThat(byField(audit.json().path("items"), "targetId", target)
                            .path("action")
                            .asString())
                    .isEqualTo(action);
        });
        var changes = admin.get("/api/identity/admin/audit-log?size=100&action=directory.tag.changed")
                .json()
                .path("items");
        JsonNode entry = byField(changes, "targetId", b);
        assertThat(entry.path("targetType").asString()).isEqualTo("DIRECTORY_TAG");
        assertThat(entry.path("targetName").asString()).isEqualTo(renamed);
        assertThat(entry.path("details").toString()).contains("Beta renamed", "Beta");
        var retirements = admin.get("/api/identity/admin/audit-log?size=100&action=directory.tag.retired")
                .json()
                .path("items");
        assertThat(byField(retirements, "targetId", a).path("actorName").asString())
                .isNotBlank();
    }

    @Test
    void theSameChineseNameTwiceUnderOneParentIsAConflict() {
        ApiClient admin = admin();
        JsonNode dailyGoods =
                byCode(client().get("/api/directory/taxonomy").json().path("industries"), "daily-goods");
        String flaskId = byField(dailyGoods.path("categories"), "nameZh", "保温杯")
                .path("id")
                .asString();

        var duplicate = admin.post(
                "/api/directory/admin/tags",
                Map.of(
                        "kind",
                        "CATEGORY",
                        "parentId",
                        dailyGoods.path("id").asString(),
                        "nameZh",
                        "保温杯",
                        "nameEn",
                        "Flasks"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.text("code")).isEqualTo("directory.tag-name-taken");
        assertThat(duplicate.text("existingTagId")).isEqualTo(flaskId);
        assertThat(duplicate.text("detail")).contains("保温杯");

        // the same name under another parent is fine
        String name = unique("同名");
        String moulds = byCode(client().get("/api/directory/taxonomy").json().path("industries"), "moulds")
                .path("id")
                .asString();
        String first = addCategory(admin, dailyGoods.path("id").asString(), name, "Same name");
        String second = addCategory(admin, moulds, name, "Same name");
        assertThat(first).isNotEqualTo(second);

        // renaming onto a sibling's name conflicts too, retired siblings included
        admin.post("/api/directory/admin/tags/" + first + "/retire", null);
        var clash = admin.patch("/api/directory/admin/tags/" + flaskId, Map.of("nameZh", name));
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.text("existingTagId")).isEqualTo(first);
        assertThat(clash.json().path("existingTagRetired").asBoolean()).isTrue();
        assertThat(client().get("/api/directory/tags/" + flaskId).text("nameZh"))
                .isEqualTo("保温杯");

        // an explicit code already in use
        var codeTaken = admin.post(
                "/api/directory/admin/tags",
                Map.of(
                        "kind",
                        "CATEGORY",
                        "parentId",
                        dailyGoods.path("id").asString(),
                        "nameZh",
                        unique("码"),
                        "nameEn",
                        "X",
                        "code",
                        "daily-goods.vacuum-flask"));
        assertThat(codeTaken.status()).isEqualTo(409);
        assertThat(codeTaken.text("code")).isEqualTo("directory.tag-code-taken");
    }

    @Test
    void operatorsAddingTheSameNameAtOnceGetOneTag() throws Exception {
        String industryId = byCode(
                        client().get("/api/directory/taxonomy").json().path("industries"), "apparel")
                .path("id")
                .asString();
        String name = unique("并发");
        List<ApiClient> operators = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            operators.add(admin());
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(operators.size());
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (ApiClient operator : operators) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return operator.post(
                                    "/api/directory/admin/tags",
                                    Map.of(
                                            "kind",
                                            "CATEGORY",
                                            "parentId",
                                            industryId,
                                            "nameZh",
                                            name,
                                            "nameEn",
                                            "Same"))
                            .status();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                results.add(status.get(30, TimeUnit.SECONDS));
            }
            assertThat(results).containsOnly(201, 409).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(names(categories(industryId, true), "nameZh")).containsOnlyOnce(name);
    }

    @Test
    void rejectsTagsInTheWrongPlace() {
        ApiClient admin = admin();
        JsonNode taxonomy = client().get("/api/directory/taxonomy").json();
        String flaskId = byCode(
                        byCode(taxonomy.path("industries"), "daily-goods").path("categories"),
                        "daily-goods.vacuum-flask")
                .path("id")
                .asString();
        String groupId =
                byCode(taxonomy.path("attributeGroups"), "service").path("id").asString();

        var noParent = admin.post(
                "/api/directory/admin/tags", Map.of("kind", "CATEGORY", "nameZh", unique("无"), "nameEn", "None"));
        assertThat(noParent.status()).isEqualTo(400);
        assertThat(noParent.json().path("errors").get(0).path("field").asString())
                .isEqualTo("parentId");

        var underACategory = admin.post(
                "/api/directory/admin/tags",
                Map.of("kind", "CATEGORY", "parentId", flaskId, "nameZh", unique("孙"), "nameEn", "Grandchild"));
        assertThat(underACategory.status()).isEqualTo(400);
        assertThat(underACategory.text("code")).isEqualTo("directory.tag-parent-invalid");

        var attributeWithoutGroup = admin.post(
                "/api/directory/admin/tags", Map.of("kind", "ATTRIBUTE", "nameZh", unique("属"), "nameEn", "Attr"));
        assertThat(attributeWithoutGroup.status()).isEqualTo(400);
        assertThat(attributeWithoutGroup
                        .json()
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asString())
                .isEqualTo("groupId");

        var unknownExport = admin.post(
                "/api/directory/admin/tags",
                Map.of(
                        "kind",
                        "INDUSTRY",
                        "nameZh",
                        unique("行"),
                        "nameEn",
                        "Ind",
                        "exportIndustries",
                        List.of("space")));
        assertThat(unknownExport.status()).isEqualTo(400);
        assertThat(unknownExport.text("code")).isEqualTo("directory.export-industry-unknown");

        var blank = admin.patch("/api/directory/admin/tags/" + flaskId, Map.of("nameEn", ""));
        assertThat(blank.status()).isEqualTo(400);

        var attribute = admin.post(
                "/api/directory/admin/tags",
                Map.of("kind", "ATTRIBUTE", "groupId", groupId, "nameZh", unique("包邮"), "nameEn", "Free shipping"));
        assertThat(attribute.status()).as(attribute.body()).isEqualTo(201);
        assertThat(attribute.text("code")).startsWith("service.free-shipping");
        assertThat(attribute.text("groupCode")).isEqualTo("service");

        assertThat(admin.post("/api/directory/admin/tags/0190a8c0-0000-7000-8000-000000000001/retire", null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void onlyPlatformOperatorsKeepTheTaxonomy() {
        String flaskId = byCode(
                        byCode(client().get("/api/directory/taxonomy").json().path("industries"), "daily-goods")
                                .path("categories"),
                        "daily-goods.vacuum-flask")
                .path("id")
                .asString();
        Map<String, Object> body = Map.of("kind", "INDUSTRY", "nameZh", unique("越权"), "nameEn", "Forbidden");

        ApiClient factory = loggedIn("FACTORY");
        assertThat(factory.post("/api/directory/admin/tags", body).status()).isEqualTo(403);
        assertThat(factory.patch("/api/directory/admin/tags/" + flaskId, Map.of("nameZh", "改"))
                        .status())
                .isEqualTo(403);
        assertThat(factory.post("/api/directory/admin/tags/" + flaskId + "/retire", null)
                        .status())
                .isEqualTo(403);
        assertThat(factory.get("/api/directory/taxonomy").status()).isEqualTo(200);

        ApiClient visitor = client();
        assertThat(visitor.post("/api/directory/admin/tags", body).status()).isEqualTo(401);
        assertThat(visitor.put("/api/directory/admin/tags/" + flaskId + "/position", Map.of("position", 1))
                        .status())
                .isEqualTo(401);
        assertThat(visitor.post("/api/directory/admin/tags/" + flaskId + "/retire", null)
                        .status())
                .isEqualTo(401);

        assertThat(client().get("/api/directory/tags/" + flaskId)
                        .json()
                        .path("retired")
                        .asBoolean())
                .isFalse();
    }

    private String addCategory(ApiClient admin, String parentId, String nameZh, String nameEn) {
        var response = admin.post(
                "/api/directory/admin/tags",
                Map.of("kind", "CATEGORY", "parentId", parentId, "nameZh", nameZh, "nameEn", nameEn));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.text("id");
    }

    private JsonNode categories(String industryId, boolean includeRetired) {
        JsonNode taxonomy = client().get("/api/directory/taxonomy?includeRetired=" + includeRetired)
                .json();
        return byId(taxonomy.path("industries"), industryId).path("categories");
    }

    private List<String> categoryIds(String industryId, boolean includeRetired) {
        return idsOf(categories(industryId, includeRetired));
    }

    private static String unique(String prefix) {
        return prefix + (System.nanoTime() % 1_000_000) + SEQUENCE.incrementAndGet();
    }

    private static List<String> idsOf(JsonNode array) {
        return names(array, "id");
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asString()));
        return values;
    }

    private static JsonNode byCode(JsonNode array, String code) {
        return byField(array, "code", code);
    }

    private static JsonNode byId(JsonNode array, String id) {
        return byField(array, "id", id);
    }

    private static JsonNode byField(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asString())) {
                return node;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + array);
    }
}
