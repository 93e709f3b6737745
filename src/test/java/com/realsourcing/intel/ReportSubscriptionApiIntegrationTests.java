package com.realsourcing.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import com.realsourcing.notify.api.Channel;
import com.realsourcing.notify.api.UserNotification;
import com.realsourcing.support.ApiClient;
import com.realsourcing.support.ApiTestSupport;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatcher;

/** Weekly-report subscribers are told once when a week's report is first generated, and only then. */
class ReportSubscriptionApiIntegrationTests extends ApiTestSupport {

    static ArgumentMatcher<UserNotification> reportOf(String week, UUID user) {
        return n -> n != null
                && n.userId().equals(user)
                && n.template().equals("notify.intel.weekly-report")
                && week.equals(n.params().get("week"));
    }

    @Test
    void subscribersAreNotifiedOfANewWeeklyReportOnce() {
        ApiClient subscriber = loggedIn("FACTORY");
        UUID subscriberId = UUID.fromString(subscriber.get("/api/identity/me").text("id"));
        ApiClient bystander = loggedIn("TRADING_COMPANY");
        UUID bystanderId = UUID.fromString(bystander.get("/api/identity/me").text("id"));
        assertThat(subscriber
                        .get("/api/intel/weekly-report-subscription")
                        .json()
                        .path("subscribed")
                        .asBoolean())
                .isFalse();

        var badChannel = subscriber.put(
                "/api/intel/weekly-report-subscription", Map.of("industries", List.of(), "channels", List.of("SMS")));
        assertThat(badChannel.status()).isEqualTo(400);
        assertThat(badChannel.json().path("errors").get(0).path("field").asString())
                .isEqualTo("channels");
        var badIndustry = subscriber.put(
                "/api/intel/weekly-report-subscription",
                Map.of("industries", List.of("spaceships"), "channels", List.of()));
        assertThat(badIndustry.status()).isEqualTo(400);
        assertThat(badIndustry.text("code")).isEqualTo("intel.industry-unknown");

        var subscribed = subscriber.put(
                "/api/intel/weekly-report-subscription",
                Map.of("industries", List.of("纺织服装", "electronics"), "channels", List.of("EMAIL")));
        assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(200);
        assertThat(subscribed.json().path("industries").toString()).isEqualTo("[\"textiles-apparel\",\"electronics\"]");
        assertThat(subscribed.json().path("channels").toString()).contains("IN_APP", "EMAIL");

        assertThat(admin().post("/api/intel/weekly-reports?week=2026-W38", null).status())
                .isEqualTo(201);
        // told after the report's transaction commits, in the background, on the channels chosen
        verify(notify, timeout(10_000))
                .notifyUser(argThat(n -> reportOf("2026-W38", subscriberId).matches(n)
                        && n.channels().equals(java.util.Set.of(Channel.IN_APP, Channel.EMAIL))
                        && "/intel/reports/2026-W38".equals(n.link())));
        verify(notify, never()).notifyUser(argThat(reportOf("2026-W38", bystanderId)));

        assertThat(admin().post("/api/intel/weekly-reports?week=2026-W38", null).status())
                .isEqualTo(201);
        verify(notify, after(1_500).times(1)).notifyUser(argThat(reportOf("2026-W38", subscriberId)));

        assertThat(subscriber.delete("/api/intel/weekly-report-subscription").status())
                .isEqualTo(204);
        assertThat(admin().post("/api/intel/weekly-reports?week=2026-W37", null).status())
                .isEqualTo(201);
        verify(notify, after(1_500).never()).notifyUser(argThat(reportOf("2026-W37", subscriberId)));
        verify(notify, never()).sendDirect(any());
        assertThat(loggedIn("WORKER")
                        .get("/api/intel/weekly-report-subscription")
                        .status())
                .isEqualTo(403);
    }
}
