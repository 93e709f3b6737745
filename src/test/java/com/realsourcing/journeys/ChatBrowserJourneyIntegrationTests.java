package com.realsourcing.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.realsourcing.directory.DirectoryFixtures;
import com.realsourcing.support.ApiClient;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 联系对方 in a real browser: a trading company sends a listed factory an inquiry; the factory's manager, on a
 * 375 px phone, finds it under 消息 with an unread badge, reads it with the buyer's number masked, answers, and sees
 * the number in full once the buyer shares their contact; the buyer reads the answer on a wide screen with the list
 * beside the thread.
 */
class ChatBrowserJourneyIntegrationTests extends BrowserJourney {

    private ApiClient signedUp(String type, String organization, String displayName, String login) {
        ApiClient client = new ApiClient(port);
        Map<String, Object> form = new java.util.HashMap<>(Map.of(
                "organizationType", type,
                "organizationName", organization,
                "displayName", displayName,
                "password", "Journey2026"));
        form.put(login.contains("@") ? "email" : "mobile", login);
        var signUp = client.post("/api/identity/sign-up", form);
        assertThat(signUp.status()).as(signUp.body()).isEqualTo(201);
        assertThat(client.post("/api/identity/login", Map.of("login", login, "password", "Journey2026"))
                        .status())
                .isEqualTo(200);
        return client;
    }

