package org.oversight.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.oversight.policedata.FileImportResult;
import org.oversight.policedata.ImportListener;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.demo.DemonstrationData;
import org.oversight.publication.PublishedSnapshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The public site (ADR 0022) in Chromium, as the public reads it (not signed in, and with no script on any page):
 * every kind of public page of a published and corrected quarter, its national measures statement,
 * the annual statement, an earlier version, the history and the open data page, each checked with
 * axe-core (WCAG 2.2 A and AA and best practices), for one h1 and one main landmark. The public pages
 * are stored bytes rather than templates drawn per request, so the site-wide crawl does not take
 * them for pages; they are checked here.
 */
@ExtendWith(Browser.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicSiteInTheBrowserTest {

    private static final Axe AXE = Axe.fromClassPath();

    @LocalServerPort
    int port;

    @Autowired
    PoliceDataApi policeData;

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void everyKindOfPublicPageIsAccessibleAndCarriesNoScript() throws IOException {
        loadPoliceData();
        PublishedSnapshot first = PublicationTestData.publish(context);
        PageChecks checks = new PageChecks(AXE, new Routes(mapping));
        String quarter = "/transparency/" + PublicationTestData.QUARTER;
        try (Browser browser = Browser.start("http://localhost:" + port)) {
            for (String path : List.of(
                    "/transparency",
                    quarter,
                    quarter + "/plan",
                    quarter + "/performance",
                    quarter + "/national-measures",
                    quarter + "/stop-and-search",
                    "/transparency/annual/2014-15",
                    "/transparency/history",
                    "/transparency/versions/" + first.snapshotId(),
                    "/open-data")) {
                browser.open(path);
                // Nothing on the public site needs JavaScript: its pages carry no scripts at all.
                assertThat(browser.driver().findElements(By.tagName("script")))
                        .as(path)
                        .isEmpty();
                checks.check(browser, path, 200);
            }
            browser.open(quarter + "/performance");
            // 4.6-m3, burglary: police data, so it has a chart.
            String measure = browser.driver().findElement(By.linkText("4.6-m3")).getAttribute("href");
            browser.driver().get(measure);
            checks.check(browser, "a measure's page", 200);
            assertThat(browser.driver().findElements(By.cssSelector("main svg")))
                    .isNotEmpty();
            browser.open("/transparency/versions/" + first.snapshotId());
            assertThat(browser.driver().findElement(By.tagName("main")).getText())
                    .contains("This is version 1, kept as it was published. Version 2 corrects it.");
            browser.open(quarter);
            assertThat(browser.driver().findElement(By.tagName("main")).getText())
                    .contains("Correction: version 2 replaces version 1")
                    .contains("Demonstration data");
        }
        assertThat(checks.problems()).isEmpty();
        assertThat(checks.checked()).isEqualTo(11);
    }

    private void loadPoliceData() throws IOException {
        if (!policeData.months().isEmpty()) {
            return;
        }
        Path folder = Files.createTempDirectory("oversight-public-site-");
        try {
            List<FileImportResult> results = policeData.importPaths(
                    DemonstrationData.write(folder.resolve("data"), YearMonth.of(2014, 12), 4, 2014L),
                    true,
                    "browser-test",
                    ImportListener.NONE);
            assertThat(results).noneMatch(FileImportResult::refused);
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }
}
