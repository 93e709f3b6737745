package com.realsourcing.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import com.realsourcing.directory.DirectoryFixtures;
import com.realsourcing.support.ApiClient;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Seed 002's journeys in a real browser: a trading company posts 保温杯 30000 个, it passes review, a factory finds it
 * by searching and quotes, and the buyer compares the quotes and talks to the factory; a worker on a 375 px phone
 * filters jobs by city and applies with a profile made on the way. Configured like the other journeys (one admin).
 */
class BoardBrowserJourneyIntegrationTests extends BrowserJourney {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String PASSWORD = "Journey2026";

    @Test
    void aTradingCompanyPostsVacuumFlasksAFactoryFindsAndQuotesAndTheBuyerComparesAndTalksToIt() {
        String stamp = Long.toString(System.nanoTime() % 1_000_000L);
        String traderCompany = "深圳环球旅程" + stamp + "进出口有限公司";
        String factoryCompany = "宁波海曙旅程" + stamp + "保温杯厂";
        ApiClient admin = admin();
        String traderEmail = signUp("TRADING_COMPANY", traderCompany);
        verify(login(traderEmail), admin, "TRADING_COMPANY", traderCompany);
        String factoryEmail = signUp("FACTORY", factoryCompany);
        verify(login(factoryEmail), admin, "FACTORY", factoryCompany);
        LocalDate today = LocalDate.now(SHANGHAI);

        BrowserContext buyerContext = desktop();
        BrowserContext factoryContext = desktop();
        try {
            // The trading company publishes 保温杯 30000 个 through the step form.
            Page buyer = buyerContext.newPage();
            logIn(buyer, traderEmail);
            buyer.locator("[data-testid='menu-board-publish']").click();
            buyer.waitForURL(Pattern.compile(".*/board/publish$"));
            byTestId(buyer, "publish-kind-PROCUREMENT").click();
            byTestId(buyer, "publish-next").click();
            byTestId(buyer, "publish-province").selectOption("44");
            byTestId(buyer, "publish-city").selectOption("4403");
            byTestId(buyer, "publish-category").selectOption(new SelectOption().setLabel("保温杯"));
            byTestId(buyer, "publish-description").fill("出口美国，需提供验厂报告与 FDA 检测报告（" + stamp + "）");
            byTestId(buyer, "publish-next").click();
            byTestId(buyer, "publish-product-name").fill("保温杯");
            byTestId(buyer, "publish-quantity").fill("30000");
            byTestId(buyer, "publish-delivery-date").fill(today.plusMonths(2).toString());
            byTestId(buyer, "publish-price-min").fill("12.5");
            byTestId(buyer, "publish-price-max").fill("15");
            byTestId(buyer, "publish-destination").selectOption("US");
            byTestId(buyer, "publish-certification").fill("FDA");
            byTestId(buyer, "publish-certification").press("Enter");
            byTestId(buyer, "publish-quality").fill("304 不锈钢内胆，真空保温 6 小时以上");
            buyer.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("board-publish.png"))
                    .setFullPage(true));
            byTestId(buyer, "publish-next").click();
            assertThat(byTestId(buyer, "publish-card")).hasAttribute("data-step", "media");
            byTestId(buyer, "publish-next").click();
            assertThat(byTestId(buyer, "publish-review")).containsText("304 不锈钢内胆");
            byTestId(buyer, "publish-submit").click();
            assertThat(byTestId(buyer, "publish-done")).hasAttribute("data-status", "PENDING_REVIEW");
            assertThat(byTestId(buyer, "publish-done")).containsText("已提交审核");
            String href = byTestId(buyer, "publish-view").getAttribute("href");
            String postingId = href.substring(href.lastIndexOf('/') + 1);

            // A reviewer approves it (the review centre is the admin console's; the API does the same).
            var approved = admin.post("/api/board/admin/reviews/" + postingId + "/approve", null);
            assertThat(approved.status()).as(approved.body()).isEqualTo(200);

