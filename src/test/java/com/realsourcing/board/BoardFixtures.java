package com.realsourcing.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.directory.DirectoryFixtures;
import com.realsourcing.support.ApiClient;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Verified organisations and complete posting forms for board tests. */
final class BoardFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private BoardFixtures() {}

    /** Verifies the client's organisation: a factory through onboarding, any other type through verification. */
    static void verify(ApiClient client, ApiClient admin, String type, String companyName) {
        Map<String, Object> form = DirectoryFixtures.form(client, companyName, DirectoryFixtures.creditCode());
        ApiClient.Response submitted;
        if (type.equals("FACTORY")) {
            submitted = client.post("/api/directory/my-factory/onboarding", form);
        } else {
            form.remove("industryTagId");
            form.remove("categoryTagIds");
            form.remove("attributeTagIds");
            submitted = client.post("/api/directory/verification", form);
        }
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        var approved = admin.post("/api/directory/admin/reviews/" + submitted.text("id") + "/approve", null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    }

    static String categoryId(ApiClient client, String nameZh) {
        for (JsonNode industry : client.get("/api/directory/taxonomy").json().path("industries")) {
            for (JsonNode category : industry.path("categories")) {
                if (category.path("nameZh").asString().equals(nameZh)) {
                    return category.path("id").asString();
                }
            }
        }
        throw new IllegalArgumentException(nameZh);
    }

    static String termId(ApiClient client, String kind, String nameZh) {
        for (JsonNode term : client.get("/api/board/terms?kind=" + kind).json()) {
            if (term.path("nameZh").asString().equals(nameZh)) {
                return term.path("id").asString();
            }
        }
        throw new IllegalArgumentException(nameZh);
    }

    static LocalDate today() {
        return LocalDate.now(SHANGHAI);
    }

    /** 求购 保温杯 30000 个 from 广东省深圳市 to the USA, delivery in two months. */
    static Map<String, Object> procurement(ApiClient client, String productName, int quantity) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("productName", productName);
        details.put("quantity", quantity);
        details.put("unit", "个");
        details.put("targetPrice", Map.of("min", "12.50", "max", "15.00", "currency", "CNY"));
        details.put("deliveryDate", today().plusMonths(2).toString());
        details.put("qualityRequirements", "304 不锈钢内胆，真空保温 6 小时以上，通过 FDA 检测");
        details.put("certifications", List.of("FDA", "LFGB"));
        details.put("destinationCountry", "US");
        Map<String, Object> form = common("44", "4403", null);
        form.put("kind", "PROCUREMENT");
        form.put("categoryTagId", categoryId(client, "保温杯"));
        form.put("description", "出口美国，需提供验厂报告");
        form.put("procurement", details);
        return form;
    }

    /** 招聘 缝纫工: a daily-wage job in 浙江省杭州市 with housing. */
    static Map<String, Object> job(ApiClient client, String jobType, int headcount) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("jobTypeId", termId(client, "JOB_TYPE", jobType));
        details.put("wageType", "DAILY");
        details.put("wage", Map.of("min", "260", "max", "320", "currency", "CNY"));
        details.put("headcount", headcount);
        details.put("startDate", today().plusDays(3).toString());
        details.put("endDate", today().plusDays(60).toString());
        details.put("workingHours", "两班倒，每班 10 小时");
        details.put("requirements", "会平车，有服装厂经验优先");
        details.put("housingProvided", true);
        details.put("mealsProvided", true);
        Map<String, Object> form = common("33", "3301", null);
        form.put("kind", "JOB");
        form.put("job", details);
        return form;
    }

    static Map<String, Object> common(String province, String city, String county) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("provinceCode", province);
        if (city != null) {
            form.put("cityCode", city);
        }
        if (county != null) {
            form.put("countyCode", county);
        }
        return form;
    }

    static ApiClient.Response publish(ApiClient client, Map<String, Object> form, String key) {
        return client.sendWithHeader("POST", "/api/board/postings", form, "Idempotency-Key", key);
    }

    /** Publishes and has the admin approve; returns the posting id. */
    static String published(ApiClient client, ApiClient admin, Map<String, Object> form) {
        var created = publish(client, form, java.util.UUID.randomUUID().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("summary").path("id").asString();
        var approved = admin.post("/api/board/admin/reviews/" + id + "/approve", null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return id;
    }
}
