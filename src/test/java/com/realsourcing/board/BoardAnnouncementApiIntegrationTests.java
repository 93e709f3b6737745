package com.realsourcing.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** 公告管理: the home page shows announcements inside their window, newest first; operators edit them safely. */
class BoardAnnouncementApiIntegrationTests extends ApiTestSupport {

    private static Map<String, Object> announcement(String title, Instant starts, Instant ends) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("body", "春节期间（2月8日至2月17日）审核时间延长至 2 个工作日。");
        body.put("level", "WARNING");
        body.put("link", "/board/postings?kind=JOB");
        if (starts != null) {
            body.put("startsAt", starts.toString());
        }
        if (ends != null) {
            body.put("endsAt", ends.toString());
        }
        return body;
    }

    private static String create(ApiClient admin, Map<String, Object> body) {
        var created = admin.post("/api/board/admin/announcements", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.raw().headers().firstValue("Location").orElseThrow())
                .endsWith("/api/board/admin/announcements/" + created.text("id"));
        return created.text("id");
    }

    private static List<String> titles(JsonNode list) {
        List<String> titles = new ArrayList<>();
        list.forEach(a -> titles.add(a.path("title").asString()));
        return titles;
    }

    @Test
    void theHomePageShowsOnlyAnnouncementsInsideTheirWindowNewestFirst() {
        ApiClient admin = admin();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Instant now = Instant.now();
        create(admin, announcement("进行中" + tag, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1))));
        create(admin, announcement("未开始" + tag, now.plus(Duration.ofDays(1)), null));
        create(admin, announcement("已结束" + tag, now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1))));
        String open = create(admin, announcement("长期" + tag, null, null));

        var home = client().get("/api/board/announcements");
        assertThat(home.status()).as("visitors read announcements").isEqualTo(200);
        List<String> shown =
                titles(home.json()).stream().filter(t -> t.endsWith(tag)).toList();
        assertThat(shown).containsExactly("长期" + tag, "进行中" + tag);

        JsonNode all = admin.get("/api/board/admin/announcements?size=100").json();
        Map<String, String> states = new HashMap<>();
        all.path("items")
                .forEach(a ->
                        states.put(a.path("title").asString(), a.path("state").asString()));
        assertThat(states)
                .containsEntry("进行中" + tag, "ACTIVE")
                .containsEntry("未开始" + tag, "SCHEDULED")
                .containsEntry("已结束" + tag, "ENDED")
                .containsEntry("长期" + tag, "ACTIVE");

        // ending it now takes it off the home page
        JsonNode current = admin.get("/api/board/admin/announcements/" + open).json();
        Map<String, Object> ended = announcement("长期" + tag, null, Instant.now().plusMillis(50));
        ended.put("startsAt", current.path("startsAt").asString());
        ended.put("version", current.path("version").asInt());
        var updated = admin.put("/api/board/admin/announcements/" + open, ended);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().path("version").asInt())
                .isEqualTo(current.path("version").asInt() + 1);
        await(Duration.ofMillis(100));
        assertThat(titles(client().get("/api/board/announcements").json())).doesNotContain("长期" + tag);
    }

    @Test
    void anEditBasedOnAnOldVersionIsRefusedAndDeletingRemovesIt() {
        ApiClient admin = admin();
        String id = create(admin, announcement("平台升级通知", null, null));
        Map<String, Object> first = announcement("平台升级通知（更新）", null, null);
        first.put("version", 0);
        assertThat(admin.put("/api/board/admin/announcements/" + id, first).status())
                .isEqualTo(200);
        Map<String, Object> stale = announcement("平台升级通知（旧稿）", null, null);
        stale.put("version", 0);
        var refused = admin.put("/api/board/admin/announcements/" + id, stale);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("board.announcement-changed");
        assertThat(admin.get("/api/board/admin/announcements/" + id).text("title"))
                .isEqualTo("平台升级通知（更新）");

        assertThat(admin.delete("/api/board/admin/announcements/" + id).status())
                .isEqualTo(204);
        assertThat(admin.get("/api/board/admin/announcements/" + id).status()).isEqualTo(404);
        assertThat(client().get("/api/board/announcements").body()).doesNotContain(id);
    }

    @Test
    void badWindowsAndLinksAreRefusedWithTheirField() {
        ApiClient admin = admin();
        Instant now = Instant.now();
        var backwards =
                admin.post("/api/board/admin/announcements", announcement("窗口错误", now, now.minus(Duration.ofHours(1))));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.text("code")).isEqualTo("board.announcement-window-invalid");
        assertThat(backwards.json().path("errors").get(0).path("field").asString())
                .isEqualTo("endsAt");
        for (String link : List.of("javascript:alert(1)", "//evil.example/x", "ftp://files.example")) {
            Map<String, Object> body = announcement("链接错误", null, null);
            body.put("link", link);
            var refused = admin.post("/api/board/admin/announcements", body);
            assertThat(refused.status()).as(link).isEqualTo(400);
            assertThat(refused.text("code")).isEqualTo("board.announcement-link-invalid");
        }
        Map<String, Object> noTitle = announcement("", null, null);
        assertThat(admin.post("/api/board/admin/announcements", noTitle).status())
                .isEqualTo(400);
        Map<String, Object> outside = announcement("外链", null, null);
        outside.put("link", "https://www.realsourcing.cn/help");
        assertThat(admin.post("/api/board/admin/announcements", outside).status())
                .isEqualTo(201);
    }

    @Test
    void onlyOperatorsManageAnnouncements() {
        ApiClient factory = loggedIn("FACTORY");
        ApiClient visitor = client();
        String id = UUID.randomUUID().toString();
        Map<String, Object> body = announcement("越权", null, null);
        Map<String, Object> update = announcement("越权", null, null);
        update.put("version", 0);
        assertThat(factory.get("/api/board/admin/announcements").status()).isEqualTo(403);
        assertThat(factory.post("/api/board/admin/announcements", body).status())
                .isEqualTo(403);
        assertThat(factory.get("/api/board/admin/announcements/" + id).status()).isEqualTo(403);
        assertThat(factory.put("/api/board/admin/announcements/" + id, update).status())
                .isEqualTo(403);
        assertThat(factory.delete("/api/board/admin/announcements/" + id).status())
                .isEqualTo(403);
        assertThat(visitor.get("/api/board/admin/announcements").status()).isEqualTo(401);
        assertThat(visitor.post("/api/board/admin/announcements", body).status())
                .isEqualTo(401);
        assertThat(factory.get("/api/board/announcements").status()).isEqualTo(200);
    }

    private static void await(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
