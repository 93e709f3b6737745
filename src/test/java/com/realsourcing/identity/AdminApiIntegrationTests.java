package com.realsourcing.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminApiIntegrationTests extends ApiTestSupport {

    @Test
    void anAdminDisablesAUserWhoIsThenToldWhyTheyCannotLogIn() {
        String email = uniqueEmail("disable");
        signUp(client(), "FACTORY", "停用测试工厂", email);
        ApiClient user = client();
        assertThat(user.post("/api/identity/login", Map.of("login", email, "password", PASSWORD))
                        .status())
                .isEqualTo(200);
        String userId = user.get("/api/identity/me").text("id");

        ApiClient admin = admin();
        var changed = admin.put(
                "/api/identity/admin/users/" + userId + "/state", Map.of("state", "DISABLED", "reason", "营业执照造假"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.text("state")).isEqualTo("DISABLED");
        assertThat(changed.text("stateReason")).isEqualTo("营业执照造假");

        // The open session ends at once, and a new login is refused with the reason.
        assertThat(user.get("/api/identity/me").status()).isEqualTo(401);
        var refused = client().post("/api/identity/login", Map.of("login", email, "password", PASSWORD));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("code")).isEqualTo("identity.account-disabled");
        assertThat(refused.text("reason")).isEqualTo("营业执照造假");
        assertThat(refused.text("detail")).contains("营业执照造假");
        var wrongPassword = client().post("/api/identity/login", Map.of("login", email, "password", "Wrong1234"));
        assertThat(wrongPassword.status()).isEqualTo(401);

        var audit = admin.get("/api/identity/admin/audit-log?action=identity.user.state-changed")
                .json();
        assertThat(audit.path("items").toString()).contains(userId, "营业执照造假", "DISABLED");
        verify(notify, timeout(2000))
                .notifyUser(argThat(n -> n.userId().toString().equals(userId)
                        && n.template().equals("notify.identity.state-changed.DISABLED")));

        var restored = admin.put(
                "/api/identity/admin/users/" + userId + "/state", Map.of("state", "NORMAL", "reason", "复核通过"));
        assertThat(restored.text("stateReason")).isNull();
        assertThat(client().post("/api/identity/login", Map.of("login", email, "password", PASSWORD))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aDisabledUsersTokenStopsWorkingAtOnce() {
        String email = uniqueEmail("token-disable");
        signUp(client(), "BRAND", "令牌停用测试", email);
        String token = client().post("/api/identity/tokens", Map.of("login", email, "password", PASSWORD, "name", "脚本"))
                .text("token");
        ApiClient api = client().bearer(token);
        String userId = api.get("/api/identity/me").text("id");
        assertThat(api.get("/api/notify/notifications/unread-count").status()).isEqualTo(200);

        admin().put("/api/identity/admin/users/" + userId + "/state", Map.of("state", "DISABLED", "reason", "账号被盗"));

        var refused = api.get("/api/notify/notifications/unread-count");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text("code")).isEqualTo("identity.token-invalid");
    }

    @Test
    void aRestrictedAccountMayReadButLosesPublishingPermissions() {
        String email = uniqueEmail("restrict");
        signUp(client(), "FACTORY", "限制测试工厂", email);
        ApiClient user = client();
        user.post("/api/identity/login", Map.of("login", email, "password", PASSWORD));
        var before = user.get("/api/identity/me").json();
        String userId = before.path("id").asString();

        admin().put(
                        "/api/identity/admin/users/" + userId + "/state",
                        Map.of("state", "RESTRICTED", "reason", "发布违规信息"));

        var login = user.post("/api/identity/login", Map.of("login", email, "password", PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        var after = login.json();
        assertThat(after.path("state").asString()).isEqualTo("RESTRICTED");
        assertThat(after.path("stateReason").asString()).isEqualTo("发布违规信息");
        assertThat(after.path("permissions").size())
                .isLessThanOrEqualTo(before.path("permissions").size());
        assertThat(user.get("/api/identity/me").status()).isEqualTo(200);
    }

    @Test
    void theStateChangeNeedsAReasonAndNeverTargetsOneself() {
        ApiClient admin = admin();
        String adminId = admin.get("/api/identity/me").text("id");
        var noReason = admin.put("/api/identity/admin/users/" + adminId + "/state", Map.of("state", "DISABLED"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("errors").get(0).path("field").asString())
                .isEqualTo("reason");
        var self = admin.put(
                "/api/identity/admin/users/" + adminId + "/state", Map.of("state", "DISABLED", "reason", "测试一下"));
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.text("code")).isEqualTo("identity.cannot-change-own-state");
    }

    @Test
    void businessUsersCannotOpenTheConsole() {
        ApiClient factory = loggedIn("FACTORY");
        var users = factory.get("/api/identity/admin/users");
        assertThat(users.status()).isEqualTo(403);
        assertThat(users.text("code")).isEqualTo("shared.forbidden");
        assertThat(factory.get("/api/identity/admin/audit-log").status()).isEqualTo(403);
        assertThat(client().get("/api/identity/admin/users").status()).isEqualTo(401);
    }

    @Test
    void listsUsersAndOrganisationsByStateTypeAndRegistrationDate() {
        String email = uniqueEmail("listed");
        signUp(client(), "CREATOR", "列表测试达人", email);
        ApiClient admin = admin();
        String today = LocalDate.now().toString();

        var byName = admin.get("/api/identity/admin/users?state=NORMAL&registeredFrom=" + today + "&q=" + email);
        assertThat(byName.status()).isEqualTo(200);
        assertThat(byName.json().path("total").asInt()).isEqualTo(1);
        assertThat(byName.json().path("items").get(0).path("organizations").toString())
                .contains("列表测试达人");
        assertThat(byName.body()).doesNotContain(email);

        var none = admin.get("/api/identity/admin/users?registeredTo=2001-01-01");
        assertThat(none.json().path("total").asInt()).isZero();

        var orgs = admin.get("/api/identity/admin/organizations?type=CREATOR&q=%E5%88%97%E8%A1%A8");
        assertThat(orgs.json().path("items").toString()).contains("列表测试达人");
        assertThat(orgs.json().path("items").get(0).path("memberCount").asInt()).isEqualTo(1);

        var badDate = admin.get("/api/identity/admin/users?registeredFrom=yesterday");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().path("errors").get(0).path("field").asString())
                .isEqualTo("registeredFrom");
        var badSize = admin.get("/api/identity/admin/users?size=1000");
        assertThat(badSize.status()).isEqualTo(400);
    }
}
