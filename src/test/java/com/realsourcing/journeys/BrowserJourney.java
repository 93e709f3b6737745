package com.realsourcing.journeys;

import com.microsoft.playwright.Browser;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser journey shares: the running application on a random port, configured identically so all
 * journeys share one cached context, and one Chromium per journey class (skipped, or failed under {@code CI=true},
 * where none is found — see {@link JourneyBrowser}).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "realsourcing.identity.bootstrap-admin.login=journey-admin@test.realsourcing.cn",
            "realsourcing.identity.bootstrap-admin.password=Journey@Admin1"
        })
abstract class BrowserJourney {

    /** The platform admin every journey's context starts with (the properties above). */
    static final String ADMIN_LOGIN = "journey-admin@test.realsourcing.cn";

    static final String ADMIN_PASSWORD = "Journey@Admin1";
    static final Path SCREENSHOTS = JourneyBrowser.SCREENSHOTS;
    static JourneyBrowser chromium;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() throws Exception {
        chromium = JourneyBrowser.launch();
        browser = chromium.browser();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
            browser = null;
        }
    }
}
