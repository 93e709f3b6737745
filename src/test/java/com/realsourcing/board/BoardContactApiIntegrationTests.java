package com.realsourcing.board;

import static com.realsourcing.board.BoardFixtures.procurement;
import static com.realsourcing.board.BoardFixtures.published;
import static com.realsourcing.board.BoardFixtures.verify;
import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 联系对方 (seed 002 六.3): a conversation only the two parties see, the contact record both keep, the deal either
 * marks, and complaints about postings and messages (seed 002 七).
 */
class BoardContactApiIntegrationTests extends ApiTestSupport {

    private ApiClient verified(String type) {
        ApiClient client = loggedIn(type);
        verify(client, admin(), type, "联系测试" + UUID.randomUUID().toString().substring(0, 8) + "有限公司");
        return client;
    }

    @Test
    void aFactoryContactsABuyerAndOnlyTheTwoSeeTheConversation() {
        ApiClient buyer = verified("TRADING_COMPANY");
        String postingId = published(buyer, admin(), procurement(buyer, "保温杯", 30000));
        ApiClient factory = verified("FACTORY");

        var contact = factory.post(
                "/api/board/postings/" + postingId + "/contacts", Map.of("message", "您好，我厂可做 304 保温杯，能否发图纸？"));
        assertThat(contact.status()).as(contact.body()).isEqualTo(201);
        String conversationId = contact.text("conversationId");
        assertThat(contact.json().path("initiatedByMe").asBoolean()).isTrue();
        // a double click opens the same conversation and the same contact record
        var again = factory.post("/api/board/postings/" + postingId + "/contacts", Map.of());
        assertThat(again.text("conversationId")).isEqualTo(conversationId);
        assertThat(again.text("id")).isEqualTo(contact.text("id"));
        assertThat(buyer.get("/api/board/postings/" + postingId)
                        .json()
                        .path("summary")
                        .path("contactCount")
                        .asInt())
                .isEqualTo(1);

        // both parties see it; the buyer's record names the factory
        JsonNode buyersRecords = buyer.get("/api/board/contacts").json();
        assertThat(buyersRecords.toString()).contains(conversationId);
        var thread = buyer.get("/api/chat/conversations/" + conversationId + "/messages");
        assertThat(thread.status()).as(thread.body()).isEqualTo(200);
        assertThat(thread.body()).contains("能否发图纸");

        // a third party and a platform admin are told it does not exist
        assertThat(verified("FACTORY")
                        .get("/api/chat/conversations/" + conversationId)
                        .status())
                .isEqualTo(404);
        assertThat(admin().get("/api/chat/conversations/" + conversationId).status())
                .isEqualTo(404);

        // the buyer marks the deal; the factory sees it
        var deal = buyer.post("/api/board/contacts/" + contact.text("id") + "/deal", null);
        assertThat(deal.status()).as(deal.body()).isEqualTo(200);
        assertThat(deal.json().path("dealMarkedByMe").asBoolean()).isTrue();
        assertThat(factory.get("/api/board/contacts")
                        .json()
                        .get(0)
                        .path("dealMarkedAt")
                        .isNull())
                .isFalse();
        // nobody else can mark it
        assertThat(verified("FACTORY")
                        .post("/api/board/contacts/" + contact.text("id") + "/deal", null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void contactingNeedsAPublishedPostingOfAnotherOrganisationAndASignIn() {
        ApiClient buyer = verified("TRADING_COMPANY");
        String postingId = published(buyer, admin(), procurement(buyer, "餐具", 500));
        assertThat(buyer.post("/api/board/postings/" + postingId + "/contacts", Map.of())
                        .text("code"))
                .isEqualTo("board.contact-own-posting");
        assertThat(client().post("/api/board/postings/" + postingId + "/contacts", Map.of())
                        .status())
                .isEqualTo(401);
        buyer.post("/api/board/postings/" + postingId + "/withdraw", null);
        assertThat(verified("FACTORY")
                        .post("/api/board/postings/" + postingId + "/contacts", Map.of())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void complaintsAboutPostingsAndMessagesReachTheOperatorsWhoResolveThem() {
        ApiClient buyer = verified("TRADING_COMPANY");
        String postingId = published(buyer, admin(), procurement(buyer, "厨具", 800));
        ApiClient factory = verified("FACTORY");
        var contact =
                factory.post("/api/board/postings/" + postingId + "/contacts", Map.of("message", "先付 30% 定金到我私人账户"));
        String conversationId = contact.text("conversationId");
        JsonNode messages = buyer.get("/api/chat/conversations/" + conversationId + "/messages")
                .json();
        String messageId = messages.path("items").isMissingNode()
                ? messages.get(0).path("id").asString()
                : messages.path("items").get(0).path("id").asString();

        var reported = buyer.post(
                "/api/board/complaints",
                Map.of("targetType", "MESSAGE", "targetId", messageId, "reason", "FRAUD", "description", "要求私下付款"));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        assertThat(reported.text("evidence")).isEqualTo("先付 30% 定金到我私人账户");
        assertThat(buyer.post(
                                "/api/board/complaints",
                                Map.of("targetType", "MESSAGE", "targetId", messageId, "reason", "FRAUD"))
                        .status())
                .isEqualTo(409);
        // a third party cannot report a message it cannot see
        assertThat(verified("FACTORY")
                        .post(
                                "/api/board/complaints",
                                Map.of("targetType", "MESSAGE", "targetId", messageId, "reason", "SPAM"))
                        .status())
                .isEqualTo(404);

        var postingComplaint = factory.post(
                "/api/board/complaints",
                Map.of("targetType", "POSTING", "targetId", postingId, "reason", "FALSE_INFORMATION"));
        assertThat(postingComplaint.status()).isEqualTo(201);
        var queue = admin().get("/api/board/admin/complaints");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body()).contains(reported.text("id"), postingComplaint.text("id"));

        var resolved = admin().post(
                        "/api/board/admin/complaints/" + postingComplaint.text("id") + "/resolve",
                        Map.of("upheld", true, "resolution", "核实为虚假信息，已下架", "action", "TAKE_DOWN"));
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(resolved.text("status")).isEqualTo("RESOLVED");
        assertThat(client().get("/api/board/postings/" + postingId).status()).isEqualTo(404);
        assertThat(buyer.get("/api/board/postings/" + postingId)
                        .json()
                        .path("summary")
                        .path("status")
                        .asString())
                .isEqualTo("REJECTED");
        assertThat(admin().post(
                                "/api/board/admin/complaints/" + postingComplaint.text("id") + "/resolve",
                                Map.of("upheld", false, "resolution", "again"))
                        .status())
                .isEqualTo(409);
        // companies cannot reach the operators' queue
        assertThat(buyer.get("/api/board/admin/complaints").status()).isEqualTo(403);
    }
}
