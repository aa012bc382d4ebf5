package org.oversight.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.oversight.accounts.Role;
import org.oversight.accounts.domain.UserAccounts;
import org.oversight.policedata.web.RunningImport;
import org.oversight.testdata.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Uploading police data as people do it in a browser: the button that chooses the files says that
 * several can be chosen, and an import's page follows the import without reloading itself (a reload
 * would take a screen reader back to the top of the page), saying in a status message when it has
 * finished.
 */
@ExtendWith(Browser.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PoliceDataUploadInTheBrowserTest {

    private static final String ANALYST = "browser-progress-analyst";
    private static final String PASSWORD = "correct horse battery staple";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void anAnalyst() {
        if (accounts.all().stream().noneMatch(account -> account.username().equals(ANALYST))) {
            accounts.add(ANALYST, Role.ANALYST, PASSWORD.toCharArray());
        }
    }

    @Test
    void theButtonThatChoosesTheFilesSaysSeveralCanBeChosen() {
        try (Browser browser = Browser.start("http://localhost:" + port)) {
            browser.signIn(ANALYST, PASSWORD);
            browser.open("/police-data/upload");

            WebElement choose = browser.waitFor(By.cssSelector("button.govuk-file-upload-button"));
            assertThat(spoken(choose)).isEqualTo("Upload files , No files chosen , Choose files or drop files");
            browser.driver()
                    .findElement(By.name("files"))
                    .sendKeys(String.join(
                            "\n",
                            TestData.realData()
                                    .resolve("2024-04-west-midlands-street-head.csv")
                                    .toString(),
                            TestData.realData()
                                    .resolve("2024-04-wiltshire-stop-and-search.csv")
                                    .toString()));
            assertThat(spoken(choose)).isEqualTo("Upload files , 2 files chosen , Choose files or drop files");
        }
    }

    @Test
    void theImportPageShowsTheImportFinishingWithoutReloading() {
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

    /** The element's accessible name as a screen reader says it, spaces (some of them non-breaking) made one. */
    private static String spoken(WebElement element) {
        return element.getAccessibleName().replaceAll("[\\s\\u00A0]+", " ");
    }
}
