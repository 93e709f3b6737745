package com.realsourcing.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.realsourcing.directory.DirectoryFixtures;
import com.realsourcing.intel.ApifyFixtures;
import com.realsourcing.support.ApiClient;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Seed 000's journey in a real browser: a factory searches 纺织, reads the region figures, opens a factory from the
 * top accounts and makes its poster (the PNG is shown and downloads); the results also fit a 375 px phone.
 */
class IntelBrowserJourneyIntegrationTests extends BrowserJourney {

    /** The console's zh-CN count (shared/format.ts formatCount) for numbers below 1 亿: 356.2万, 35.6万, 9999. */
    static String zhCount(long value) {
        if (value < 10_000) {
            return Long.toString(value);
        }
        return BigDecimal.valueOf(value)
                        .divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString()
                + "万";
    }

    @Test
    void aFactorySearchesTextilesReadsTheRegionsOpensAFactoryAndMakesItsPoster() throws Exception {
        String stamp = Long.toString(System.nanoTime() % 1_000_000_000L);
        String email = "intel-journey-" + stamp + "@test.realsourcing.cn";
        String company = "东莞市旅程" + stamp + "针织有限公司";
        String handle = "journey_knit_" + stamp;

        // A factory signs up, is listed and names its TikTok account; the operator imports the account's videos.
        ApiClient factory = new ApiClient(port);
        assertThat(factory.post(
                                "/api/identity/sign-up",
                                Map.of(
                                        "organizationType", "FACTORY",
                                        "organizationName", company,
                                        "displayName", "周厂长",
                                        "email", email,
                                        "password", "Factory2026"))
                        .status())
                .isEqualTo(201);
        assertThat(factory.post("/api/identity/login", Map.of("login", email, "password", "Factory2026"))
                        .status())
                .isEqualTo(200);
        String credit = com.realsourcing.directory.domain.CreditCode.compose(
                "91", "441900", String.format("%08d", System.nanoTime() % 100_000_000L));
        var submitted =
                factory.post("/api/directory/my-factory/onboarding", DirectoryFixtures.form(factory, company, credit));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        ApiClient admin = new ApiClient(port);
        assertThat(admin.post("/api/identity/login", Map.of("login", ADMIN_LOGIN, "password", ADMIN_PASSWORD))
                        .status())
                .isEqualTo(200);
        assertThat(admin.post("/api/directory/admin/reviews/" + submitted.text("id") + "/approve", null)
                        .status())
                .isEqualTo(200);
        String factoryId = submitted.text("factoryId");
        assertThat(factory.post(
                                "/api/directory/my-factory/social-accounts",
                                Map.of("platform", "TIKTOK", "handle", handle))
                        .status())
                .isIn(200, 201);
        long base = 7_500_000_000_000_000_000L + System.nanoTime() % 1_000_000_000_000L * 1000;
        ApifyFixtures.importAndWait(
                admin,
                ApifyFixtures.item(
                        Long.toString(base + 1),
                        handle,
                        "Hoodie factory OEM #usa",
                        List.of("hoodies", "usa"),
                        ApifyFixtures.daysAgo(2),
                        3_562_000,
                        120_000,
                        3_000,
                        2_000,
                        1_000),
                ApifyFixtures.item(
                        Long.toString(base + 2),
                        handle,
                        "T-shirt printing factory #germany",
                        List.of("germany"),
                        ApifyFixtures.daysAgo(4),
                        420_000,
                        20_000,
                        300,
                        200,
                        100));
        JsonNode expected = factory.post("/api/search/industry", Map.of("keyword", "纺织", "period", "30d"))
                .json();

        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai")
                .setViewportSize(1280, 900)
                .setAcceptDownloads(true));
        context.setDefaultTimeout(20_000);
        try {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.locator("[data-testid='login-login']").fill(email);
            page.locator("[data-testid='login-password']").fill("Factory2026");
            page.locator("[data-testid='login-submit']").click();
            assertThat(page.locator("[data-testid='app-menu']")).isVisible();

            // Search 纺织 and read the region figures.
            page.locator("[data-testid='menu-intel']").click();
            page.waitForURL(Pattern.compile(".*/intel$"));
            assertThat(page.locator("[data-testid='intel-industry-chip']").first())
                    .isVisible();
            page.locator("[data-testid='intel-keyword']").fill("纺织");
            page.locator("[data-testid='intel-search-submit']").click();
            page.waitForURL(Pattern.compile(".*industry=textiles-apparel.*"));
            assertThat(page.locator("[data-testid='intel-result-title']")).containsText("纺织服装");
            for (JsonNode region : expected.path("regions")) {
                String code = region.path("region").asString();
                if (code.equals("unknown")) {
                    continue;
                }
                Locator row = page.locator("[data-testid='intel-region-row'][data-code='" + code + "']");
                assertThat(row).containsText(region.path("nameZh").asString());
                assertThat(row)
                        .containsText(
                                zhCount(region.path("figures").path("plays").asLong()));
            }
            assertThat(page.locator("[data-testid='intel-region-row'][data-code='north-america']"))
                    .isVisible();
            assertThat(page.locator("[data-testid='intel-figures']"))
                    .containsText(zhCount(expected.path("total").path("plays").asLong()));
            assertThat(page.locator(".el-loading-mask:visible")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("intel-search.png"))
                    .setFullPage(true));

