package com.realsourcing.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import com.realsourcing.directory.domain.CreditCode;
import com.realsourcing.files.TestFiles;
import com.realsourcing.identity.domain.PlatformBootstrap;
import com.realsourcing.identity.domain.Role;
import com.realsourcing.support.ApiClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The main user journeys in a real browser (the system Chromium, headless) against the whole application with the
 * console built into it. Runs where Chromium is found; with CI=true a missing Chromium fails the build.
 */
class BrowserJourneyIntegrationTests extends BrowserJourney {

    /** The deepest elements whose removal lets a page fit a phone: what makes it scroll sideways. */
    static final String TOO_WIDE =
            """
            (() => {
              const root = document.documentElement;
              const width = root.scrollWidth;
              const culprits = [];
              const visit = e => {
                const old = e.style.display;
                e.style.display = 'none';
                const fits = root.scrollWidth <= 375;
                e.style.display = old;
                if (!fits) return false;
                let deeper = false;
                for (const c of e.children) if (visit(c)) deeper = true;
                if (!deeper) culprits.push(e);
                return true;
              };
              for (const c of document.body.children) visit(c);
              return width + ' px; ' + culprits.slice(0, 6)
                .map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.')).join(', ');
            })()""";

    BrowserContext context;
    Page page;

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

    static final String REVIEWER_LOGIN = "journey-reviewer@test.realsourcing.cn";
    static final String REVIEWER_PASSWORD = "Journey@Review1";

    @Autowired
    PlatformBootstrap platform;

    /** A REVIEWER of the platform organisation, made the way the demo makes its reviewer. */
    void ensureReviewer() {
        platform.ensurePlatformUser(REVIEWER_LOGIN, REVIEWER_PASSWORD, "审核员小张", Role.REVIEWER);
    }

    /**
     * What sticks out past the right edge of the screen: visible elements whose box ends beyond the viewport, except
     * inside containers that scroll sideways on purpose (wide tables). Empty when the page fits.
     */
    @SuppressWarnings("unchecked")
    static List<String> overflowing(Page p) {
        return (List<String>)
                p.evaluate(
                        """
                () => {
                  const width = document.documentElement.clientWidth
                  const scrolls = (el) => {
                    for (let e = el.parentElement; e; e = e.parentElement) {
                      const x = getComputedStyle(e).overflowX
                      if ((x === 'auto' || x === 'scroll') && e !== document.documentElement && e !== document.body) return true
                    }
                    return false
                  }
                  const out = []
                  for (const el of document.querySelectorAll('body *')) {
                    const r = el.getBoundingClientRect()
                    if (r.width === 0 || r.height === 0 || r.right <= width + 1) continue
                    const style = getComputedStyle(el)
                    if (style.visibility === 'hidden' || style.position === 'fixed' && r.left >= width) continue
                    if (scrolls(el)) continue
                    const id = el.getAttribute('data-testid') || el.className || el.tagName
                    out.push(el.tagName + ' ' + String(id).slice(0, 60) + ' right=' + Math.round(r.right))
                    if (out.length > 10) break
                  }
                  return out
                }
                """);
    }

