package com.realsourcing.board;

import static com.realsourcing.board.BoardFixtures.procurement;
import static com.realsourcing.board.BoardFixtures.publish;
import static com.realsourcing.board.BoardFixtures.published;
import static com.realsourcing.board.BoardFixtures.verify;
import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Publishing, review and the lifecycle of postings over HTTP (seed 002 六.2). */
class BoardPostingApiIntegrationTests extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    private ApiClient verifiedTrader() {
        ApiClient trader = loggedIn("TRADING_COMPANY");
        verify(
                trader,
                admin(),
                "TRADING_COMPANY",
                "深圳环球" + UUID.randomUUID().toString().substring(0, 6) + "进出口有限公司");
        return trader;
    }

    @Test
    void aVerifiedTradingCompanyPostsADemandThatPassesReviewAndIsFoundInItsProvince() {
        ApiClient trader = verifiedTrader();
        String product = "保温杯" + UUID.randomUUID().toString().substring(0, 4);
        var created = publish(
                trader, procurement(trader, product, 30000), UUID.randomUUID().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode summary = created.json().path("summary");
        assertThat(summary.path("status").asString()).isEqualTo("PENDING_REVIEW");
        assertThat(summary.path("title").asString()).isEqualTo("求购 " + product + " 30000 个");
        assertThat(summary.path("province").path("name").asString()).isEqualTo("广东省");
        assertThat(summary.path("category").path("nameZh").asString()).isEqualTo("保温杯");
        String id = summary.path("id").asString();

        // not on the board before review; visible to its author
        assertThat(client().get("/api/board/postings/" + id).status()).isEqualTo(404);
        assertThat(trader.get("/api/board/postings/" + id).status()).isEqualTo(200);

        var approved = admin().post("/api/board/admin/reviews/" + id + "/approve", null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().path("summary").path("status").asString()).isEqualTo("PUBLISHED");

        var found = client().get("/api/board/postings?q=保温杯&province=44&kind=PROCUREMENT&size=100");
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(ids(found.json())).contains(id);
        assertThat(found.json().path("facets").path("province").toString()).contains("广东省");
        var elsewhere = client().get("/api/board/postings?q=保温杯&province=33&size=100");
        assertThat(ids(elsewhere.json())).doesNotContain(id);

        var detail = client().get("/api/board/postings/" + id);
        assertThat(detail.json()
                        .path("content")
                        .path("procurement")
                        .path("destinationCountry")
                        .asString())
                .isEqualTo("US");
        // a visitor sees no review internals
        assertThat(detail.json().path("reviewHits").size()).isZero();
        org.mockito.Mockito.verify(notify, org.mockito.Mockito.atLeastOnce())
                .notifyUser(org.mockito.ArgumentMatchers.<com.realsourcing.notify.api.UserNotification>argThat(
                        n -> n.template().equals("notify.board.posting-approved")));
    }

    @Test
    void aDoubleClickedSubmitCreatesOnePosting() throws Exception {
        ApiClient trader = verifiedTrader();
        Map<String, Object> form = procurement(trader, "餐具", 5000);
        String key = UUID.randomUUID().toString();
        var first = publish(trader, form, key);
        var again = publish(trader, form, key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("summary").path("id").asString())
                .isEqualTo(first.json().path("summary").path("id").asString());

        // racing submits with one key: one posting
        String raceKey = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<ApiClient.Response>> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Callable<ApiClient.Response> call = () -> publish(trader, form, raceKey);
            results.add(pool.submit(call));
        }
        Set<String> ids = new HashSet<>();
        for (Future<ApiClient.Response> r : results) {
            var response = r.get();
            assertThat(response.status()).as(response.body()).isIn(200, 201);
            ids.add(response.json().path("summary").path("id").asString());
        }
        pool.shutdown();
        assertThat(ids).hasSize(1);
        long rows = jdbc.sql("select count(*) from board.postings where idempotency_key = ?")
                .param(raceKey)
                .query(Long.class)
                .single();
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void onlyVerifiedOrganisationsOfTheRightTypePublish() {
        ApiClient unverified = loggedIn("TRADING_COMPANY");
        var refused = publish(
                unverified,
                procurement(unverified, "保温杯", 100),
                UUID.randomUUID().toString());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("code")).isEqualTo("board.organization-not-verified");
        // a draft is allowed before verification
        Map<String, Object> draft = procurement(unverified, "保温杯", 100);
        draft.put("draft", true);
        var saved = publish(unverified, draft, UUID.randomUUID().toString());
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(saved.json().path("summary").path("status").asString()).isEqualTo("DRAFT");

        ApiClient worker = loggedIn("WORKER");
        var wrongKind = publish(
                worker, procurement(worker, "保温杯", 100), UUID.randomUUID().toString());
        assertThat(wrongKind.status()).isEqualTo(403);
        assertThat(wrongKind.text("code")).isEqualTo("board.kind-not-allowed");

        assertThat(publish(client(), Map.of("kind", "PROCUREMENT"), "k").status())
                .isEqualTo(401);
    }

    @Test
    void blockedWordsRefuseAtOnceAndSaveNothingWhileReviewWordsFlag() {
        ApiClient trader = verifiedTrader();
        Map<String, Object> form = procurement(trader, "保温杯", 1000);
        form.put("description", "量大从优，另可代開發票");
        String key = UUID.randomUUID().toString();
        var refused = publish(trader, form, key);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("board.blocked-words");
        assertThat(refused.text("detail")).contains("代開發票");
        assertThat(refused.json().path("errors").get(0).path("field").asString())
                .isEqualTo("description");
        assertThat(jdbc.sql("select count(*) from board.postings where idempotency_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single())
                .isZero();

        Map<String, Object> contact = procurement(trader, "保温杯", 1000);
        contact.put("description", "详情请用 Ｖ 信 联系");
        var flagged = publish(trader, contact, UUID.randomUUID().toString());
        assertThat(flagged.status()).as(flagged.body()).isEqualTo(201);
        JsonNode body = flagged.json();
        assertThat(body.path("reviewFlagged").asBoolean()).isTrue();
        List<String> hitTexts = new ArrayList<>();
        body.path("reviewHits").forEach(h -> {
            hitTexts.add(h.path("text").asString());
            assertThat(h.path("level").asString()).isEqualTo("REVIEW");
        });
        // the hits are shown as written: full-width letters and spaces between the characters kept
        assertThat(hitTexts).containsExactly("Ｖ 信");
        var queue = admin().get("/api/board/admin/reviews?flagged=true&size=100");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.json().path("items").toString())
                .contains(body.path("summary").path("id").asString());
    }

    @Test
    void anEditOfAPublishedPostingWaitsForReviewWhileTheApprovedOneStaysUp() {
        ApiClient trader = verifiedTrader();
        Map<String, Object> form = procurement(trader, "收纳盒", 2000);
        String id = published(trader, admin(), form);

        Map<String, Object> edit = new java.util.LinkedHashMap<>(form);
        edit.remove("kind");
        edit.put("title", "求购 收纳盒 8000 个（加急）");
        var changed = trader.put("/api/board/postings/" + id, edit);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("summary").path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(changed.json().path("summary").path("hasPendingRevision").asBoolean())
                .isTrue();
        assertThat(changed.json().path("pendingContent").path("title").asString())
                .isEqualTo("求购 收纳盒 8000 个（加急）");

        // the public still sees the approved title
        assertThat(client().get("/api/board/postings/" + id)
                        .json()
                        .path("summary")
                        .path("title")
                        .asString())
                .isEqualTo("求购 收纳盒 2000 个");

        var rejected = admin().post("/api/board/admin/reviews/" + id + "/reject", Map.of("reason", "标题与数量不符"));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        var afterReject = trader.get("/api/board/postings/" + id).json();
        assertThat(afterReject.path("summary").path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(afterReject.path("pendingRejection").asString()).isEqualTo("标题与数量不符");
        assertThat(afterReject.path("summary").path("title").asString()).isEqualTo("求购 收纳盒 2000 个");

        trader.put("/api/board/postings/" + id, edit);
        admin().post("/api/board/admin/reviews/" + id + "/approve", null);
        assertThat(client().get("/api/board/postings/" + id)
                        .json()
                        .path("summary")
                        .path("title")
                        .asString())
                .isEqualTo("求购 收纳盒 8000 个（加急）");
    }

    @Test
    void theLifecycleRefusesIllegalMovesAndReposts() {
        ApiClient trader = verifiedTrader();
        String id = published(trader, admin(), procurement(trader, "厨具", 300));
        assertThat(admin().post("/api/board/admin/reviews/" + id + "/approve", null)
                        .status())
                .isEqualTo(409);

        var withdrawn = trader.post("/api/board/postings/" + id + "/withdraw", null);
        assertThat(withdrawn.json().path("summary").path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(client().get("/api/board/postings/" + id).status()).isEqualTo(404);
        var closeAfterWithdraw = trader.post("/api/board/postings/" + id + "/close", null);
        assertThat(closeAfterWithdraw.status()).isEqualTo(409);
        assertThat(closeAfterWithdraw.text("code")).isEqualTo("board.illegal-transition");

        // reposting approved, unchanged content with no listed words goes straight back up
        var reposted = trader.post("/api/board/postings/" + id + "/repost", Map.of());
        assertThat(reposted.status()).as(reposted.body()).isEqualTo(200);
        assertThat(reposted.json().path("summary").path("status").asString()).isEqualTo("PUBLISHED");

        var closed = trader.post("/api/board/postings/" + id + "/close", null);
        assertThat(closed.json().path("summary").path("status").asString()).isEqualTo("CLOSED");
        assertThat(trader.post("/api/board/postings/" + id + "/repost", Map.of())
                        .status())
                .isEqualTo(409);

        var history = trader.get("/api/board/postings/" + id + "/history").json();
        List<String> actions = new ArrayList<>();
        history.forEach(e -> actions.add(e.path("action").asString()));
        assertThat(actions).containsExactly("SUBMITTED", "APPROVED", "WITHDRAWN", "REPOSTED", "CLOSED");

        // another organisation cannot touch it
        ApiClient other = verifiedTrader();
        assertThat(other.post("/api/board/postings/" + id + "/withdraw", null).status())
                .isEqualTo(404);
    }

    @Test
    void badInputIsRefusedWithFieldErrorsInTheCallersLanguage() {
        ApiClient trader = verifiedTrader();
        Map<String, Object> form = procurement(trader, "保温杯", 100);
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) form.get("procurement");
        details.put("quantity", -5);
        details.put("deliveryDate", BoardFixtures.today().minusDays(1).toString());
        var zh = publish(trader, form, UUID.randomUUID().toString());
        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.json().path("errors").toString()).contains("procurement.quantity");

        details.put("quantity", 100);
        var en = publish(trader.language("en-US"), form, UUID.randomUUID().toString());
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.json().path("errors").get(0).path("field").asString()).isEqualTo("procurement.deliveryDate");
        assertThat(en.json().path("errors").get(0).path("message").asString())
                .isEqualTo("The date must be after today.");

        Map<String, Object> wrongKind = procurement(trader, "保温杯", 100);
        wrongKind.put("kind", "OEM_DEMAND");
        var mismatch =
                publish(trader.language("zh-CN"), wrongKind, UUID.randomUUID().toString());
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.json().path("errors").get(0).path("field").asString())
                .isEqualTo("oemDemand");

        var noKey = trader.post("/api/board/postings", procurement(trader, "保温杯", 100));
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.text("code")).isEqualTo("board.idempotency-key-invalid");
    }

    static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(i -> ids.add(i.path("id").asString()));
        return ids;
    }
}