            // The same results on a phone: nothing wider than the screen.
            page.setViewportSize(375, 740);
            page.waitForTimeout(400);
            assertThat((int) page.evaluate("document.documentElement.scrollWidth"))
                    .isLessThanOrEqualTo(375);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("intel-search-phone.png")));
            page.setViewportSize(1280, 900);

            // Open the factory behind a top account.
            page.locator("[data-testid='intel-account'][data-handle='" + handle
                            + "'] [data-testid='intel-account-factory']")
                    .click();
            page.waitForURL(Pattern.compile(".*/directory/factories/" + factoryId));
            assertThat(page.locator("[data-testid='page-title']")).hasText(company);
            assertThat(page.locator("[data-testid='factory-tiktok-plays']")).hasText(zhCount(3_982_000));

            // Make its poster: it is drawn, shown and downloads as a 1080×1920 PNG.
            page.locator("[data-testid='factory-poster']").click();
            assertThat(page.locator("[data-testid='poster-dialog']")).hasAttribute("data-state", "ready");
            int naturalWidth =
                    (int) page.locator("[data-testid='poster-image']").evaluate("img => img.naturalWidth");
            assertThat(naturalWidth).isEqualTo(1080);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("intel-factory-poster.png")));
            Download download = page.waitForDownload(
                    () -> page.locator("[data-testid='poster-download']").click());
            Path file = download.path();
            BufferedImage poster = ImageIO.read(file.toFile());
            assertThat(poster.getWidth()).isEqualTo(1080);
            assertThat(poster.getHeight()).isEqualTo(1920);
            assertThat(download.suggestedFilename()).isEqualTo("factory-" + factoryId + ".png");
        } finally {
            context.close();
        }
    }

    @Test
    void aCustomerOpensASharedWeeklyReportOnAPhoneWithoutAnAccount() {
        ApiClient admin = new ApiClient(port);
        assertThat(admin.post("/api/identity/login", Map.of("login", ADMIN_LOGIN, "password", ADMIN_PASSWORD))
                        .status())
                .isEqualTo(200);
        var report = admin.post("/api/intel/weekly-reports", null);
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        var link = admin.post("/api/intel/weekly-reports/" + report.text("id") + "/share-link", null);
        assertThat(link.status()).as(link.body()).isIn(200, 201);

        BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN")
                .setViewportSize(375, 740)
                .setIsMobile(true)
                .setHasTouch(true));
        phone.setDefaultTimeout(20_000);
        try {
            Page page = phone.newPage();
            page.navigate("http://localhost:" + port + link.text("path"));
            assertThat(page.locator("[data-testid='page-title']")).containsText(report.text("week"));
            assertThat(page.locator("[data-testid='report-view']")).hasAttribute("data-week", report.text("week"));
            assertThat((int) page.evaluate("document.documentElement.scrollWidth"))
                    .isLessThanOrEqualTo(375);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("intel-shared-report-phone.png")));
            page.locator("[data-testid='shared-poster']").click();
            assertThat(page.locator("[data-testid='poster-dialog']")).hasAttribute("data-state", "ready");
            page.navigate("http://localhost:" + port + "/r/" + "x".repeat(43));
            assertThat(page.locator("[data-testid='shared-not-found']")).isVisible();
        } finally {
            phone.close();
        }
    }
}
