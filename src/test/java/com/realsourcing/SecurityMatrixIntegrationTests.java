package com.realsourcing;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Walks every operation of the published OpenAPI document: without credentials each one answers 401 (unless it is
 * one of the few public entry points), and a worker's account is refused the platform console with 403. New
 * modules' endpoints are covered by this test the day they appear.
 */
class SecurityMatrixIntegrationTests extends ApiTestSupport {

    static final Set<String> PUBLIC = Set.of(
            "POST /api/identity/sign-up",
            "POST /api/identity/login",
            "POST /api/identity/tokens",
            "POST /api/identity/password-resets",
            "POST /api/identity/password-resets/confirm",
            "POST /api/identity/wechat/login",
            "POST /api/identity/wechat/bind",
            "GET /api/identity/csrf",
            "POST /api/identity/logout",
            "GET /api/files/{id}",
            "GET /api/files/{id}/thumbnail",
            "GET /api/directory/regions",
            "GET /api/directory/regions/{cityCode}/counties",
            "GET /api/directory/taxonomy",
            "GET /api/directory/tags/{id}",
            "GET /api/directory/factories",
            "GET /api/factory/{id}",
            "GET /api/catalog/stores/{storeId}",
            "GET /api/catalog/stores/{storeId}/products",
            "GET /api/catalog/stores/{storeId}/products/{productId}",
            "GET /api/intel/shared-reports/{token}",
            "GET /api/intel/shared-reports/{token}/poster.png",
            "GET /api/intel/shared-reports/{token}/report.pdf",
            "GET /api/board/postings",
            "GET /api/board/postings/{id}",
            "GET /api/board/recommendations",
            "GET /api/board/terms",
            "GET /api/board/announcements");

    record Operation(String method, String path) {
        String key() {
            return method + " " + path;
        }

        String concretePath() {
            return path.replaceAll("\\{[^}]+}", "0190a8c0-0000-7000-8000-000000000001");
        }
    }

    List<Operation> operations() {
        JsonNode paths = client().get("/v3/api-docs").json().path("paths");
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey()));
            }
        }
        return operations;
    }

    @Test
    void everyNonPublicOperationNeedsAuthentication() {
        List<Operation> operations = operations();
        assertThat(operations).hasSizeGreaterThan(20);
        List<String> open = new ArrayList<>();
        for (Operation operation : operations) {
            if (PUBLIC.contains(operation.key())) {
                continue;
            }
            ApiClient anonymous = client();
            var response =
                    anonymous.send(operation.method(), operation.concretePath(), needsBody(operation) ? "{}" : null);
            if (response.status() != 401) {
                open.add(operation.key() + " -> " + response.status());
            }
        }
        assertThat(open).as("operations reachable without authentication").isEmpty();
    }

    @Test
    void theConsoleIsClosedToBusinessAccounts() {
        ApiClient worker = loggedIn("WORKER");
        List<String> reachable = new ArrayList<>();
        for (Operation operation : operations()) {
            if (!operation.path().matches("/api/[a-z-]+/admin/.*")) {
                continue;
            }
            var response =
                    worker.send(operation.method(), operation.concretePath(), needsBody(operation) ? "{}" : null);
            if (response.status() != 403) {
                reachable.add(operation.key() + " -> " + response.status());
            }
        }
        assertThat(reachable).isEmpty();
    }

    @Test
    void healthIsPublicButMetricsNeedAnOperator() {
        assertThat(client().get("/actuator/health").status()).isEqualTo(200);
        assertThat(client().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(loggedIn("FACTORY").get("/actuator/prometheus").status()).isEqualTo(403);
        var scrape = adminBearer("prometheus").accept("text/plain").get("/actuator/prometheus");
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body()).contains("jvm_memory_used_bytes", "http_server_requests");
    }

    private static boolean needsBody(Operation operation) {
        return Set.of("POST", "PUT", "PATCH").contains(operation.method());
    }
}