            // The factory searches 保温杯 among procurement demands in 深圳, newest first, and finds it.
            Page factory = factoryContext.newPage();
            logIn(factory, factoryEmail);
            factory.locator("[data-testid='menu-board']").click();
            factory.waitForURL(Pattern.compile(".*/board$"));
            assertThat(byTestId(factory, "board-results")).isVisible();
            assertThat(factory.locator(".el-loading-mask:visible")).hasCount(0);
            factory.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("board-home.png"))
                    .setFullPage(true));
            byTestId(factory, "board-nav-procurement").click();
            factory.waitForURL(Pattern.compile(".*/board/procurement.*"));
            byTestId(factory, "board-search").fill("保温杯");
            byTestId(factory, "board-search-submit").click();
            factory.waitForURL(Pattern.compile(".*q=.*"));
            byTestId(factory, "board-filter-province").selectOption("44");
            factory.waitForURL(Pattern.compile(".*province=44.*"));
            byTestId(factory, "board-filter-city").selectOption("4403");
            factory.waitForURL(Pattern.compile(".*city=4403.*"));
            byTestId(factory, "board-sort").selectOption("NEWEST");
            factory.waitForURL(Pattern.compile(".*sort=newest.*"));
            Locator card = factory.locator("[data-testid='posting-card'][data-posting-id='" + postingId + "']");
            assertThat(card).isVisible();
            assertThat(card.locator("[data-testid='posting-card-quantity']")).hasText("3万 个");
            assertThat(card).containsText(traderCompany);
            card.locator("[data-testid='posting-card-link']").click();
            factory.waitForURL(Pattern.compile(".*/board/postings/" + postingId + "$"));
            assertThat(byTestId(factory, "posting-facts")).containsText("3万 个");
            assertThat(byTestId(factory, "posting-facts")).containsText("美国");
            assertThat(byTestId(factory, "posting-verified")).isVisible();

            // It quotes within its monthly quota, then writes to the buyer.
            assertThat(byTestId(factory, "quote-quota")).containsText("本月已报价 0");
            byTestId(factory, "quote-unit-price").fill("13.20");
            byTestId(factory, "quote-moq").fill("5000");
            byTestId(factory, "quote-lead-time").fill("30");
            byTestId(factory, "quote-valid-until").fill(today.plusMonths(1).toString());
            byTestId(factory, "quote-notes").fill("含彩盒包装，可提供 FDA 报告");
            byTestId(factory, "quote-submit").click();
            assertThat(byTestId(factory, "quote-mine")).hasAttribute("data-status", "SUBMITTED");
            assertThat(byTestId(factory, "quote-quota")).containsText("本月已报价 1");
            byTestId(factory, "posting-contact").click();
            byTestId(factory, "contact-message").fill("您好，报价已提交，可以先寄样品。");
            byTestId(factory, "contact-submit").click();
            factory.waitForURL(Pattern.compile(".*/chat/conversations/[0-9a-f-]{36}$"));
            String conversation = factory.url().substring(factory.url().lastIndexOf('/') + 1);

            // The buyer compares the quotes side by side, accepts, and answers in the factory's conversation.
            // (a reload of the board's own address, as after a notification link)
            buyer.navigate(url("/board"));
            buyer.locator("[data-testid='menu-board-rfqs']").click();
            buyer.waitForURL(Pattern.compile(".*/board/rfqs$"));
            Locator mine = buyer.locator("[data-posting-id='" + postingId + "']");
            assertThat(mine).containsText("已发布");
            mine.locator("[data-testid='mine-quotes']").click();
            buyer.waitForURL(Pattern.compile(".*/board/postings/" + postingId + "/quotes$"));
            Locator column = buyer.locator("[data-testid='compare-factory']");
            assertThat(column).hasCount(1);
            assertThat(column).containsText(factoryCompany);
            assertThat(byTestId(buyer, "compare-price")).hasText("¥13.20");
            assertThat(byTestId(buyer, "compare-lead-time")).hasText("30 天");
            byTestId(buyer, "compare-accept").click();
            buyer.locator(".el-message-box__btns .el-button--primary").click();
            assertThat(byTestId(buyer, "compare-status")).hasAttribute("data-status", "ACCEPTED");
            assertThat(buyer.locator(".el-message-box")).isHidden();
            buyer.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("board-compare.png")));
            byTestId(buyer, "compare-contact").click();
            buyer.waitForURL(Pattern.compile(".*/chat/conversations/" + conversation + "$"));
            // the factory's first words are in the thread, and the buyer answers there
            assertThat(byTestId(buyer, "message-list")).containsText("报价已提交，可以先寄样品");

            // The contact is on both sides' records.
            buyer.navigate(url("/board/contacts"));
            Locator record = buyer.locator("[data-testid='contact'][data-posting-id='" + postingId + "']");
            assertThat(record).containsText(factoryCompany);
            assertThat(record).containsText("对方发起");
            assertThat(record).hasAttribute("data-conversation-id", conversation);
            // A notification's link opens the comparison straight away.
            buyer.navigate(url("/board/postings/" + postingId + "/quotes"));
            assertThat(byTestId(buyer, "compare-status")).hasAttribute("data-status", "ACCEPTED");
            JsonNode quotes = login(traderEmail)
                    .get("/api/board/postings/" + postingId + "/quotes")
                    .json();
            assertThat(quotes.get(0).path("status").asString()).isEqualTo("ACCEPTED");
        } finally {
            buyerContext.close();
            factoryContext.close();
        }
    }

    @Test
    void aWorkerOnAPhoneFiltersJobsByCityAndAppliesWithAProfileMadeOnTheWay() {
        String stamp = Long.toString(System.nanoTime() % 1_000_000L);
        ApiClient admin = admin();
        String factoryCompany = "杭州锦绣旅程" + stamp + "服饰有限公司";
        String factoryEmail = signUp("FACTORY", factoryCompany);
        ApiClient factory = login(factoryEmail);
        verify(factory, admin, "FACTORY", factoryCompany);
        String jobId = publishJob(factory, admin, "缝纫工", 5);
        String workerEmail = signUp("WORKER", null);

        BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai")
                .setViewportSize(375, 740)
                .setIsMobile(true)
                .setHasTouch(true));
        phone.setDefaultTimeout(30_000);
        try {
            Page page = phone.newPage();
            logIn(page, workerEmail);
            byTestId(page, "menu-toggle").click();
            byTestId(page, "menu-board-jobs").click();
            page.waitForURL(Pattern.compile(".*/board/jobs$"));

            // Filters fold away on a phone: open them, choose 浙江省 杭州市.
            byTestId(page, "board-filters-toggle").click();
            byTestId(page, "board-filter-province").selectOption("33");
            page.waitForURL(Pattern.compile(".*province=33.*"));
            byTestId(page, "board-filter-city").selectOption("3301");
            page.waitForURL(Pattern.compile(".*city=3301.*"));
            byTestId(page, "board-filters-toggle").click();
            Locator card = page.locator("[data-testid='posting-card'][data-posting-id='" + jobId + "']");
            assertThat(card).isVisible();
            assertThat(card.locator("[data-testid='posting-card-quantity']")).hasText("招 5 人");
            assertThat(card.locator("[data-testid='posting-card-price']")).containsText("/ 天");
            assertThat(card).containsText("包住");
            assertThat((int) page.evaluate("document.documentElement.scrollWidth"))
                    .isLessThanOrEqualTo(375);
            assertThat(page.locator(".el-loading-mask:visible")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("board-jobs-phone.png")));

            // The job in full, then 我要应聘: the first time asks for the short profile.
            card.locator("[data-testid='posting-card-link']").click();
            page.waitForURL(Pattern.compile(".*/board/postings/" + jobId + "$"));
            assertThat(byTestId(page, "posting-facts")).containsText("包吃、包住");
            assertThat((int) page.evaluate("document.documentElement.scrollWidth"))
                    .isLessThanOrEqualTo(375);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("board-posting-phone.png")));
            byTestId(page, "posting-apply").click();
            assertThat(byTestId(page, "apply-dialog")).hasAttribute("data-step", "profile");
            byTestId(page, "profile-name").fill("王阿姨");
            byTestId(page, "profile-mobile").fill("13900139" + String.format("%03d", System.nanoTime() % 1000));
            byTestId(page, "profile-experience").fill("6");
            page.locator("[data-testid='profile-job-type']")
                    .filter(new Locator.FilterOptions().setHasText("缝纫工"))
                    .click();
            byTestId(page, "profile-save").click();
            assertThat(byTestId(page, "apply-dialog")).hasAttribute("data-step", "message");
            byTestId(page, "apply-message").fill("下周一可以到岗，会平车");
            byTestId(page, "apply-submit").click();
            assertThat(page.locator(".el-message--success")).containsText("已应聘");

            // 我的应聘 shows it waiting; the factory sees the number masked.
            byTestId(page, "menu-toggle").click();
            byTestId(page, "menu-board-my-applications").click();
            page.waitForURL(Pattern.compile(".*/board/applications$"));
            Locator application = page.locator("[data-testid='my-application']").first();
            assertThat(application).containsText("招聘 缝纫工 5 人");
            assertThat(application).hasAttribute("data-status", "APPLIED");
            JsonNode received = factory.get("/api/board/received-applications?postingId=" + jobId)
                    .json();
            assertThat(received).hasSize(1);
            assertThat(received.get(0).path("name").asString()).isEqualTo("王阿姨");
            assertThat(received.get(0).path("mobile").asString()).contains("*");
        } finally {
            phone.close();
        }
    }

    // ---- helpers ----

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    static Locator byTestId(Page page, String id) {
        return page.locator("[data-testid='" + id + "']");
    }

    BrowserContext desktop() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai")
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(30_000);
        return context;
    }

    void logIn(Page page, String email) {
        page.navigate(url("/login"));
        byTestId(page, "login-login").fill(email);
        byTestId(page, "login-password").fill(PASSWORD);
        byTestId(page, "login-submit").click();
        assertThat(byTestId(page, "app-menu").or(byTestId(page, "menu-toggle")).first())
                .isVisible();
    }

    ApiClient admin() {
        ApiClient admin = new ApiClient(port);
        var login = admin.post("/api/identity/login", Map.of("login", ADMIN_LOGIN, "password", ADMIN_PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        return admin;
    }

    /** Signs an organisation up and returns its login (a worker's organisation is named after them). */
    String signUp(String type, String organizationName) {
        String email = "board-journey-" + type.toLowerCase() + "-" + System.nanoTime() + "@test.realsourcing.cn";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organizationType", type);
        if (organizationName != null) {
            body.put("organizationName", organizationName);
        }
        body.put("displayName", type.equals("WORKER") ? "王阿姨" : "周经理");
        body.put("email", email);
        body.put("password", PASSWORD);
        var signedUp = new ApiClient(port).post("/api/identity/sign-up", body);
        assertThat(signedUp.status()).as(signedUp.body()).isEqualTo(201);
        return email;
    }

    ApiClient login(String email) {
        ApiClient client = new ApiClient(port);
        var login = client.post("/api/identity/login", Map.of("login", email, "password", PASSWORD));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        return client;
    }

    /** Verifies the organisation: a factory through onboarding, any other type through company verification. */
    static void verify(ApiClient client, ApiClient admin, String type, String companyName) {
        Map<String, Object> form = DirectoryFixtures.form(client, companyName, DirectoryFixtures.creditCode());
        ApiClient.Response submitted;
        if (type.equals("FACTORY")) {
            submitted = client.post("/api/directory/my-factory/onboarding", form);
        } else {
            form.remove("industryTagId");
            form.remove("categoryTagIds");
            form.remove("attributeTagIds");
            submitted = client.post("/api/directory/verification", form);
        }
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        var approved = admin.post("/api/directory/admin/reviews/" + submitted.text("id") + "/approve", null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    }

    /** 招聘 a daily-wage job in 浙江省杭州市 with meals and housing, approved by the admin; returns its id. */
    static String publishJob(ApiClient factory, ApiClient admin, String jobType, int headcount) {
        String termId = null;
        for (JsonNode term : factory.get("/api/board/terms?kind=JOB_TYPE").json()) {
            if (term.path("nameZh").asString().equals(jobType)) {
                termId = term.path("id").asString();
            }
        }
        assertThat(termId).as("job type " + jobType).isNotNull();
        LocalDate today = LocalDate.now(SHANGHAI);
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("jobTypeId", termId);
        job.put("wageType", "DAILY");
        job.put("wage", Map.of("min", "260", "max", "320", "currency", "CNY"));
        job.put("headcount", headcount);
        job.put("startDate", today.plusDays(3).toString());
        job.put("endDate", today.plusDays(60).toString());
        job.put("workingHours", "两班倒，每班 10 小时");
        job.put("requirements", "会平车，有服装厂经验优先");
        job.put("housingProvided", true);
        job.put("mealsProvided", true);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("kind", "JOB");
        form.put("provinceCode", "33");
        form.put("cityCode", "3301");
        form.put("job", job);
        var created = factory.sendWithHeader(
                "POST",
                "/api/board/postings",
                form,
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("summary").path("id").asString();
        var approved = admin.post("/api/board/admin/reviews/" + id + "/approve", null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return id;
    }
}
