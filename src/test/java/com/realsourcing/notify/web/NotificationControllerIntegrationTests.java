package com.realsourcing.notify.web;

import static com.realsourcing.testing.TestUsers.as;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.realsourcing.notify.api.NotifyApi;
import com.realsourcing.notify.api.UserNotification;
import com.realsourcing.notify.domain.NotifyPermissions;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.testing.TestUsers;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class NotificationControllerIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    NotifyApi notify;

    private final AuthenticatedUser user = TestUsers.member(Ids.newId(), NotifyPermissions.READ);
    private final AuthenticatedUser otherUser = TestUsers.member(Ids.newId(), NotifyPermissions.READ);

    @BeforeEach
    void threeNotifications() {
        for (String name : new String[] {"第一", "第二", "第三"}) {
            notify.notifyUser(UserNotification.inApp(
                    user.userId(),
                    "test",
                    "notify.notify.channel-test",
                    Map.of("name", name, "sentAt", Instant.parse("2025-03-01T12:00:00Z"))));
        }
    }

    @Test
    void listsTheUsersNotificationsNewestFirstInPages() throws Exception {
        mvc.perform(get("/api/notify/notifications").with(as(user)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.items[0].title").value("第三，这是一条测试通知"))
                .andExpect(jsonPath("$.items[2].title").value("第一，这是一条测试通知"))
                .andExpect(jsonPath("$.items[0].category").value("test"))
                .andExpect(jsonPath("$.items[0].createdAt").isNotEmpty())
                .andExpect(jsonPath("$.items[0].readAt").value(nullValue()));
        mvc.perform(get("/api/notify/notifications")
                        .param("page", "1")
                        .param("size", "2")
                        .with(as(user)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].title").value("第一，这是一条测试通知"))
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(get("/api/notify/notifications").with(as(otherUser)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void marksOneReadForItsOwnerOnly() throws Exception {
        String newest = JsonPath.read(
                mvc.perform(get("/api/notify/notifications").with(as(user)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.items[0].id");

        mvc.perform(post("/api/notify/notifications/{id}/read", newest)
                        .with(csrf())
                        .with(as(otherUser)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("notify.notification-not-found"));
        mvc.perform(get("/api/notify/notifications/unread-count").with(as(user)))
                .andExpect(jsonPath("$.count").value(3));

        mvc.perform(post("/api/notify/notifications/{id}/read", newest)
                        .with(csrf())
                        .with(as(user)))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/notify/notifications/{id}/read", newest)
                        .with(csrf())
                        .with(as(user)))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/notify/notifications/unread-count").with(as(user)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(2));
        mvc.perform(get("/api/notify/notifications").param("unreadOnly", "true").with(as(user)))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(newest))));
        mvc.perform(get("/api/notify/notifications").with(as(user)))
                .andExpect(jsonPath("$.items[0].readAt").isNotEmpty());
        mvc.perform(post("/api/notify/notifications/{id}/read", Ids.newId())
                        .with(csrf())
                        .with(as(user)))
                .andExpect(status().isNotFound());
    }

    @Test
    void marksAllReadForTheCallerOnly() throws Exception {
        notify.notifyUser(UserNotification.inApp(
                otherUser.userId(),
                "test",
                "notify.notify.channel-test",
                Map.of("name", "x", "sentAt", Instant.now())));

        mvc.perform(post("/api/notify/notifications/read-all").with(csrf()).with(as(user)))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/notify/notifications/unread-count").with(as(user)))
                .andExpect(jsonPath("$.count").value(0));
        mvc.perform(get("/api/notify/notifications/unread-count").with(as(otherUser)))
                .andExpect(jsonPath("$.count").value(1));
    }

    @Test
    void requiresTheReadPermission() throws Exception {
        AuthenticatedUser withoutPermission = TestUsers.member(Ids.newId());

        mvc.perform(get("/api/notify/notifications").with(as(withoutPermission)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("shared.forbidden"));
    }

    @Test
    void refusesOversizedPages() throws Exception {
        mvc.perform(get("/api/notify/notifications")
                        .param("size", "500")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en-US")
                        .with(as(user)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("shared.validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }
}
