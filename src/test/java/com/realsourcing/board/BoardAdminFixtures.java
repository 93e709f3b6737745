package com.realsourcing.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Board fixtures for the admin side's tests, public so tests of package-private domain classes (the digest job) can
 * use them: verified organisations, OEM demands and services, a process term of the test's own.
 */
public final class BoardAdminFixtures {

    private BoardAdminFixtures() {}

    public static void verify(ApiClient client, ApiClient admin, String type) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        BoardFixtures.verify(
                client, admin, type, type.equals("FACTORY") ? "东莞" + suffix + "精密模具厂" : "深圳" + suffix + "贸易有限公司");
    }

    /** A process (工艺) only this test uses, so its postings match each other and nobody else's. */
    public static String ownProcess(ApiClient admin) {
        String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
        var added = admin.post(
                "/api/board/admin/terms",
                Map.of("kind", "PROCESS", "code", code, "nameZh", "测试工艺" + code, "nameEn", "Test process " + code));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.text("id");
    }

    /** 代加工需求: {@code quantity} 件 in 深圳 within {@code leadTimeDays}. */
    public static Map<String, Object> oemDemand(String processId, int quantity, int leadTimeDays) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("processIds", List.of(processId));
        details.put("specifications", "ABS 外壳，壁厚 2mm，表面喷砂");
        details.put("material", "ABS");
        details.put("quantity", quantity);
        details.put("unit", "件");
        details.put("leadTimeDays", leadTimeDays);
        Map<String, Object> form = BoardFixtures.common("44", "4403", null);
        form.put("kind", "OEM_DEMAND");
        form.put("oemDemand", details);
        return form;
    }

    /** 代加工服务: 注塑机 ×12 in 深圳, {@code monthlyCapacity} 件 a month, delivering in {@code leadTimeDays}. */
    public static Map<String, Object> oemService(String processId, int monthlyCapacity, int leadTimeDays) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("equipment", List.of(Map.of("type", "注塑机", "count", 12, "spec", "280T")));
        details.put("processIds", List.of(processId));
        details.put("materials", List.of("ABS", "PP"));
        details.put("monthlyCapacity", monthlyCapacity);
        details.put("unit", "件");
        details.put("quoteMethod", "PER_PIECE");
        details.put("leadTimeDays", leadTimeDays);
        details.put("samplesAvailable", true);
        Map<String, Object> form = BoardFixtures.common("44", "4403", null);
        form.put("kind", "OEM_SERVICE");
        form.put("oemService", details);
        return form;
    }

    /** Submits and has the admin approve; returns the posting id. */
    public static String published(ApiClient client, ApiClient admin, Map<String, Object> form) {
        return BoardFixtures.published(client, admin, form);
    }

    public static String title(ApiClient client, String postingId) {
        return client.get("/api/board/postings/" + postingId)
                .json()
                .path("summary")
                .path("title")
                .asString();
    }
}
