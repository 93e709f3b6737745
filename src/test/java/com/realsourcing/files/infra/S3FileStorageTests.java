package com.realsourcing.files.infra;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.realsourcing.files.domain.FilesProperties;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;

/** The S3 adapter against WireMock speaking S3's REST protocol with path-style URLs ({@code /bucket/key}). */
class S3FileStorageTests {

    private static final String NO_SUCH_KEY =
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message>\
            <Key>org/missing</Key><RequestId>4442587FB7D0A2F9</RequestId></Error>""";

    private final WireMockServer s3 = new WireMockServer(options().dynamicPort());
    private S3FileStorage storage;

    @BeforeEach
    void start() {
        s3.start();
        storage = S3FileStorage.create(new FilesProperties.S3(
                URI.create("http://localhost:" + s3.port()),
                "cn-north-1",
                "uploads",
                "AKIDEXAMPLE",
                "secret",
                true,
                "rs/"));
    }

    @AfterEach
    void stop() {
        storage.close();
        s3.stop();
    }

    @Test
    void putsAnObjectWithTypeLengthAndASignature() throws IOException {
        s3.stubFor(put(urlEqualTo("/uploads/rs/org/file-1"))
                .willReturn(aResponse().withStatus(200).withHeader("ETag", "\"9b2cf535f27731c974343645a3985328\"")));
        byte[] content = "%PDF-1.4 报价单".getBytes(StandardCharsets.UTF_8);

        storage.put("org/file-1", new ByteArrayInputStream(content), content.length, "application/pdf");

        s3.verify(putRequestedFor(urlEqualTo("/uploads/rs/org/file-1"))
                .withHeader("Content-Type", equalTo("application/pdf"))
                .withHeader(
                        "Authorization",
                        matching("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/\\d{8}/cn-north-1/s3/aws4_request.*")));
        LoggedRequest request = s3.findAll(putRequestedFor(urlEqualTo("/uploads/rs/org/file-1")))
                .get(0);
        assertThat(decodedBody(request)).isEqualTo(content);
    }

    @Test
    void readsAnObjectLazily() throws IOException {
        byte[] content = {1, 2, 3, 4, 5};
        s3.stubFor(head(urlEqualTo("/uploads/rs/org/file-2"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Length", "5")
                        .withHeader("Content-Type", "image/png")));
        s3.stubFor(get(urlEqualTo("/uploads/rs/org/file-2"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "image/png")
                        .withBody(content)));

        Resource resource = storage.get("org/file-2");

        assertThat(s3.getAllServeEvents()).isEmpty();
        assertThat(resource.exists()).isTrue();
        assertThat(resource.contentLength()).isEqualTo(5);
        assertThat(resource.getContentAsByteArray()).isEqualTo(content);
    }

    @Test
    void reportsAMissingObjectAsNotExisting() {
        s3.stubFor(head(urlEqualTo("/uploads/rs/org/missing"))
                .willReturn(aResponse().withStatus(404)));
        s3.stubFor(get(urlEqualTo("/uploads/rs/org/missing"))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/xml")
                        .withBody(NO_SUCH_KEY)));

        Resource resource = storage.get("org/missing");

        assertThat(resource.exists()).isFalse();
        assertThatThrownBy(resource::getInputStream).isInstanceOf(java.io.FileNotFoundException.class);
    }

    @Test
    void deletesAnObject() throws IOException {
        s3.stubFor(delete(urlEqualTo("/uploads/rs/org/file-3"))
                .willReturn(aResponse().withStatus(204)));

        storage.delete("org/file-3");

        s3.verify(deleteRequestedFor(urlEqualTo("/uploads/rs/org/file-3")));
    }

    @Test
    void turnsAServerErrorIntoAnIOException() {
        s3.stubFor(put(urlEqualTo("/uploads/rs/org/file-4"))
                .willReturn(aResponse()
                        .withStatus(403)
                        .withHeader("Content-Type", "application/xml")
                        .withBody("<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>")));

        assertThatThrownBy(() -> storage.put("org/file-4", new ByteArrayInputStream(new byte[3]), 3, "image/png"))
                .isInstanceOf(IOException.class);
    }

    /** The body as sent, undoing aws-chunked framing if the SDK used it. */
    private static byte[] decodedBody(LoggedRequest request) {
        byte[] body = request.getBody();
        String encoding = request.getHeader("Content-Encoding");
        if (encoding == null || !encoding.contains("aws-chunked")) {
            return body;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int pos = 0;
        while (pos < body.length) {
            int lineEnd = indexOfCrlf(body, pos);
            String header = new String(body, pos, lineEnd - pos, StandardCharsets.US_ASCII);
            int size = Integer.parseInt(header.split(";")[0], 16);
            if (size == 0) {
                break;
            }
            out.write(body, lineEnd + 2, size);
            pos = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOfCrlf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }
}
