package com.realsourcing.support;

import com.realsourcing.notify.api.NotifyApi;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Base for HTTP API tests: the whole application on a random port with the embedded PostgreSQL, one shared
 * context. Notify is mocked so tests can read codes that would go out by SMS or e-mail.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "realsourcing.identity.bootstrap-admin.login=admin@test.realsourcing.cn",
            "realsourcing.identity.bootstrap-admin.password=Admin@Test1"
        })
public abstract class ApiTestSupport {

    public static final String ADMIN_LOGIN = "admin@test.realsourcing.cn";
    public static final String ADMIN_PASSWORD = "Admin@Test1";
    public static final String PASSWORD = "Passw0rd!";
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @LocalServerPort
    protected int port;

    @MockitoBean
    protected NotifyApi notify;

    @Autowired
    protected tools.jackson.databind.json.JsonMapper json;

    protected ApiClient client() {
        return new ApiClient(port);
    }

    /** A unique e-mail login for this run. */
    protected static String uniqueEmail(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 1_000_000
                + "@test.realsourcing.cn";
    }

    /** A unique mainland mobile number for this run. */
    protected static String uniqueMobile() {
        return "139" + String.format("%08d", (System.nanoTime() / 1000 + SEQUENCE.incrementAndGet()) % 100_000_000);
    }

    protected ApiClient.Response signUp(ApiClient client, String type, String organizationName, String email) {
        return client.post(
                "/api/identity/sign-up",
                Map.of(
                        "organizationType", type,
                        "organizationName", organizationName,
                        "displayName", "测试用户",
                        "email", email,
                        "password", PASSWORD));
    }

    /** Signs up a fresh user of the given organisation type and returns a client logged in as them. */
    protected ApiClient loggedIn(String type) {
        ApiClient client = client();
        String email = uniqueEmail(type.toLowerCase());
        signUp(client, type, "测试" + type + "组织", email);
        var login = client.post("/api/identity/login", Map.of("login", email, "password", PASSWORD));
        if (login.status() != 200) {
            throw new IllegalStateException("login failed: " + login.body());
        }
        return client;
    }

    /**
     * A member of the platform organisation with a platform role ({@code REVIEWER}, {@code OPERATOR}), joined the
     * way a real one does: the super admin invites the address to the platform organisation, and the invitee signs
     * up with the code from the invitation (read from the mocked notify) and logs in.
     */
    protected ApiClient platformMember(String role, String displayName) {
        ApiClient admin = admin();
        String platformId = admin.get("/api/identity/me")
                .json()
                .path("activeOrganization")
                .path("id")
                .asString();
        String email = uniqueEmail(role.toLowerCase(java.util.Locale.ROOT));
        var invited = admin.post(
                "/api/identity/organizations/" + platformId + "/invitations", Map.of("email", email, "role", role));
        if (invited.status() != 201) {
            throw new IllegalStateException("invitation failed: " + invited.body());
        }
        var sent = org.mockito.ArgumentCaptor.forClass(com.realsourcing.notify.api.DirectMessage.class);
        org.mockito.Mockito.verify(notify, org.mockito.Mockito.atLeastOnce()).sendDirect(sent.capture());
        String code = sent.getAllValues().stream()
                .filter(m -> m.address().equalsIgnoreCase(email))
                .map(m -> String.valueOf(m.params().get("code")))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new IllegalStateException("no invitation sent to " + email));
        ApiClient member = client();
        var joined = member.post(
                "/api/identity/sign-up",
                Map.of("email", email, "password", PASSWORD, "displayName", displayName, "invitationCode", code));
        if (joined.status() != 201) {
            throw new IllegalStateException("sign-up with invitation failed: " + joined.body());
        }
        var login = member.post("/api/identity/login", Map.of("login", email, "password", PASSWORD));
        if (login.status() != 200) {
            throw new IllegalStateException("login failed: " + login.body());
        }
        return member;
    }

    protected ApiClient admin() {
        ApiClient client = client();
        var login = client.post("/api/identity/login", Map.of("login", ADMIN_LOGIN, "password", ADMIN_PASSWORD));
        if (login.status() != 200) {
            throw new IllegalStateException("admin login failed: " + login.body());
        }
        return client;
    }

    /** A client that calls as the platform admin with a fresh personal access token ({@code Authorization: Bearer}). */
    protected ApiClient adminBearer(String tokenName) {
        var issued = client().post(
                        "/api/identity/tokens",
                        Map.of("login", ADMIN_LOGIN, "password", ADMIN_PASSWORD, "name", tokenName));
        if (issued.status() != 201) {
            throw new IllegalStateException("admin token failed: " + issued.body());
        }
        return client().bearer(issued.text("token"));
    }
}
