package com.realsourcing.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.realsourcing.support.ApiClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main user journeys in a real browser (the system Chromium, headless) against the whole application with the
 * console built into it. Runs where Chromium is found; with CI=true a missing Chromium fails the build.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "realsourcing.identity.bootstrap-admin.login=journey-admin@test.realsourcing.cn",
            "realsourcing.identity.bootstrap-admin.password=Journey@Admin1"
        })
class BrowserJourneyIntegrationTests {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void launch() throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!Files.isExecutable(CHROMIUM)) {
            if (ci) {
                throw new IllegalStateException("CI=true but no Chromium at " + CHROMIUM);
            }
            Assumptions.abort("No Chromium at " + CHROMIUM + "; browser journeys skipped");
        }
        boolean consoleBuilt = BrowserJourneyIntegrationTests.class.getResource("/static/index.html") != null;
        if (!consoleBuilt) {
            if (ci) {
                throw new IllegalStateException("CI=true but the console was not built (static/index.html missing)");
            }
            Assumptions.abort("Console not built (-DskipFrontend); browser journeys skipped");
        }
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai")
                .setViewportSize(1280, 800));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    Locator byTestId(String id) {
        return page.locator("[data-testid='" + id + "']");
    }

    @Test
    void aFactorySignsUpLogsInSwitchesLanguageReadsNotificationsAndLogsOut() {
        String email = "journey-factory-" + System.nanoTime() + "@test.realsourcing.cn";
        page.navigate(url("/sign-up"));
        byTestId("signup-org-type-FACTORY").click();
        byTestId("signup-org-name").fill("旅程测试五金厂");
        byTestId("signup-display-name").fill("周厂长");
        byTestId("signup-login").fill(email);
        byTestId("signup-password").fill("Factory2026");
        byTestId("signup-submit").click();
        page.waitForURL(Pattern.compile(".*/login.*"));

        byTestId("login-login").fill(email);
        byTestId("login-password").fill("Factory2026");
        byTestId("login-submit").click();
        assertThat(byTestId("app-menu")).isVisible();
        assertThat(page.locator("body")).containsText("旅程测试五金厂");
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("home-zh.png")));

        byTestId("lang-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en-US");
        assertThat(byTestId("app-menu")).containsText(Pattern.compile("Home|Notifications"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("home-en.png")));
        byTestId("lang-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");

        byTestId("nav-notifications").click();
        assertThat(byTestId("notification-list")).isVisible();
        assertThat(byTestId("notification-item").first()).containsText("欢迎加入 RealSourcing");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("notifications.png")));

        byTestId("user-menu").click();
        byTestId("logout").click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        ApiClient.Response me = new ApiClient(port).get("/api/identity/me");
        assertThat(me.status()).isEqualTo(401);
        page.navigate(url("/notifications"));
        page.waitForURL(Pattern.compile(".*/login.*"));
    }

    @Test
    void anAdminDisablesAUserWhoIsThenToldWhyTheyCannotLogIn() {
        String email = "journey-disabled-" + System.nanoTime() + "@test.realsourcing.cn";
        ApiClient api = new ApiClient(port);
        var signedUp = api.post(
                "/api/identity/sign-up",
                Map.of(
                        "organizationType", "TRADING_COMPANY",
                        "organizationName", "旅程测试外贸公司",
                        "displayName", "待停用用户",
                        "email", email,
                        "password", "Trader2026"));
        assertThat(signedUp.status()).isEqualTo(201);

        page.navigate(url("/login"));
        byTestId("login-login").fill("journey-admin@test.realsourcing.cn");
        byTestId("login-password").fill("Journey@Admin1");
        byTestId("login-submit").click();
        assertThat(byTestId("app-menu")).isVisible();
        page.navigate(url("/admin/users"));
        byTestId("admin-user-search").fill(email);
        byTestId("admin-user-search").press("Enter");
        Locator row = byTestId("admin-user-row").filter(new Locator.FilterOptions().setHasText("待停用用户"));
        assertThat(row).hasCount(1);
        row.locator("[data-testid='user-state-change']").click();
        byTestId("state-select").selectOption("DISABLED");
        byTestId("state-reason").fill("冒用他人营业执照");
        byTestId("state-submit").click();
        assertThat(row).containsText("冒用他人营业执照");
        assertThat(page.locator(".el-dialog:visible")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("admin-users.png")));

        BrowserContext other = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
        try {
            Page userPage = other.newPage();
            userPage.navigate(url("/login"));
            userPage.locator("[data-testid='login-login']").fill(email);
            userPage.locator("[data-testid='login-password']").fill("Trader2026");
            userPage.locator("[data-testid='login-submit']").click();
            Locator error = userPage.locator("[data-testid='login-error']");
            assertThat(error).containsText("冒用他人营业执照");
            assertThat(error).containsText("停用");
            assertThat(userPage).hasURL(Pattern.compile(".*/login.*"));
        } finally {
            other.close();
        }
    }

    @Test
    void theConsoleWorksOnAPhoneSizedScreen() {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN")
                .setViewportSize(375, 740)
                .setIsMobile(true)
                .setHasTouch(true));
        page = context.newPage();
        page.navigate(url("/login"));
        byTestId("login-login").fill("journey-admin@test.realsourcing.cn");
        byTestId("login-password").fill("Journey@Admin1");
        byTestId("login-submit").click();
        assertThat(byTestId("menu-toggle")).isVisible();
        int width = (int) page.evaluate("document.documentElement.scrollWidth");
        assertThat(width).isLessThanOrEqualTo(375);
        byTestId("menu-toggle").click();
        assertThat(byTestId("app-menu")).isVisible();
        page.waitForTimeout(500); // let the drawer finish sliding in before the picture
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("phone-menu.png")));
    }
}
