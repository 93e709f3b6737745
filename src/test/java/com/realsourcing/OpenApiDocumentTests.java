package com.realsourcing;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.support.ApiTestSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps the committed OpenAPI document (web/openapi.json, from which the console's typed client is generated) equal
 * to what the server publishes. The test rewrites the file; when it changed, the test fails so the new document and
 * the regenerated client ({@code npm run gen:api} in web/) get committed together.
 */
class OpenApiDocumentTests extends ApiTestSupport {

    private static final Path DOCUMENT = Path.of("web/openapi.json");

    @Test
    void theCommittedDocumentMatchesTheServer() throws IOException {
        var response = client().get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        String published = response.body().strip() + "\n";
        assertThat(published).contains("/api/identity/sign-up", "\"bearer\"", "\"session\"");

        String committed = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "";
        if (!committed.equals(published)) {
            Files.writeString(DOCUMENT, published, StandardCharsets.UTF_8);
        }
        assertThat(committed)
                .as(
                        "web/openapi.json was out of date and has been rewritten: run `npm run gen:api` in web/ and commit both")
                .isEqualTo(published);
    }
}
