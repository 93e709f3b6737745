package com.realsourcing.board;

import static com.realsourcing.board.BoardFixtures.procurement;
import static com.realsourcing.board.BoardFixtures.published;
import static com.realsourcing.board.BoardFixtures.verify;
import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.files.TestFiles;
import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** RFQs: verified factories quote within the demand's seats and their monthly quota; the buyer compares and decides. */
@TestPropertySource(properties = "realsourcing.board.monthly-quote-quota=3")
class BoardQuoteApiIntegrationTests extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    private ApiClient verified(String type) {
        ApiClient client = loggedIn(type);
        verify(client, admin(), type, "报价测试" + UUID.randomUUID().toString().substring(0, 8) + "有限公司");
        return client;
    }

    private static Map<String, Object> quote(String price) {
        return Map.of(
                "unitPrice",
                price,
                "currency",
                "CNY",
                "moq",
                1000,
                "leadTimeDays",
                25,
                "validUntil",
                BoardFixtures.today().plusDays(14).toString(),
                "notes",
                "含 logo 印刷，FOB 宁波");
    }

    private String rfq(ApiClient buyer, int seats) {
        Map<String, Object> form = procurement(buyer, "保温杯", 30000);
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) form.get("procurement");
        details.put("quoteSeats", seats);
        return published(buyer, admin(), form);
    }

    @Test
    void factoriesQuoteAndTheBuyerComparesAndAccepts() {
        ApiClient buyer = verified("TRADING_COMPANY");
        String rfq = rfq(buyer, 5);
        ApiClient factoryA = verified("FACTORY");
        ApiClient factoryB = verified("FACTORY");

        var a = factoryA.post("/api/board/postings/" + rfq + "/quotes", quote("14.20"));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        var b = factoryB.post("/api/board/postings/" + rfq + "/quotes", quote("13.80"));
        assertThat(b.status()).as(b.body()).isEqualTo(201);
        // revising one's quote takes no second seat
        var revised = factoryA.post("/api/board/postings/" + rfq + "/quotes", quote("13.50"));
        assertThat(revised.status()).isEqualTo(201);
        assertThat(revised.text("id")).isEqualTo(a.text("id"));

        JsonNode compare = buyer.get("/api/board/postings/" + rfq + "/quotes").json();
        assertThat(compare.size()).isEqualTo(2);
        assertThat(compare.get(0).path("unitPrice").decimalValue()).isEqualByComparingTo("13.50");
        assertThat(compare.get(1).path("unitPrice").decimalValue()).isEqualByComparingTo("13.80");
        assertThat(buyer.get("/api/board/postings/" + rfq)
                        .json()
                        .path("summary")
                        .path("quoteCount")
                        .asInt())
                .isEqualTo(2);

        // a factory sees only its own quote; a third party nothing
        assertThat(factoryB.get("/api/board/postings/" + rfq + "/quotes").json().size())
                .isEqualTo(1);
        assertThat(verified("FACTORY")
                        .get("/api/board/postings/" + rfq + "/quotes")
                        .status())
                .isEqualTo(404);

        assertThat(buyer.post("/api/board/quotes/" + b.text("id") + "/shortlist", null)
                        .text("status"))
                .isEqualTo("SHORTLISTED");
        var accepted = buyer.post("/api/board/quotes/" + b.text("id") + "/accept", null);
        assertThat(accepted.text("status")).isEqualTo("ACCEPTED");
        assertThat(buyer.post("/api/board/quotes/" + b.text("id") + "/decline", null)
                        .status())
                .isEqualTo(409);
        // only the buyer decides
        assertThat(factoryA.post("/api/board/quotes/" + a.text("id") + "/accept", null)
                        .status())
                .isIn(403, 404);
        assertThat(factoryB.get("/api/board/my-quotes")
                        .json()
                        .path("items")
                        .get(0)
                        .path("status")
                        .asString())
                .isEqualTo("ACCEPTED");
    }

    @Test
    void theBuyerReadsAQuotesAttachmentsAndNoOtherOrganisationDoes() {
        ApiClient buyer = verified("TRADING_COMPANY");
        String rfq = rfq(buyer, 5);
        ApiClient factory = verified("FACTORY");
        var uploaded = factory.upload("/api/files", "quotation.png", TestFiles.png(64, 48), Map.of());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String file = uploaded.text("id");
        Map<String, Object> terms = new HashMap<>(quote("13.90"));
        terms.put("attachmentFileIds", List.of(file));
        var quoted = factory.post("/api/board/postings/" + rfq + "/quotes", terms);
        assertThat(quoted.status()).as(quoted.body()).isEqualTo(201);

        assertThat(factory.getBytes("/api/files/" + file).status()).isEqualTo(200);
        assertThat(buyer.getBytes("/api/files/" + file).status()).isEqualTo(200);
        assertThat(verified("TRADING_COMPANY").getBytes("/api/files/" + file).status())
                .isIn(403, 404);
        assertThat(client().getBytes("/api/files/" + file).status()).isIn(401, 403, 404);
    }

    @Test
    void racingFactoriesNeverTakeMoreSeatsThanTheDemandOffers() throws Exception {
        ApiClient buyer = verified("TRADING_COMPANY");
        String rfq = rfq(buyer, 3);
        List<ApiClient> factories = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            factories.add(verified("FACTORY"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<ApiClient.Response>> answers = new ArrayList<>();
        for (ApiClient f : factories) {
            Callable<ApiClient.Response> call = () -> f.post("/api/board/postings/" + rfq + "/quotes", quote("12.00"));
            answers.add(pool.submit(call));
        }
        int created = 0;
        int full = 0;
        for (Future<ApiClient.Response> answer : answers) {
            var r = answer.get();
            if (r.status() == 201) {
                created++;
            } else {
                assertThat(r.status()).as(r.body()).isEqualTo(409);
                assertThat(r.text("code")).isEqualTo("board.quote-seats-full");
                full++;
            }
        }
        pool.shutdown();
        assertThat(created).isEqualTo(3);
        assertThat(full).isEqualTo(5);
        long rows = jdbc.sql("select count(*) from board.quotes where posting_id = ?::uuid")
                .param(rfq)
                .query(Long.class)
                .single();
        assertThat(rows).isEqualTo(3);
        // a refused quote used no quota
        assertThat(jdbc.sql("select coalesce(sum(used), 0) from board.quote_quota")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void aFactoryCannotQuoteBeyondItsMonthlyQuotaEvenWhenRacing() throws Exception {
        ApiClient factory = verified("FACTORY");
        List<String> rfqs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rfqs.add(rfq(verified("TRADING_COMPANY"), 10));
        }
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Future<ApiClient.Response>> answers = new ArrayList<>();
        for (String rfq : rfqs) {
            Callable<ApiClient.Response> call =
                    () -> factory.post("/api/board/postings/" + rfq + "/quotes", quote("9.90"));
            answers.add(pool.submit(call));
        }
        int created = 0;
        for (Future<ApiClient.Response> answer : answers) {
            var r = answer.get();
            if (r.status() == 201) {
                created++;
            } else {
                assertThat(r.text("code")).isEqualTo("board.quote-quota-exhausted");
            }
        }
        pool.shutdown();
        assertThat(created).isEqualTo(3);
        JsonNode quota = factory.get("/api/board/quote-quota").json();
        assertThat(quota.path("used").asInt()).isEqualTo(3);
        assertThat(quota.path("remaining").asInt()).isZero();
        // seats were not taken by the refused quotes
        int seatsTaken = 0;
        for (String rfq : rfqs) {
            seatsTaken += factory.get("/api/board/postings/" + rfq)
                    .json()
                    .path("summary")
                    .path("quoteCount")
                    .asInt();
        }
        assertThat(seatsTaken).isEqualTo(3);
    }

    @Test
    void onlyVerifiedFactoriesQuoteAndNeverOnTheirOwnOrAClosedDemand() {
        ApiClient buyer = verified("TRADING_COMPANY");
        String rfq = rfq(buyer, 5);
        ApiClient unverified = loggedIn("FACTORY");
        var refused = unverified.post("/api/board/postings/" + rfq + "/quotes", quote("10"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("code")).isEqualTo("board.organization-not-verified");
        // a trading company cannot quote (quotes are for manufacturers)
        assertThat(verified("TRADING_COMPANY")
                        .post("/api/board/postings/" + rfq + "/quotes", quote("10"))
                        .status())
                .isEqualTo(403);
        ApiClient factory = verified("FACTORY");
        buyer.post("/api/board/postings/" + rfq + "/close", null);
        var closed = factory.post("/api/board/postings/" + rfq + "/quotes", quote("10"));
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.text("code")).isEqualTo("board.rfq-closed");
        var bad = factory.post("/api/board/postings/" + rfq + "/quotes", Map.of("unitPrice", -1, "currency", "CNY"));
        assertThat(bad.status()).isEqualTo(400);
    }
}