    static void fitsThePhone(Page p, String what) {
        assertThat((int) p.evaluate("document.documentElement.scrollWidth"))
                .as(what + ": page width")
                .isLessThanOrEqualTo(375);
        assertThat(overflowing(p)).as(what + ": elements past the right edge").isEmpty();
        // The wizard's current step says its name in full (the others may shrink to their numbers).
        Object cut = p.evaluate(
                "() => { const l = document.querySelector('.wizard-steps__item--active .wizard-steps__label');"
                        + " return l ? l.scrollWidth > l.clientWidth + 1 : false }");
        assertThat(cut).as(what + ": the current step's name is cut").isEqualTo(false);
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
        byTestId("login-login").fill(ADMIN_LOGIN);
        byTestId("login-password").fill(ADMIN_PASSWORD);
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
        byTestId("login-login").fill(ADMIN_LOGIN);
        byTestId("login-password").fill(ADMIN_PASSWORD);
        byTestId("login-submit").click();
        assertThat(byTestId("menu-toggle")).isVisible();
        int width = (int) page.evaluate("document.documentElement.scrollWidth");
        assertThat(width).isLessThanOrEqualTo(375);
        byTestId("menu-toggle").click();
        assertThat(byTestId("app-menu")).isVisible();
        page.waitForTimeout(500); // let the drawer finish sliding in before the picture
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("phone-menu.png")));
    }

    @Test
    void aFactoryOnboardsAReviewerApprovesItAndAVisitorFindsItInTheDirectory() throws Exception {
        String stamp = String.valueOf(System.nanoTime() % 1_000_000);
        String email = "journey-onboard-" + System.nanoTime() + "@test.realsourcing.cn";
        String company = "深圳市旅程" + stamp + "保温杯制造有限公司";
        String creditCode = CreditCode.compose("91", "440305", String.format("%08d", System.nanoTime() % 100_000_000L));
        Path licence = Files.createTempFile("journey-licence", ".png");
        Files.write(licence, TestFiles.png(320, 220));

        // The factory signs up and logs in.
        page.navigate(url("/sign-up"));
        byTestId("signup-org-type-FACTORY").click();
        byTestId("signup-org-name").fill(company);
        byTestId("signup-display-name").fill("周厂长");
        byTestId("signup-login").fill(email);
        byTestId("signup-password").fill("Factory2026");
        byTestId("signup-submit").click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        byTestId("login-login").fill(email);
        byTestId("login-password").fill("Factory2026");
        byTestId("login-submit").click();
        assertThat(byTestId("app-menu")).isVisible();

        // It onboards: company, address, licence, tags, contact.
        byTestId("menu-directory-onboarding").click();
        page.waitForURL(Pattern.compile(".*/directory/onboarding"));
        byTestId("onboarding-company-name").fill(company);
        byTestId("onboarding-credit-code").fill(creditCode);
        assertThat(byTestId("onboarding-credit-code-status")).hasAttribute("data-valid", "true");
        assertThat(byTestId("onboarding-credit-code-status")).containsText("南山区");
        byTestId("onboarding-legal-representative").fill("王建国");
        byTestId("onboarding-next").click();
        byTestId("onboarding-province").selectOption("44");
        byTestId("onboarding-city").selectOption("4403");
        byTestId("onboarding-county").selectOption("440305");
        byTestId("onboarding-address-line").fill("科技园南区 8 栋 3 楼");
        byTestId("onboarding-next").click();
        byTestId("onboarding-licence-file").setInputFiles(licence);
        assertThat(byTestId("onboarding-licence-preview").locator("img")).isVisible();
        byTestId("onboarding-next").click();
        byTestId("onboarding-industry").selectOption(new SelectOption().setLabel("日用百货制造"));
        byTestId("onboarding-category")
                .filter(new Locator.FilterOptions().setHasText("保温杯"))
                .click();
        byTestId("onboarding-attribute")
                .filter(new Locator.FilterOptions().setHasText("生产型"))
                .click();
        assertThat(byTestId("onboarding-category").filter(new Locator.FilterOptions().setHasText("保温杯")))
                .hasAttribute("aria-checked", "true");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("directory-onboarding-tags.png")));
        byTestId("onboarding-next").click();
        byTestId("onboarding-contact-name").fill("李经理");
        byTestId("onboarding-contact-mobile").fill("13812345678");
        byTestId("onboarding-submit").click();
        assertThat(byTestId("onboarding-done")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("directory-onboarding-done.png")));
        byTestId("onboarding-to-dashboard").click();
        assertThat(byTestId("dashboard-status")).hasAttribute("data-status", "PENDING_REVIEW");
        assertThat(byTestId("dashboard-open-review")).isVisible();
        byTestId("user-menu").click();
        byTestId("logout").click();
        page.waitForURL(Pattern.compile(".*/login.*"));

        // A reviewer of the platform (not the super admin) approves it in the queue, with the licence beside the form.
        ensureReviewer();
        byTestId("login-login").fill(REVIEWER_LOGIN);
        byTestId("login-password").fill(REVIEWER_PASSWORD);
        byTestId("login-submit").click();
        assertThat(byTestId("app-menu")).isVisible();
        // Reviewers decide; the taxonomy and imports are the operators'.
        assertThat(byTestId("menu-directory-tags")).hasCount(0);
        assertThat(byTestId("menu-directory-imports")).hasCount(0);
        byTestId("menu-directory-reviews").click();
        page.waitForURL(Pattern.compile(".*/admin/directory/reviews"));
        byTestId("review-search").fill(company);
        byTestId("review-search").press("Enter");
        Locator row = byTestId("review-row").filter(new Locator.FilterOptions().setHasText(company));
        assertThat(row).hasCount(1);
        assertThat(page.locator(".el-loading-mask:visible")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("directory-review-queue.png")));
        row.locator("[data-testid='review-open']").click();
        assertThat(byTestId("review-licence").locator("img")).isVisible();
        page.waitForTimeout(400); // let the drawer finish sliding in before the picture
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("directory-review-detail.png")));
        byTestId("review-approve").click();
        assertThat(row).hasCount(0);
        assertThat(page.locator(".el-drawer:visible")).hasCount(0);
        byTestId("user-menu").click();
        byTestId("logout").click();
        page.waitForURL(Pattern.compile(".*/login.*"));

        // A visitor, not logged in, searches 保温杯 in the factory's province and opens its page.
        BrowserContext visitor = browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai")
                .setViewportSize(1280, 800));
        visitor.setDefaultTimeout(15_000);
        try {
            Page v = visitor.newPage();
            v.navigate(url("/directory"));
            assertThat(v.locator("[data-testid='page-title']")).hasText("工厂名录");
            v.locator("[data-testid='directory-search']").fill("保温杯");
            v.locator("[data-testid='directory-search-submit']").click();
            v.waitForURL(Pattern.compile(".*q=.*"));
            v.locator("[data-testid='directory-facet-province-option'][data-value='44']")
                    .click();
            v.waitForURL(Pattern.compile(".*province=44.*"));
            v.locator("[data-testid='directory-sort']").selectOption("newest");
            v.waitForURL(Pattern.compile(".*sort=newest.*"));
            Locator hit = v.locator("[data-testid='directory-result']")
                    .filter(new Locator.FilterOptions().setHasText(company));
            assertThat(hit).hasCount(1);
            assertThat(v.locator("[data-testid='directory-facet-province-option'][data-value='44']"))
                    .isChecked();
            assertThat(v.locator(".el-loading-mask:visible")).hasCount(0);
            v.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("directory-search.png")));
            hit.locator("[data-testid='directory-result-link']").click();
            v.waitForURL(Pattern.compile(".*/directory/factories/.*"));
            assertThat(v.locator("[data-testid='page-title']")).hasText(company);
            assertThat(v.locator("[data-testid='factory-badge'][data-code='LICENCE_VERIFIED']"))
                    .isVisible();
            assertThat(v.locator("[data-testid='factory-tags']")).containsText("保温杯");
            assertThat(v.locator("[data-testid='factory-contact']")).hasAttribute("data-visibility", "LOGIN_REQUIRED");
            v.locator("[data-testid='factory-badge'][data-code='LICENCE_VERIFIED']")
                    .click();
            assertThat(v.locator("[data-testid='factory-badge-reason']")).containsText("营业执照");
            v.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("directory-factory.png")));

            // The same page on a phone.
            v.setViewportSize(375, 740);
            v.waitForTimeout(300);
            int width = (int) v.evaluate("document.documentElement.scrollWidth");
            assertThat(width).isLessThanOrEqualTo(375);
            v.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("directory-factory-phone.png")));
            v.locator("[data-testid='factory-back']").click();
            assertThat(v.locator("[data-testid='directory-filters-toggle']")).isVisible();
            assertThat(v).hasURL(Pattern.compile(".*province=44.*"));
            assertThat(v.locator(".el-loading-mask:visible")).hasCount(0);
            int listWidth = (int) v.evaluate("document.documentElement.scrollWidth");
            assertThat(listWidth).isLessThanOrEqualTo(375);
            v.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("directory-search-phone.png")));
        } finally {
            visitor.close();
            Files.deleteIfExists(licence);
        }

        // Back in the factory's dashboard: listed, and the profile fills a to-do of the completeness check.
        byTestId("login-login").fill(email);
        byTestId("login-password").fill("Factory2026");
        byTestId("login-submit").click();
        assertThat(byTestId("app-menu")).isVisible();
        byTestId("menu-my-factory").click();
        assertThat(byTestId("dashboard-status")).hasAttribute("data-status", "LISTED");
        assertThat(byTestId("dashboard-last-decision")).isVisible();
        assertThat(page.locator("[data-testid='dashboard-todo'][data-item='description']"))
                .hasCount(1);
        byTestId("profile-description").fill("专业生产不锈钢保温杯、保温壶，拥有 12 条生产线，支持 OEM/ODM。");
        byTestId("profile-founded-year").fill("2009");
        byTestId("profile-staff-count").fill("260");
        byTestId("profile-save").click();
        assertThat(page.locator("[data-testid='dashboard-todo'][data-item='description']"))
                .hasCount(0);
        assertThat(page.locator("[data-testid='dashboard-todo'][data-item='basics']"))
                .hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("directory-dashboard.png")));
    }

    /** A fresh phone-sized browser (375 × 740, touch), logged in as the given account. */
    Page phoneLoggedIn(List<BrowserContext> opened, String login, String password) {
        BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai")
                .setViewportSize(375, 740)
                .setIsMobile(true)
                .setHasTouch(true));
        phone.setDefaultTimeout(15_000);
        opened.add(phone);
        Page p = phone.newPage();
        p.navigate(url("/login"));
        p.locator("[data-testid='login-login']").fill(login);
        p.locator("[data-testid='login-password']").fill(password);
        p.locator("[data-testid='login-submit']").click();
        assertThat(p.locator("[data-testid='menu-toggle']")).isVisible();
        return p;
    }

    @Test
    void theOnboardingWizardTheDashboardTheReviewerQueueAndImportsFitAPhone() throws Exception {
        String stamp = String.valueOf(System.nanoTime() % 1_000_000);
        String email = "journey-phone-" + System.nanoTime() + "@test.realsourcing.cn";
        String company = "东莞市长安旅程" + stamp + "五金制品有限公司";
        String creditCode = CreditCode.compose("91", "441900", String.format("%08d", System.nanoTime() % 100_000_000L));
        var signedUp = new ApiClient(port)
                .post(
                        "/api/identity/sign-up",
                        Map.of(
                                "organizationType", "FACTORY",
                                "organizationName", company,
                                "displayName", "何厂长",
                                "email", email,
                                "password", "Factory2026"));
        assertThat(signedUp.status()).isEqualTo(201);
        ensureReviewer();
        Path licence = Files.createTempFile("journey-phone-licence", ".png");
        Files.write(licence, TestFiles.png(320, 220));
        Path csv = Files.createTempFile("journey-phone-import", ".csv");
        Files.writeString(
                csv,
                "name,address,country\n\"Journey " + stamp + " Garments\",\"Dongguan, Guangdong\",CN\n,No name,CN\n");
        List<BrowserContext> opened = new java.util.ArrayList<>();
        try {
            // The factory goes through the wizard on a phone: every step fits the screen.
            Page f = phoneLoggedIn(opened, email, "Factory2026");
            f.navigate(url("/directory/onboarding"));
            Locator step = f.locator("[data-testid='onboarding-company-name']");
            assertThat(step).isVisible();
            fitsThePhone(f, "onboarding, company");
            step.fill(company);
            f.locator("[data-testid='onboarding-credit-code']").fill(creditCode);
            assertThat(f.locator("[data-testid='onboarding-credit-code-status']"))
                    .hasAttribute("data-valid", "true");
            f.locator("[data-testid='onboarding-legal-representative']").fill("何建华");
            fitsThePhone(f, "onboarding, company filled in");
            f.locator("[data-testid='onboarding-next']").click();
            f.locator("[data-testid='onboarding-province']").selectOption("44");
            f.locator("[data-testid='onboarding-city']").selectOption("4419");
            f.locator("[data-testid='onboarding-county']").selectOption("441900");
            f.locator("[data-testid='onboarding-address-line']").fill("长安镇乌沙社区兴发路 18 号");
            fitsThePhone(f, "onboarding, address");
            f.locator("[data-testid='onboarding-next']").click();
            f.locator("[data-testid='onboarding-licence-file']").setInputFiles(licence);
            assertThat(f.locator("[data-testid='onboarding-licence-preview'] img"))
                    .isVisible();
            fitsThePhone(f, "onboarding, licence");
            f.locator("[data-testid='onboarding-next']").click();
            f.locator("[data-testid='onboarding-industry']").selectOption(new SelectOption().setLabel("模具加工服务"));
            f.locator("[data-testid='onboarding-category']")
                    .filter(new Locator.FilterOptions().setHasText("注塑模具"))
                    .click();
            f.locator("[data-testid='onboarding-attribute']")
                    .filter(new Locator.FilterOptions().setHasText("急单可接"))
                    .click();
            fitsThePhone(f, "onboarding, tags");
            f.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("directory-onboarding-phone.png"))
                    .setFullPage(true));
            f.locator("[data-testid='onboarding-next']").click();
            f.locator("[data-testid='onboarding-contact-name']").fill("何经理");
            f.locator("[data-testid='onboarding-contact-mobile']").fill("13912345678");
            fitsThePhone(f, "onboarding, contact");
            f.locator("[data-testid='onboarding-submit']").click();
            assertThat(f.locator("[data-testid='onboarding-done']")).isVisible();
            fitsThePhone(f, "onboarding, done");
            f.locator("[data-testid='onboarding-to-dashboard']").click();
            assertThat(f.locator("[data-testid='dashboard-status']")).hasAttribute("data-status", "PENDING_REVIEW");
            fitsThePhone(f, "dashboard while in review");

            // The reviewer works the queue on a phone: the list, then the licence beside the form.
            Page r = phoneLoggedIn(opened, REVIEWER_LOGIN, REVIEWER_PASSWORD);
            r.navigate(url("/admin/directory/reviews"));
            r.locator("[data-testid='review-search']").fill(company);
            r.locator("[data-testid='review-search']").press("Enter");
            Locator row =
                    r.locator("[data-testid='review-row']").filter(new Locator.FilterOptions().setHasText(company));
            assertThat(row).hasCount(1);
            assertThat(r.locator(".el-loading-mask:visible")).hasCount(0);
            fitsThePhone(r, "review queue");
            // Each review is a card: its open button is on the screen, not at the end of a sideways-scrolling table.
            var openButton = row.locator("[data-testid='review-open']").boundingBox();
            assertThat(openButton.x + openButton.width).isLessThanOrEqualTo(375);
            // The keyword stays in sight; the other filters fold away until asked for.
            assertThat(r.locator("[data-testid='review-filter-status']")).isHidden();
            r.locator("[data-testid='review-more-filters']").click();
            assertThat(r.locator("[data-testid='review-filter-status']")).isVisible();
            fitsThePhone(r, "review queue, all filters");
            r.locator("[data-testid='review-more-filters']").click();
            r.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("directory-review-queue-phone.png")));
            row.locator("[data-testid='review-open']").click();
            assertThat(r.locator("[data-testid='review-licence'] img")).isVisible();
            r.waitForTimeout(400); // the drawer slides in
            fitsThePhone(r, "review detail");
            r.screenshot(
                    new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("directory-review-detail-phone.png")));
            r.locator("[data-testid='review-approve']").click();
            assertThat(row).hasCount(0);

            // Listed now: the full dashboard (profile, certificates, products, photos, inquiries) on the phone.
            f.reload();
            assertThat(f.locator("[data-testid='dashboard-status']")).hasAttribute("data-status", "LISTED");
            assertThat(f.locator("[data-testid='profile-description']")).isVisible();
            fitsThePhone(f, "dashboard when listed");
            f.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("directory-dashboard-phone.png"))
                    .setFullPage(true));

            // An operator imports factory records on a phone: progress, counts, the row that failed.
            Page o = phoneLoggedIn(opened, ADMIN_LOGIN, ADMIN_PASSWORD);
            o.navigate(url("/admin/directory/imports"));
            fitsThePhone(o, "imports");
            o.locator("[data-testid='factory-import-file']").setInputFiles(csv);
            o.locator("[data-testid='factory-import-submit']").click();
            assertThat(o.locator("[data-testid='factory-import-job']")).hasAttribute("data-status", "DONE");
            assertThat(o.locator("[data-testid='factory-import-counts']")).containsText("失败 1");
            assertThat(o.locator("[data-testid='factory-import-row-error']")).hasAttribute("data-line", "3");
            fitsThePhone(o, "imports, done");
            o.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("directory-imports-phone.png")));
        } finally {
            for (BrowserContext c : opened) {
                c.close();
            }
            Files.deleteIfExists(licence);
            Files.deleteIfExists(csv);
        }
    }

    @Test
    void aCreatorSellsA2x2ProductThatABuyerOrdersAndPaysOnThePhoneStoreWhileStockFollows() {
        String stamp = String.valueOf(System.nanoTime() % 1_000_000);
        String creatorEmail = "journey-creator-" + System.nanoTime() + "@test.realsourcing.cn";
        String buyerEmail = "journey-buyer-" + System.nanoTime() + "@test.realsourcing.cn";
        String productName = "旅程联名卫衣" + stamp;
        ApiClient api = new ApiClient(port);
        for (var account : List.of(
                Map.of("type", "CREATOR", "org", "旅程小鹿工作室" + stamp, "email", creatorEmail),
                Map.of("type", "WORKER", "org", "旅程买家" + stamp, "email", buyerEmail))) {
            var signedUp = api.post(
                    "/api/identity/sign-up",
                    Map.of(
                            "organizationType", account.get("type"),
                            "organizationName", account.get("org"),
                            "displayName", account.get("type").equals("WORKER") ? "旅程买家" : "小鹿",
                            "email", account.get("email"),
                            "password", "Journey2026"));
            assertThat(signedUp.status()).as(signedUp.body()).isEqualTo(201);
        }

        // The creator makes a product with a 2×2 SKU matrix and prices on every channel, and publishes it.
        page.navigate(url("/login"));
        byTestId("login-login").fill(creatorEmail);
        byTestId("login-password").fill("Journey2026");
        byTestId("login-submit").click();
        assertThat(byTestId("app-menu")).isVisible();
        byTestId("menu-products").click();
        page.waitForURL(Pattern.compile(".*/catalog/products"));
        byTestId("product-new").click();
        page.waitForURL(Pattern.compile(".*/catalog/products/new"));
        byTestId("product-name").fill(productName);
        byTestId("attribute-values-0").fill("黑,白");
        byTestId("attribute-values-1").fill("M,L");
        for (var price : List.of(
                Map.entry("msrp", "199"),
                Map.entry("cost", "60"),
                Map.entry("floor", "99"),
                Map.entry("price", "149"),
                Map.entry("stock", "10"))) {
            page.locator("[data-testid='default-" + price.getKey() + "'] input").fill(price.getValue());
        }
        page.locator("[data-testid='default-stock'] input").press("Tab");
        byTestId("sku-generate").click();
        Locator h5Prices = page.locator("[data-testid='price-H5'] input");
        assertThat(h5Prices).hasCount(4);
        assertThat(byTestId("price-grid").locator("thead")).containsText("小红书");
        assertThat(byTestId("price-grid").locator("thead")).containsText("拼多多");
        for (int i = 0; i < 4; i++) {
            h5Prices.nth(i).fill("129");
            page.locator("[data-testid='price-TAOBAO'] input").nth(i).fill("139");
            page.locator("[data-testid='price-DOUYIN'] input").nth(i).fill("135");
        }
        // A Xiaohongshu price under the floor is flagged in its cell with the floor and the margin at that price.
        Locator xiaohongshu =
                page.locator("[data-testid='price-XIAOHONGSHU'] input").first();
        xiaohongshu.fill("89");
        xiaohongshu.press("Tab");
        Locator warning = byTestId("floor-warning");
        assertThat(warning).hasCount(1);
        assertThat(warning).containsText("低于最低售价 ¥99.00，此价毛利 ¥29.00（32.6%）");
        // A wide screen shows the whole grid (it scrolls sideways, SKU column fixed, on narrower ones).
        page.setViewportSize(1920, 1000);
        page.evaluate("document.querySelector('.price-grid__scroll').scrollLeft = 0");
        byTestId("price-grid")
                .screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("catalog-price-grid.png")));
        page.setViewportSize(1280, 800);
        xiaohongshu.fill("109");
        xiaohongshu.press("Tab");
        assertThat(warning).hasCount(0);
        byTestId("product-save").click();
        page.waitForURL(Pattern.compile(".*/catalog/products/[0-9a-f-]{36}$"));
        String productPath = page.url().replaceAll("^https?://[^/]+", "");
        assertThat(page.locator("[data-testid='price-XIAOHONGSHU'] input").first())
                .hasValue("109.00");
        byTestId("product-publish").click();
        assertThat(byTestId("product-status")).hasAttribute("data-status", "PUBLISHED");
        byTestId("menu-products").click();
        Locator productRow = byTestId("product-row").filter(new Locator.FilterOptions().setHasText(productName));
        assertThat(productRow).hasCount(1);
        assertThat(productRow).containsText("已上架");
        String storePath = byTestId("my-store-link").getAttribute("href");
        assertThat(storePath).startsWith("/s/");

        // A buyer on a phone opens the store, picks 黑 / M at the H5 price, logs in, checks out and pays.
        BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai")
                .setViewportSize(375, 740)
                .setIsMobile(true)
                .setHasTouch(true));
        phone.setDefaultTimeout(15_000);
        String skuId;
        String orderPath;
        try {
            Page b = phone.newPage();
            b.navigate(url(storePath));
            assertThat(b.locator("[data-testid='store-name']")).hasText("旅程小鹿工作室" + stamp);
            Locator card = b.locator("[data-testid='store-product']")
                    .filter(new Locator.FilterOptions().setHasText(productName));
            assertThat(card).containsText("129");
            assertThat(b.locator(".el-loading-mask:visible")).hasCount(0);
            assertThat((int) b.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(375);
            b.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("store-home-phone.png")));
            card.click();
            b.locator("[data-testid='store-attribute-value'][data-value='黑']").click();
            b.locator("[data-testid='store-attribute-value'][data-value='M']").click();
            assertThat(b.locator("[data-testid='store-sku-price']")).containsText("129");
            assertThat(b.locator("[data-testid='store-sku-price']")).hasAttribute("data-source", "CHANNEL");
            assertThat(b.locator("[data-testid='store-available']")).containsText("10");
            assertThat((int) b.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(375);
            b.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("store-product-phone.png")));
            b.locator("[data-testid='store-buy']").click();

            b.waitForURL(Pattern.compile(".*/login.*"));
            b.locator("[data-testid='login-login']").fill(buyerEmail);
            b.locator("[data-testid='login-password']").fill("Journey2026");
            b.locator("[data-testid='login-submit']").click();
            b.waitForURL(Pattern.compile("^https?://[^/]+/s/[^/]+/checkout\\?.*"));
            skuId = b.url().replaceAll(".*[?&]sku=([0-9a-f-]+).*", "$1");
            b.locator("[data-testid='checkout-recipient']").fill("张三");
            b.locator("[data-testid='checkout-phone']").fill("13812341234");
            b.locator("[data-testid='checkout-region']").fill("上海市 浦东新区");
            b.locator("[data-testid='checkout-detail']").fill("世纪大道 100 号");
            assertThat(b.locator("[data-testid='checkout-total']")).containsText("129");
            b.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("store-checkout-phone.png")));
            b.locator("[data-testid='checkout-submit']").click();
            b.waitForURL(Pattern.compile("^https?://[^/]+/s/[^/]+/orders/[^/?]+$"));
            orderPath = b.url().replaceAll("^https?://[^/]+", "");
            assertThat(b.locator("[data-testid='store-order']")).hasAttribute("data-status", "PENDING_PAYMENT");
            assertThat(b.locator("[data-testid='store-order-phone']")).hasText("138****1234");
            assertThat(b.locator("body")).not().containsText("13812341234");
        } finally {
            phone.close();
        }

        // The creator's stock page shows the unit reserved.
        page.navigate(url("/inventory/skus"));
        Locator stockRow = page.locator("[data-testid='stock-row'][data-sku-id='" + skuId + "']");
        assertThat(stockRow).containsText(productName);
        assertThat(stockRow.locator("[data-testid='stock-reserved']")).hasText("1");
        assertThat(stockRow.locator("[data-testid='stock-physical']")).hasText("10");
        assertThat(stockRow.locator("[data-testid='stock-available']")).hasText("9");

        // The buyer pays in the sandbox ...
        BrowserContext again = browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai")
                .setViewportSize(375, 740)
                .setIsMobile(true));
        again.setDefaultTimeout(15_000);
        try {
            Page b = again.newPage();
            b.navigate(url("/login?redirect="
                    + java.net.URLEncoder.encode(orderPath, java.nio.charset.StandardCharsets.UTF_8)));
            b.locator("[data-testid='login-login']").fill(buyerEmail);
            b.locator("[data-testid='login-password']").fill("Journey2026");
            b.locator("[data-testid='login-submit']").click();
            b.waitForURL(Pattern.compile("^https?://[^/]+/s/[^/]+/orders/[^/?]+$"));
            b.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("store-pay-phone.png")));
            b.locator("[data-testid='store-pay-submit']").click();
            assertThat(b.locator("[data-testid='store-order']")).hasAttribute("data-status", "TO_SHIP");
            assertThat(b.locator("[data-testid='store-order-status']")).hasText("支付成功");
            assertThat(b.locator("[data-testid='store-payment-reference']")).containsText("sandbox_");
            b.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("store-paid-phone.png")));
        } finally {
            again.close();
        }

        // ... and the stock page shows the unit deducted from physical stock, the sale in the ledger.
        page.reload();
        assertThat(stockRow.locator("[data-testid='stock-reserved']")).hasText("0");
        assertThat(stockRow.locator("[data-testid='stock-physical']")).hasText("9");
        assertThat(stockRow.locator("[data-testid='stock-available']")).hasText("9");
        stockRow.click();
        assertThat(byTestId("drawer-available")).hasText("9");
        assertThat(page.locator("[data-testid='ledger-row'][data-kind='SALE'] [data-testid='ledger-delta']"))
                .hasText("-1");

        // The creator sets 3 units aside for a live room: they leave available stock and only the activity sells them.
        byTestId("drawer-allocate").click();
        byTestId("allocation-activity").fill("旅程直播间");
        page.locator("[data-testid='allocation-quantity'] input").fill("3");
        byTestId("allocation-submit").click();
        assertThat(byTestId("drawer-available")).hasText("6");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("inventory-stock.png")));
        page.keyboard().press("Escape");
        assertThat(byTestId("stock-drawer")).isHidden();
        Locator allocation = byTestId("allocation-row").filter(new Locator.FilterOptions().setHasText("旅程直播间"));
        assertThat(allocation.locator("[data-testid='allocation-remaining']")).hasText("3");
        assertThat(allocation).containsText(productName);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("inventory-allocations.png")));

        // Ending the activity returns what it did not sell.
        allocation.locator("[data-testid='allocation-end']").click();
        page.locator(".el-message-box__btns .el-button--primary").click();
        assertThat(byTestId("allocation-returned")).containsText("3 件退回可售库存（可售 6 → 9）");
        assertThat(allocation).hasAttribute("data-status", "ENDED");

        // The seller's pages fit a phone: product list, editor with its price grid, product page, stock and ledger.
        BrowserContext sellerPhone = browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai")
                .setViewportSize(375, 740)
                .setIsMobile(true)
                .setHasTouch(true));
        sellerPhone.setDefaultTimeout(15_000);
        try {
            Page p = sellerPhone.newPage();
            p.navigate(url("/login"));
            p.locator("[data-testid='login-login']").fill(creatorEmail);
            p.locator("[data-testid='login-password']").fill("Journey2026");
            p.locator("[data-testid='login-submit']").click();
            p.waitForURL(Pattern.compile("^https?://[^/]+/$"));
            for (String path :
                    List.of("/catalog/products", productPath, "/inventory/skus", "/inventory/skus/" + skuId)) {
                p.navigate(url(path));
                assertThat(p.locator("[data-testid='page-title']").first())
                        .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                                .setTimeout(15_000));
                assertThat(p.locator(".el-loading-mask:visible")).hasCount(0);
                p.screenshot(new Page.ScreenshotOptions()
                        .setPath(SCREENSHOTS.resolve("phone-" + path.replaceAll("[^a-z]+", "-") + ".png"))
                        .setFullPage(true));
                assertThat((int) p.evaluate("document.documentElement.scrollWidth"))
                        .as(path + " at 375 px, too wide: " + p.evaluate(TOO_WIDE))
                        .isLessThanOrEqualTo(375);
            }
            assertThat(p.locator("[data-testid='drawer-available']")).hasText("9");
            p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("inventory-stock-phone.png")));
            p.navigate(url("/catalog/products/new"));
            p.locator("[data-testid='attribute-values-0']").fill("黑,白");
            p.locator("[data-testid='attribute-values-1']").fill("M,L");
            for (var price : List.of(
                    Map.entry("msrp", "199"),
                    Map.entry("cost", "60"),
                    Map.entry("floor", "99"),
                    Map.entry("price", "149"))) {
                p.locator("[data-testid='default-" + price.getKey() + "'] input")
                        .fill(price.getValue());
            }
            p.locator("[data-testid='default-price'] input").press("Tab");
            p.locator("[data-testid='sku-generate']").click();
            assertThat(p.locator("[data-testid='grid-row']")).hasCount(4);
            assertThat((int) p.evaluate("document.documentElement.scrollWidth"))
                    .as("editor at 375 px, too wide: " + p.evaluate(TOO_WIDE))
                    .isLessThanOrEqualTo(375);
            p.locator("[data-testid='grid-row']")
                    .first()
                    .screenshot(new Locator.ScreenshotOptions()
                            .setPath(SCREENSHOTS.resolve("catalog-price-grid-phone.png")));
        } finally {
            sellerPhone.close();
        }
    }
}
