package com.realsourcing.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser-like HTTP client for API tests against the running server: it keeps cookies (SESSION, XSRF-TOKEN),
 * echoes the CSRF token on state-changing requests like the console does, and sends Accept-Language.
 */
public class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String language = "zh-CN";
    private String bearer;
    private boolean sendCsrf = true;
    private String accept = "application/json, application/problem+json";

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    public ApiClient language(String tag) {
        this.language = tag;
        return this;
    }

    public ApiClient bearer(String token) {
        this.bearer = token;
        return this;
    }

    public ApiClient accept(String mediaTypes) {
        this.accept = mediaTypes;
        return this;
    }

    public ApiClient withoutCsrf() {
        this.sendCsrf = false;
        return this;
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, body);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    /** A multipart/form-data POST of one file part named {@code file}, plus plain text fields. */
    public Response upload(String path, String filename, byte[] content, java.util.Map<String, String> fields) {
        String boundary = "----rs" + System.nanoTime();
        var out = new java.io.ByteArrayOutputStream();
        try {
            for (var field : fields.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                                + "\"\r\n\r\n" + field.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            if (sendCsrf && bearer == null && cookie("XSRF-TOKEN").isEmpty()) {
                http.send(request("GET", "/api/identity/csrf", null).build(), HttpResponse.BodyHandlers.discarding());
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Accept-Language", language)
                    .header("Accept", accept)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
            if (bearer != null) {
                request.header("Authorization", "Bearer " + bearer);
            } else if (sendCsrf) {
                cookie("XSRF-TOKEN").ifPresent(token -> request.header("X-XSRF-TOKEN", token));
            }
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** A GET whose body is binary (an image, a file); the status and the bytes as sent. */
    public HttpResponse<byte[]> bytes(String path) {
        try {
            return http.send(
                    request("GET", path, null).setHeader("Accept", "*/*").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response send(String method, String path, Object body) {
        return sendWithHeader(method, path, body, null, null);
    }

    /** As {@link #send} with one extra request header (for example {@code Idempotency-Key}); null name for none. */
    public Response sendWithHeader(String method, String path, Object body, String headerName, String headerValue) {
        try {
            if (sendCsrf
                    && bearer == null
                    && !method.equals("GET")
                    && cookie("XSRF-TOKEN").isEmpty()) {
                http.send(request("GET", "/api/identity/csrf", null).build(), HttpResponse.BodyHandlers.discarding());
            }
            HttpRequest.Builder request = request(method, path, body);
            if (headerName != null) {
                request.header(headerName, headerValue);
            }
            if (sendCsrf && bearer == null && !method.equals("GET")) {
                cookie("XSRF-TOKEN").ifPresent(token -> request.header("X-XSRF-TOKEN", token));
            }
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** As {@link #send} with extra request headers. */
    public Response sendWithHeaders(String method, String path, Object body, java.util.Map<String, String> headers) {
        try {
            if (sendCsrf
                    && bearer == null
                    && !method.equals("GET")
                    && cookie("XSRF-TOKEN").isEmpty()) {
                http.send(request("GET", "/api/identity/csrf", null).build(), HttpResponse.BodyHandlers.discarding());
            }
            HttpRequest.Builder request = request(method, path, body);
            headers.forEach(request::header);
            if (sendCsrf && bearer == null && !method.equals("GET")) {
                cookie("XSRF-TOKEN").ifPresent(token -> request.header("X-XSRF-TOKEN", token));
            }
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GETs a binary resource (an image, a PDF); the body is kept as bytes. */
    public BinaryResponse getBytes(String path) {
        try {
            HttpResponse<byte[]> response =
                    http.send(request("GET", path, null).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new BinaryResponse(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response whose body is bytes. */
    public record BinaryResponse(int status, byte[] body, HttpResponse<byte[]> raw) {
        public String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** POSTs a multipart form with one file part and plain fields, echoing the CSRF token like the console. */
    public Response postMultipart(
            String path, String fileField, String filename, byte[] content, java.util.Map<String, String> fields) {
        String boundary = "----rs" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> write = text -> body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        fields.forEach((name, value) -> write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write.accept("\r\n--" + boundary + "--\r\n");
        try {
            if (sendCsrf && bearer == null && cookie("XSRF-TOKEN").isEmpty()) {
                http.send(request("GET", "/api/identity/csrf", null).build(), HttpResponse.BodyHandlers.discarding());
            }
            HttpRequest.Builder request = request("GET", path, null)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
            if (sendCsrf && bearer == null) {
                cookie("XSRF-TOKEN").ifPresent(token -> request.header("X-XSRF-TOKEN", token));
            }
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept-Language", language)
                .header("Accept", accept);
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (body == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
    }

    /** A response with its JSON body parsed on demand. */
    public record Response(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
        }

        public String text(String field) {
            return json().path(field).asString(null);
        }

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }
    }
}
