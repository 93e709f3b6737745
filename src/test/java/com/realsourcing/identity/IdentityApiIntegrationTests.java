package com.realsourcing.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import com.realsourcing.notify.api.DirectMessage;
import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class IdentityApiIntegrationTests extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    com.realsourcing.shared.security.PiiProtection pii;

    @Test
    void signUpCreatesTheAccountAndItsOrganisation() {
        ApiClient client = client();
        String email = uniqueEmail("factory");
        var response = signUp(client, "FACTORY", "宁波测试保温杯厂", email);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("Location")).contains("/api/identity/me");
        assertThat(response.text("email")).startsWith(email.substring(0, 1) + "***@");

        var login = client.post("/api/identity/login", Map.of("login", email, "password", PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        String sessionCookie = login.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .findFirst()
                .orElseThrow();
        assertThat(sessionCookie).contains("HttpOnly").contains("SameSite=Lax");
        var me = client.get("/api/identity/me").json();
        assertThat(me.path("activeOrganization").path("name").asString()).isEqualTo("宁波测试保温杯厂");
        assertThat(me.path("activeOrganization").path("type").asString()).isEqualTo("FACTORY");
        assertThat(me.path("activeOrganization").path("role").asString()).isEqualTo("OWNER");
        assertThat(me.path("capabilities").toString()).contains("SELL_B2B", "BUY_B2B", "MANUFACTURE");
        assertThat(me.path("permissions").toString())
                .contains("identity:member:invite")
                .doesNotContain("identity:user:read-all");
    }

    @Test
    void storesContactsEncryptedNotInClear() {
        String email = uniqueEmail("cipher");
        signUp(client(), "BRAND", "加密测试品牌", email);
        long clear = jdbc.sql("select count(*) from identity.users where email_cipher like ? or email_cipher = ?")
                .param("%" + email + "%")
                .param(email)
                .query(Long.class)
                .single();
        long total = jdbc.sql("select count(*) from identity.users where email_cipher like 'v1:%'")
                .query(Long.class)
                .single();
        assertThat(clear).isZero();
        assertThat(total).isPositive();
    }

    @Test
    void aSecondSignUpWithTheSameLoginIsAConflict() {
        String mobile = uniqueMobile();
        Map<String, Object> body =
                Map.of("organizationType", "WORKER", "displayName", "李师傅", "mobile", mobile, "password", PASSWORD);
        assertThat(client().post("/api/identity/sign-up", body).status()).isEqualTo(201);
        var again = client().post("/api/identity/sign-up", body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("identity.login-taken");
        assertThat(again.text("detail")).contains("已注册");
    }

    @Test
    void badSignUpFieldsAreNamedInTheCallersLanguage() {
        var zh = client().post(
                        "/api/identity/sign-up",
                        Map.of(
                                "organizationType",
                                "FACTORY",
                                "organizationName",
                                "X",
                                "email",
                                "nope",
                                "password",
                                "short"));
        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.text("code")).isEqualTo("identity.email-invalid");
        assertThat(zh.json().path("errors").get(0).path("field").asString()).isEqualTo("email");
        assertThat(zh.json().path("errors").get(0).path("message").asString()).contains("邮箱");

        var en = client().language("en-US")
                .post("/api/identity/sign-up", Map.of("organizationType", "SPACESHIP", "password", "x"));
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.json().path("errors").get(0).path("field").asString()).isEqualTo("organizationType");
        assertThat(en.text("detail")).contains("could not be read");

        var missing = client().language("en-US").post("/api/identity/sign-up", Map.of("organizationType", "BRAND"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("errors").toString()).contains("password");
        assertThat(missing.header("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
    }

    @Test
    void nothingIsHalfWrittenWhenSignUpFails() {
        String email = uniqueEmail("half");
        long before = jdbc.sql("select count(*) from identity.organizations")
                .query(Long.class)
                .single();
        var response = client().post(
                        "/api/identity/sign-up",
                        Map.of(
                                "organizationType",
                                "FACTORY",
                                "organizationName",
                                " ",
                                "email",
                                email,
                                "password",
                                PASSWORD));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("field").asString())
                .isEqualTo("organizationName");
        assertThat(client().post("/api/identity/login", Map.of("login", email, "password", PASSWORD))
                        .status())
                .isEqualTo(401);
        long after = jdbc.sql("select count(*) from identity.organizations where name = ' '")
                .query(Long.class)
                .single();
        assertThat(after).isZero();
        assertThat(before).isPositive();
    }

    @Test
    void apiNeedsAuthenticationAndSaysSoAsAProblem() {
        var me = client().get("/api/identity/me");
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.text("code")).isEqualTo("shared.unauthenticated");
        assertThat(me.text("detail")).isEqualTo("请先登录。");
    }

    @Test
    void repeatedFailuresSlowDownThenLockTheLogin() {
        String email = uniqueEmail("throttle");
        signUp(client(), "BRAND", "限流测试", email);
        ApiClient client = client();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            statuses.add(client.post("/api/identity/login", Map.of("login", email, "password", "wrong-1"))
                    .status());
        }
        assertThat(statuses).containsExactly(401, 401, 401);
        var slowed = client.post("/api/identity/login", Map.of("login", email, "password", PASSWORD));
        assertThat(slowed.status()).isEqualTo(429);
        assertThat(slowed.text("code")).isEqualTo("identity.login-throttled");
        assertThat(slowed.json().path("retryAfterSeconds").asInt()).isPositive();
        assertThat(slowed.header("Retry-After")).isPresent();

        // Push the count to the lock threshold, as if the waits had passed.
        jdbc.sql("update identity.login_attempts set failures = 7, blocked_until = null where login_index = ?")
                .param(pii.index("EMAIL:" + email))
                .update();
        var eighth = client.post("/api/identity/login", Map.of("login", email, "password", "wrong-1"));
        assertThat(eighth.status()).isEqualTo(401);
        var locked = client.post("/api/identity/login", Map.of("login", email, "password", PASSWORD));
        assertThat(locked.status()).isEqualTo(423);
        assertThat(locked.text("code")).isEqualTo("identity.login-locked");
        assertThat(locked.text("detail")).contains("已锁定");
    }

    @Test
    void personalAccessTokensAuthenticateAndCanBeRevoked() {
        String email = uniqueEmail("token");
        signUp(client(), "TRADING_COMPANY", "令牌测试外贸", email);
        var issued =
                client().post("/api/identity/tokens", Map.of("login", email, "password", PASSWORD, "name", "ERP 同步"));
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.text("token");
        assertThat(token).startsWith("rs_pat_");

        ApiClient api = client().bearer(token);
        var me = api.get("/api/identity/me");
        // stateless: no session and no CSRF cookie for an API client
        assertThat(me.raw().headers().allValues("Set-Cookie")).isEmpty();
        // data, not a page: nothing may load from or frame an API response
        assertThat(me.header("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(me.json().path("activeOrganization").path("name").asString()).isEqualTo("令牌测试外贸");
        var listed = api.get("/api/identity/tokens").json();
        assertThat(listed.get(0).path("name").asString()).isEqualTo("ERP 同步");
        assertThat(listed.get(0).path("lastUsedAt").isNull()).isFalse();
        assertThat(listed.toString()).doesNotContain(token);
        long stored = jdbc.sql("select count(*) from identity.access_tokens where token_hash = ?")
                .param(token)
                .query(Long.class)
                .single();
        assertThat(stored).isZero();

        assertThat(api.delete("/api/identity/tokens/" + issued.text("id")).status())
                .isEqualTo(204);
        var after = api.get("/api/identity/me");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.text("code")).isEqualTo("identity.token-invalid");
    }

    @Test
    void aSignedInUserIssuesATokenWithJustTheirPassword() {
        ApiClient client = loggedIn("BRAND");
        var issued = client.post("/api/identity/tokens", Map.of("password", PASSWORD, "name", "手机 App"));
        assertThat(issued.status()).isEqualTo(201);
        var wrong = client.post("/api/identity/tokens", Map.of("password", "Wrong12345", "name", "x"));
        assertThat(wrong.status()).isEqualTo(401);
        var anonymous = client().post("/api/identity/tokens", Map.of("password", PASSWORD, "name", "x"));
        assertThat(anonymous.status()).isEqualTo(400);
        assertThat(anonymous.json().path("errors").get(0).path("field").asString())
                .isEqualTo("login");
        assertThat(client().bearer(issued.text("token")).get("/api/identity/me").status())
                .isEqualTo(200);
    }

    @Test
    void aBrowserSessionNeedsTheCsrfTokenToChangeThings() {
        ApiClient client = loggedIn("BRAND");
        assertThat(client.get("/api/identity/me").header("Content-Security-Policy"))
                .hasValueSatisfying(
                        policy -> assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'"));
        var withoutToken = client.withoutCsrf().patch("/api/identity/me", Map.of("displayName", "新名字"));
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.text("code")).isEqualTo("shared.csrf-invalid");
    }

    @Test
    void profileChangesAreValidated() {
        ApiClient client = loggedIn("CREATOR");
        var ok = client.patch("/api/identity/me", Map.of("locale", "en-US", "timeZone", "America/New_York"));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.text("locale")).isEqualTo("en-US");
        var bad = client.patch("/api/identity/me", Map.of("timeZone", "Mars/Olympus"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").get(0).path("field").asString()).isEqualTo("timeZone");
    }

    @Test
    void passwordResetByCodeSentThroughNotify() {
        String email = uniqueEmail("reset");
        signUp(client(), "BRAND", "重置测试", email);
        Mockito.clearInvocations(notify);
        assertThat(client().post("/api/identity/password-resets", Map.of("login", email))
                        .status())
                .isEqualTo(202);
        assertThat(client().post("/api/identity/password-resets", Map.of("login", uniqueEmail("nobody")))
                        .status())
                .isEqualTo(202);
        ArgumentCaptor<DirectMessage> sent = ArgumentCaptor.forClass(DirectMessage.class);
        verify(notify, timeout(2000)).sendDirect(sent.capture());
        assertThat(sent.getAllValues()).hasSize(1);
        String code = String.valueOf(sent.getValue().params().get("code"));
        assertThat(sent.getValue().address()).isEqualTo(email);

        var wrong = client().post(
                        "/api/identity/password-resets/confirm",
                        Map.of(
                                "login",
                                email,
                                "code",
                                code.equals("000000") ? "111111" : "000000",
                                "newPassword",
                                "NewPass123"));
        assertThat(wrong.status()).isEqualTo(400);
        var confirmed = client().post(
                        "/api/identity/password-resets/confirm",
                        Map.of("login", email, "code", code, "newPassword", "NewPass123"));
        assertThat(confirmed.status()).isEqualTo(204);
        assertThat(client().post("/api/identity/login", Map.of("login", email, "password", "NewPass123"))
                        .status())
                .isEqualTo(200);
        var reused = client().post(
                        "/api/identity/password-resets/confirm",
                        Map.of("login", email, "code", code, "newPassword", "Another123"));
        assertThat(reused.status()).isEqualTo(400);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        ApiClient client = loggedIn("FACTORY");
        var wrong = client.post(
                "/api/identity/me/password", Map.of("currentPassword", "nope-123", "newPassword", "Better123"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().path("errors").get(0).path("field").asString()).isEqualTo("currentPassword");
        var ok = client.post(
                "/api/identity/me/password", Map.of("currentPassword", PASSWORD, "newPassword", "Better123"));
        assertThat(ok.status()).isEqualTo(204);
        assertThat(client.get("/api/identity/me").status()).isEqualTo(200);
    }

    @Test
    void logoutEndsTheSession() {
        ApiClient client = loggedIn("BRAND");
        assertThat(client.post("/api/identity/logout", null).status()).isEqualTo(204);
        assertThat(client.get("/api/identity/me").status()).isEqualTo(401);
    }

    @Test
    void aUserInTwoOrganisationsSwitchesBetweenThem() {
        ApiClient client = loggedIn("TRADING_COMPANY");
        var created = client.post("/api/identity/organizations", Map.of("type", "BRAND", "name", "第二家品牌"));
        assertThat(created.status()).isEqualTo(201);
        String brandId = created.text("id");
        var me = client.put("/api/identity/me/active-organization", Map.of("organizationId", brandId));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("activeOrganization").path("type").asString()).isEqualTo("BRAND");
        assertThat(me.json().path("organizations").size()).isEqualTo(2);
        assertThat(me.json().path("capabilities").toString()).contains("RECRUIT_CREATORS");
        // The session now carries the new organisation.
        assertThat(client.get("/api/identity/me")
                        .json()
                        .path("activeOrganization")
                        .path("id")
                        .asString())
                .isEqualTo(brandId);

        var foreign = client.put(
                "/api/identity/me/active-organization",
                Map.of("organizationId", "0190a8c0-0000-7000-8000-000000000000"));
        assertThat(foreign.status()).isEqualTo(404);
    }

    @Test
    void anInvitedColleagueJoinsWithTheCode() {
        ApiClient owner = loggedIn("FACTORY");
        String orgId = owner.get("/api/identity/me")
                .json()
                .path("activeOrganization")
                .path("id")
                .asString();
        String colleague = uniqueEmail("colleague");
        Mockito.clearInvocations(notify);
        var invited = owner.post(
                "/api/identity/organizations/" + orgId + "/invitations", Map.of("email", colleague, "role", "MEMBER"));
        assertThat(invited.status()).isEqualTo(201);
        assertThat(invited.text("status")).isEqualTo("PENDING");
        ArgumentCaptor<DirectMessage> sent = ArgumentCaptor.forClass(DirectMessage.class);
        verify(notify, timeout(2000)).sendDirect(sent.capture());
        String code = String.valueOf(sent.getValue().params().get("code"));

        var joined = client().post(
                        "/api/identity/sign-up",
                        Map.of("email", colleague, "password", PASSWORD, "displayName", "新同事", "invitationCode", code));
        assertThat(joined.status()).isEqualTo(201);
        var members =
                owner.get("/api/identity/organizations/" + orgId + "/members").json();
        assertThat(members.toString()).contains("新同事", "MEMBER");
        assertThat(members.toString()).doesNotContain(colleague);

        var notPlatformRole = owner.post(
                "/api/identity/organizations/" + orgId + "/invitations",
                Map.of("email", uniqueEmail("x"), "role", "SUPER_ADMIN"));
        assertThat(notPlatformRole.status()).isEqualTo(400);
    }

    @Test
    void anotherOrganisationsMembersLookMissing() {
        ApiClient a = loggedIn("FACTORY");
        ApiClient b = loggedIn("FACTORY");
        String bOrg = b.get("/api/identity/me")
                .json()
                .path("activeOrganization")
                .path("id")
                .asString();
        var peek = a.get("/api/identity/organizations/" + bOrg + "/members");
        assertThat(peek.status()).isEqualTo(404);
        assertThat(peek.body()).doesNotContain("测试用户");
    }

    @Test
    void wechatLoginLinksOnceThenLogsStraightIn() {
        String email = uniqueEmail("wechat");
        signUp(client(), "CREATOR", "微信达人", email);
        ApiClient miniProgram = client();
        String code = "code-" + email;
        var first = miniProgram.post("/api/identity/wechat/login", Map.of("code", code));
        assertThat(first.status()).isEqualTo(401);
        assertThat(first.text("code")).isEqualTo("identity.wechat-not-linked");
        var bound = miniProgram.post("/api/identity/wechat/bind", Map.of("login", email, "password", PASSWORD));
        assertThat(bound.status()).isEqualTo(200);

        ApiClient again = client();
        var second = again.post("/api/identity/wechat/login", Map.of("code", code));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().path("activeOrganization").path("name").asString())
                .isEqualTo("微信达人");

        var invalid = client().post("/api/identity/wechat/login", Map.of("code", "invalid-123"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.text("code")).isEqualTo("identity.wechat-code-invalid");
        var bindWithoutLogin = client().post("/api/identity/wechat/bind", Map.of("login", email, "password", PASSWORD));
        assertThat(bindWithoutLogin.status()).isEqualTo(400);
    }

    @Test
    void notifyLearnsTheRecipientsAddressOnSignUp() {
        String email = uniqueEmail("recipient");
        signUp(client(), "BRAND", "通知测试", email);
        verify(notify, timeout(2000)).upsertRecipient(argThat(r -> email.equals(r.email())));
    }
}
