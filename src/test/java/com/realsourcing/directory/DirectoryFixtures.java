package com.realsourcing.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.directory.domain.CreditCode;
import com.realsourcing.files.TestFiles;
import com.realsourcing.support.ApiClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/** Builds what directory tests need: valid credit codes, uploaded licences, taxonomy ids, filled-in forms. */
public final class DirectoryFixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 90_000_000L + 1_000_000L);

    private DirectoryFixtures() {}

    /** A credit code that passes every GB 32100 check, registered in 深圳市南山区 (440305), unique per call. */
    public static String creditCode() {
        return CreditCode.compose("91", "440305", String.format("%08d", SEQUENCE.incrementAndGet() % 100_000_000L));
    }

    static String uploadLicence(ApiClient client) {
        var upload = client.upload("/api/files", "licence.png", TestFiles.png(64, 48), Map.of());
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        return upload.json().path("id").asString();
    }

    static JsonNode taxonomy(ApiClient client) {
        return client.get("/api/directory/taxonomy").json();
    }

    static String industryId(JsonNode taxonomy, String code) {
        return industryNode(taxonomy, code).path("id").asString();
    }

    static JsonNode industryNode(JsonNode taxonomy, String code) {
        for (JsonNode industry : taxonomy.path("industries")) {
            if (industry.path("code").asString().equals(code)) {
                return industry;
            }
        }
        throw new IllegalArgumentException(code);
    }

    static String categoryId(JsonNode taxonomy, String nameZh) {
        for (JsonNode industry : taxonomy.path("industries")) {
            for (JsonNode category : industry.path("categories")) {
                if (category.path("nameZh").asString().equals(nameZh)) {
                    return category.path("id").asString();
                }
            }
        }
        throw new IllegalArgumentException(nameZh);
    }

    static String attributeId(JsonNode taxonomy, String nameZh) {
        for (JsonNode group : taxonomy.path("attributeGroups")) {
            for (JsonNode tag : group.path("tags")) {
                if (tag.path("nameZh").asString().equals(nameZh)) {
                    return tag.path("id").asString();
                }
            }
        }
        throw new IllegalArgumentException(nameZh);
    }

    /** A complete onboarding form for a factory in 广东省深圳市南山区 making 保温杯. */
    public static Map<String, Object> form(ApiClient client, String companyName, String creditCode) {
        JsonNode taxonomy = taxonomy(client);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("companyName", companyName);
        form.put("creditCode", creditCode);
        form.put("legalRepresentative", "王建国");
        form.put("provinceCode", "44");
        form.put("cityCode", "4403");
        form.put("countyCode", "440305");
        form.put("addressLine", "科技园南区 8 栋 3 楼");
        form.put("licenceFileId", uploadLicence(client));
        form.put("industryTagId", industryId(taxonomy, "daily-goods"));
        form.put("categoryTagIds", List.of(categoryId(taxonomy, "保温杯"), categoryId(taxonomy, "餐具")));
        form.put(
                "attributeTagIds",
                new ArrayList<>(List.of(attributeId(taxonomy, "生产型"), attributeId(taxonomy, "免费打样"))));
        form.put("contactName", "李经理");
        form.put("contactMobile", "13812345678");
        form.put("contactEmail", "sales@example.cn");
        return form;
    }
}
