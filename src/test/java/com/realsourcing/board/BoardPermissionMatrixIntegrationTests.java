package com.realsourcing.board;

import static com.realsourcing.board.BoardFixtures.procurement;
import static com.realsourcing.board.BoardFixtures.published;
import static com.realsourcing.board.BoardFixtures.verify;
import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Who may do what on the board, as a matrix of callers × routes: visitors browse; buyers publish demands; factories
 * quote and hire; workers apply; reviewers decide postings; operators keep the lists and handle complaints.
 * "denied" is 401 for visitors and 403 (or 404 for another organisation's things) for signed-in callers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoardPermissionMatrixIntegrationTests extends ApiTestSupport {

    private final Map<String, ApiClient> callers = new LinkedHashMap<>();
    private String rfq;

    @BeforeAll
    void callers() {
        ApiClient trader = loggedIn("TRADING_COMPANY");
        verify(
                trader,
                admin(),
                "TRADING_COMPANY",
                "矩阵外贸" + UUID.randomUUID().toString().substring(0, 6) + "有限公司");
        ApiClient factory = loggedIn("FACTORY");
        verify(
                factory,
                admin(),
                "FACTORY",
                "矩阵工厂" + UUID.randomUUID().toString().substring(0, 6) + "有限公司");
        rfq = published(trader, admin(), procurement(trader, "保温杯", 1000));
        callers.put("visitor", client());
        callers.put("worker", loggedIn("WORKER"));
        callers.put("creator", loggedIn("CREATOR"));
        callers.put("trader", trader);
        callers.put("factory", factory);
        callers.put("reviewer", platformMember("REVIEWER", "审核员"));
        callers.put("operator", platformMember("OPERATOR", "运营"));
        callers.put("admin", admin());
    }

    private int status(String caller, String method, String path) {
        ApiClient client = callers.get(caller);
        return switch (method) {
            case "GET" -> client.get(path).status();
            // a complete body, so that a caller who may do it is not stopped by validation first
            case "POST" ->
                client.post(
                                path,
                                Map.of(
                                        "kind",
                                        "JOB_TYPE",
                                        "code",
                                        "matrix-" + UUID.randomUUID().toString().substring(0, 8),
                                        "nameZh",
                                        "矩阵工种" + UUID.randomUUID().toString().substring(0, 6),
                                        "nameEn",
                                        "Matrix"))
                        .status();
            default -> throw new IllegalArgumentException(method);
        };
    }

    private void expect(String method, String path, List<String> allowed) {
        for (String caller : callers.keySet()) {
            int status = status(caller, method, path);
            if (allowed.contains(caller)) {
                assertThat(status).as(caller + " " + method + " " + path).isNotIn(401, 403);
            } else if (caller.equals("visitor")) {
                assertThat(status).as(caller + " " + method + " " + path).isEqualTo(401);
            } else {
                assertThat(status).as(caller + " " + method + " " + path).isIn(403, 404);
            }
        }
    }

    @Test
    void visitorsBrowseTheBoard() {
        for (String caller : callers.keySet()) {
            assertThat(status(caller, "GET", "/api/board/postings?kind=PROCUREMENT"))
                    .as(caller)
                    .isEqualTo(200);
            assertThat(status(caller, "GET", "/api/board/postings/" + rfq))
                    .as(caller)
                    .isEqualTo(200);
            assertThat(status(caller, "GET", "/api/board/terms?kind=JOB_TYPE"))
                    .as(caller)
                    .isEqualTo(200);
        }
    }

    @Test
    void businessesWorkOnTheirOwnThings() {
        expect("GET", "/api/board/my-postings", List.of("worker", "creator", "trader", "factory"));
        expect("GET", "/api/board/contacts", List.of("worker", "creator", "trader", "factory"));
        expect("GET", "/api/board/my-quotes", List.of("factory"));
        expect("GET", "/api/board/quote-quota", List.of("factory"));
        expect("GET", "/api/board/my-applications", List.of("worker"));
        expect("GET", "/api/board/received-applications", List.of("factory"));
        expect("GET", "/api/board/postings/" + rfq + "/quotes", List.of("trader"));
    }

    @Test
    void platformStaffDecideAndKeepTheLists() {
        expect("GET", "/api/board/admin/reviews", List.of("reviewer", "admin"));
        expect("GET", "/api/board/admin/moderation-words", List.of("operator", "admin"));
        expect("GET", "/api/board/admin/complaints", List.of("reviewer", "operator", "admin"));
        expect("POST", "/api/board/admin/terms", List.of("operator", "admin"));
    }
}