    private void logIn(Page page, String login) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("[data-testid='login-login']").fill(login);
        page.locator("[data-testid='login-password']").fill("Journey2026");
        page.locator("[data-testid='login-submit']").click();
        page.waitForURL(Pattern.compile(".*localhost:\\d+/$"));
    }

    @Test
    void aBuyerInquiresTheFactoryAnswersOnAPhoneAndContactDetailsAppearOnceShared() throws Exception {
        String stamp = Long.toString(System.nanoTime() % 1_000_000_000L);
        String company = "宁波旅程" + stamp + "保温杯制造有限公司";
        String factoryLogin = "chat-factory-" + stamp + "@test.realsourcing.cn";
        String buyerMobile = "138" + String.format("%08d", System.nanoTime() % 100_000_000L);
        String maskedBuyerMobile = buyerMobile.substring(0, 3) + "****" + buyerMobile.substring(7);

        // A listed factory, and a trading company that asks it about vacuum flasks.
        ApiClient factory = signedUp("FACTORY", company, "陈厂长", factoryLogin);
        String credit = com.realsourcing.directory.domain.CreditCode.compose(
                "91", "330203", String.format("%08d", System.nanoTime() % 100_000_000L));
        var submitted =
                factory.post("/api/directory/my-factory/onboarding", DirectoryFixtures.form(factory, company, credit));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        ApiClient admin = new ApiClient(port);
        admin.post("/api/identity/login", Map.of("login", ADMIN_LOGIN, "password", ADMIN_PASSWORD));
        assertThat(admin.post("/api/directory/admin/reviews/" + submitted.text("id") + "/approve", null)
                        .status())
                .isEqualTo(200);
        ApiClient buyer = signedUp("TRADING_COMPANY", "深圳旅程" + stamp + "进出口有限公司", "Amy 王", buyerMobile);
        var inquiry = buyer.post(
                "/api/directory/factories/" + submitted.text("factoryId") + "/inquiries",
                Map.of(
                        "productName",
                        "真空保温杯",
                        "quantity",
                        30000,
                        "unit",
                        "个",
                        "message",
                        "您好，30000 个真空保温杯，需要 LOGO 丝印，3 月底交货。方便的话打我电话 " + buyerMobile));
        assertThat(inquiry.status()).as(inquiry.body()).isEqualTo(201);
        // The chat module picks the inquiry up after its transaction (an event listener).
        String conversationId = null;
        for (int i = 0; i < 100 && conversationId == null; i++) {
            JsonNode items = buyer.get(
                            "/api/chat/conversations?subjectType=directory.inquiry&subjectId=" + inquiry.text("id"))
                    .json()
                    .path("items");
            if (!items.isEmpty()) {
                conversationId = items.get(0).path("id").asString();
            } else {
                Thread.sleep(100);
            }
        }
        assertThat(conversationId).as("conversation opened from the inquiry").isNotNull();

        BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai")
                .setViewportSize(375, 740)
                .setIsMobile(true)
                .setHasTouch(true));
        phone.setDefaultTimeout(20_000);
        try {
            Page page = phone.newPage();
            logIn(page, factoryLogin);
            // The phone's menu button says something is waiting; the 消息 entry counts it.
            assertThat(page.locator("[data-testid='menu-toggle-unread']")).isVisible();
            page.locator("[data-testid='menu-toggle']").click();
            assertThat(page.locator("[data-testid='menu-chat'] [data-testid='chat-unread-count']"))
                    .hasText("1");
            page.locator("[data-testid='menu-chat']").click();
            page.waitForURL(Pattern.compile(".*/chat$"));
            Locator row = page.locator("[data-testid='conversation-row']").first();
            assertThat(row).containsText("深圳旅程" + stamp + "进出口有限公司");
            assertThat(row).containsText("真空保温杯 · 30000 个");
            assertThat(row.locator("[data-testid='conversation-unread']")).hasText("1");
            assertThat(row.locator("[data-testid='conversation-preview']")).containsText(maskedBuyerMobile);
            noHorizontalScroll(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("chat-list-phone.png")));

            // The thread alone on the phone: the buyer's number masked until they share it.
            row.click();
            page.waitForURL(Pattern.compile(".*/chat/conversations/" + conversationId));
            assertThat(page.locator("[data-testid='conversation-list']")).hasCount(0);
            Locator first = page.locator("[data-testid='message']").first();
            assertThat(first).containsText(maskedBuyerMobile);
            assertThat(first).not().containsText(buyerMobile);
            assertThat(first.locator("[data-testid='masked-contact']")).hasText(maskedBuyerMobile);
            assertThat(page.locator("[data-testid='counterpart-contact'] [data-testid='contact-mobile']"))
                    .hasText(maskedBuyerMobile);
            page.locator("[data-testid='composer-body']").fill("您好，可以做，单价 12.5 元，含丝印。样品可免费寄。");
            page.locator("[data-testid='composer-send']").click();
            assertThat(page.locator("[data-testid='message'][data-mine='true']"))
                    .containsText("单价 12.5 元");
            noHorizontalScroll(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("chat-thread-phone.png")));

            // The buyer shares their contact: the open thread shows it within a few seconds.
            assertThat(buyer.post("/api/chat/conversations/" + conversationId + "/contact-share", null)
                            .status())
                    .isEqualTo(200);
            assertThat(page.locator("[data-testid='message-contact-shared']")).containsText("Amy 王 分享了联系方式");
            assertThat(page.locator("[data-testid='message']").first()).containsText(buyerMobile);
            assertThat(page.locator("[data-testid='counterpart-contact'] [data-testid='contact-mobile']"))
                    .hasAttribute("href", "tel:" + buyerMobile);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("chat-shared-phone.png")));
        } finally {
            phone.close();
        }

        // The buyer, on a wide screen: the list beside the thread, the factory's answer read there.
        BrowserContext desk = browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai")
                .setViewportSize(1280, 800));
        desk.setDefaultTimeout(20_000);
        try {
            Page page = desk.newPage();
            logIn(page, buyerMobile);
            page.navigate("http://localhost:" + port + "/chat/conversations/" + conversationId);
            assertThat(page.locator("[data-testid='conversation-list']")).isVisible();
            assertThat(page.locator("[data-testid='conversation-counterpart']")).hasText(company);
            assertThat(page.locator("[data-testid='message']").last()).containsText("单价 12.5 元");
            assertThat(page.locator("[data-testid='contact-shared-tag']")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("chat-desktop.png")));
            // Shown is read: the page marks the conversation read for the buyer's organisation.
            long unread = -1;
            for (int i = 0; i < 100 && unread != 0; i++) {
                unread =
                        buyer.get("/api/chat/unread-count").json().path("count").asLong();
                if (unread != 0) {
                    Thread.sleep(100);
                }
            }
            assertThat(unread).isZero();
        } finally {
            desk.close();
        }
    }

    private static void noHorizontalScroll(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue())
                .as("horizontal overflow in px")
                .isLessThanOrEqualTo(0);
    }
}
