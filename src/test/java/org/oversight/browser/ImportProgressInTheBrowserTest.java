package org.oversight.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.oversight.accounts.Role;
import org.oversight.accounts.domain.UserAccounts;
import org.oversight.policedata.web.RunningImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * An import's page follows the import without reloading itself (a reload would take a screen reader
 * back to the top of the page) and says in a status message when it has finished.
 */
@ExtendWith(Browser.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportProgressInTheBrowserTest {

    private static final String ANALYST = "browser-progress-analyst";
    private static final String PASSWORD = "correct horse battery staple";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApplicationContext context;

    @Test
    void theImportPageShowsTheImportFinishingWithoutReloading() {
        if (accounts.all().stream().noneMatch(account -> account.username().equals(ANALYST))) {
            accounts.add(ANALYST, Role.ANALYST, PASSWORD.toCharArray());
        }
        try (Browser browser = Browser.start("http://localhost:" + port)) {
            browser.signIn(ANALYST, PASSWORD);
            RunningImport running = RunningImport.start(context, "progress-in-the-browser", ANALYST);
            try {
                browser.open("/police-data/imports/progress-in-the-browser");
                assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Importing police data");
                browser.driver().executeScript("window.stillTheSamePage = true;");
            } finally {
                running.close();
            }

            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBe(By.tagName("h1"), "Import finished"));
            assertThat(browser.driver().executeScript("return window.stillTheSamePage === true;"))
                    .as("the page was updated in place, not reloaded")
                    .isEqualTo(true);
            assertThat(browser.driver().getTitle()).startsWith("Import finished");
            assertThat(browser.driver().findElement(By.id("import-job-status")).getDomProperty("textContent"))
                    .isEqualTo("Import finished. 0 of 3 files done before the import stopped");
        }
    }
}
