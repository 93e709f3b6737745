package com.realsourcing.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;

import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** 意见反馈: a user sees only their own feedback, the contact is encrypted and masked, operators reply once. */
class BoardFeedbackApiIntegrationTests extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    private static ApiClient.Response submit(ApiClient client, String content, String contact) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("category", "PROBLEM");
        body.put("content", content);
        if (contact != null) {
            body.put("contact", contact);
        }
        return client.post("/api/board/feedback", body);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(i -> ids.add(i.path("id").asString()));
        return ids;
    }

    @Test
    void aUserSeesOnlyTheirOwnFeedbackWithTheContactMaskedAndEncrypted() {
        ApiClient worker = loggedIn("WORKER");
        ApiClient factory = loggedIn("FACTORY");
        var mine = submit(worker, "应聘后一直没有收到工厂的回复", "13912345678");
        assertThat(mine.status()).as(mine.body()).isEqualTo(201);
        assertThat(mine.text("contact")).isEqualTo("139****5678");
        assertThat(mine.text("status")).isEqualTo("OPEN");
        var theirs = submit(factory, "希望增加按距离排序", null);
        assertThat(theirs.status()).isEqualTo(201);

        JsonNode workerPage = worker.get("/api/board/my-feedback").json();
        assertThat(ids(workerPage)).containsExactly(mine.text("id"));
        assertThat(workerPage.path("total").asLong()).isEqualTo(1);
        assertThat(ids(factory.get("/api/board/my-feedback").json())).containsExactly(theirs.text("id"));

        String stored = jdbc.sql("select contact from board.feedback where id = ?::uuid")
                .param(mine.text("id"))
                .query(String.class)
                .single();
        assertThat(stored).isNotBlank().doesNotContain("13912345678");

        var empty = submit(worker, "   ", null);
        assertThat(empty.status()).isEqualTo(400);
    }

    @Test
    void anOperatorRepliesOnceAndTheAuthorIsTold() {
        ApiClient worker = loggedIn("WORKER");
        String userId = worker.get("/api/identity/me").text("id");
        String content = "工资结算说明不清楚 " + UUID.randomUUID();
        String id = submit(worker, content, "wx_liming88").text("id");
        ApiClient admin = admin();

        JsonNode inbox =
                admin.get("/api/board/admin/feedback?status=OPEN&size=100").json();
        JsonNode entry = null;
        for (JsonNode item : inbox.path("items")) {
            if (item.path("id").asString().equals(id)) {
                entry = item;
            }
        }
        assertThat(entry).as("the new feedback is in the open inbox").isNotNull();
        assertThat(entry.path("contact").asString()).isEqualTo("w****8");
        assertThat(entry.path("author").path("type").asString()).isEqualTo("WORKER");
        assertThat(entry.path("author").path("userId").asString()).isEqualTo(userId);
        assertThat(entry.path("content").asString()).isEqualTo(content);

        var revealed = admin.post("/api/board/admin/feedback/" + id + "/contact", null);
        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.text("contact")).isEqualTo("wx_liming88");

        var replied = admin.post("/api/board/admin/feedback/" + id + "/reply", Map.of("reply", "已联系工厂补充说明，请查看岗位详情。"));
        assertThat(replied.status()).as(replied.body()).isEqualTo(200);
        assertThat(replied.text("status")).isEqualTo("REPLIED");
        Mockito.verify(notify)
                .notifyUser(argThat(n -> n.template().equals("notify.board.feedback-replied")
                        && n.userId().toString().equals(userId)
                        && n.params().get("reply").equals("已联系工厂补充说明，请查看岗位详情。")));
        var twice = admin.post("/api/board/admin/feedback/" + id + "/reply", Map.of("reply", "再答一次"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text("code")).isEqualTo("board.feedback-decided");

        JsonNode seen =
                worker.get("/api/board/my-feedback").json().path("items").get(0);
        assertThat(seen.path("status").asString()).isEqualTo("REPLIED");
        assertThat(seen.path("reply").asString()).isEqualTo("已联系工厂补充说明，请查看岗位详情。");

        String other = submit(worker, "重复提交", null).text("id");
        var closed = admin.post("/api/board/admin/feedback/" + other + "/close", null);
        assertThat(closed.text("status")).isEqualTo("CLOSED");
        assertThat(ids(admin.get("/api/board/admin/feedback?status=OPEN&size=100")
                        .json()))
                .doesNotContain(id, other);
        assertThat(admin.post("/api/board/admin/feedback/" + UUID.randomUUID() + "/close", null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theInboxIsForOperatorsAndFeedbackForSignedInUsers() {
        ApiClient factory = loggedIn("FACTORY");
        String id = submit(factory, "测试权限", null).text("id");
        assertThat(factory.get("/api/board/admin/feedback").status()).isEqualTo(403);
        assertThat(factory.post("/api/board/admin/feedback/" + id + "/reply", Map.of("reply", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(factory.post("/api/board/admin/feedback/" + id + "/close", null)
                        .status())
                .isEqualTo(403);
        assertThat(factory.post("/api/board/admin/feedback/" + id + "/contact", null)
                        .status())
                .isEqualTo(403);
        ApiClient visitor = client();
        assertThat(visitor.get("/api/board/my-feedback").status()).isEqualTo(401);
        assertThat(submit(visitor, "匿名", null).status()).isEqualTo(401);
        assertThat(visitor.get("/api/board/admin/feedback").status()).isEqualTo(401);
    }
}
