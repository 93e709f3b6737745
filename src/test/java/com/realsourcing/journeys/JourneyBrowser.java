package com.realsourcing.journeys;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The headless system Chromium every browser journey drives. Skips the journey when Chromium or the built console
 * is missing on a developer's machine (-DskipFrontend); with {@code CI=true} either is an error.
 */
final class JourneyBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    /**
     * Assertions wait as long as actions do: on a busy 2-core machine (the suite beside other builds) a page can take
     * longer than Playwright's default 5 s to render, and a journey then fails for no fault of the console.
     */
    static final double ASSERTION_TIMEOUT_MS = 20_000;

    private final Playwright playwright;
    private final Browser browser;

    private JourneyBrowser(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static JourneyBrowser launch() throws IOException {
        PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_TIMEOUT_MS);
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!Files.isExecutable(CHROMIUM)) {
            if (ci) {
                throw new IllegalStateException("CI=true but no Chromium at " + CHROMIUM);
            }
            Assumptions.abort("No Chromium at " + CHROMIUM + "; browser journeys skipped");
        }
        if (JourneyBrowser.class.getResource("/static/index.html") == null) {
            if (ci) {
                throw new IllegalStateException("CI=true but the console was not built (static/index.html missing)");
            }
            Assumptions.abort("Console not built (-DskipFrontend); browser journeys skipped");
        }
        Files.createDirectories(SCREENSHOTS);
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync")));
        return new JourneyBrowser(playwright, browser);
    }

    Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
