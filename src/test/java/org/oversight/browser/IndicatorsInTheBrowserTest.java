package org.oversight.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.oversight.accounts.Role;
import org.oversight.accounts.domain.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * From a fresh start, an analyst creates a plan in the browser, defines an indicator (previewing its
 * monthly figures before saving it), links the plan's measure to it from the measure's page and sees
 * the measure's performance, in Chromium over the demonstration data. Skipped, saying so, where
 * Debian's chromium and chromedriver are not installed.
 */
@ExtendWith(Browser.Installed.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "oversight.seed.demonstration-data=true")
class IndicatorsInTheBrowserTest {

    private static final String ANALYST = "browser-indicator-analyst";
    private static final String PASSWORD = "a-long-password-for-browser-tests";
    private static final String PLAN = "/plans/bicycle-plan/versions/2014-15";

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void browserAndAnalyst() {
        if (accounts.all().stream().noneMatch(a -> a.username().equals(ANALYST))) {
            accounts.add(ANALYST, Role.ANALYST, PASSWORD.toCharArray());
        }
        if (browser == null) {
            browser = Browser.start("http://localhost:" + port);
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    private void click(String text) {
        browser.driver()
                .findElement(By.xpath("//main//button[normalize-space(.)='" + text + "']"))
                .click();
    }

    private void follow(String text) {
        browser.waitFor(By.xpath("//main//a[normalize-space(.)='" + text + "']"))
                .click();
    }

    @Test
    void anAnalystCreatesAPlanDefinesAnIndicatorLinksTheMeasureAndSeesItsPerformance() {
        browser.signIn(ANALYST, PASSWORD);

        browser.open("/plans/new");
        browser.type(By.id("title"), "Cycling plan");
        browser.type(By.id("key"), "bicycle-plan");
        browser.type(By.id("force"), "The force");
        browser.type(By.id("label"), "2014-15");
        click("Create plan");
        browser.waitForPath(PLAN);
        browser.open(PLAN + "/objectives/new");
        browser.type(By.id("number"), "1");
        browser.type(By.id("title"), "Fewer bicycles stolen");
        click("Save objective");
        browser.waitFor(By.id("saved-message"));
        browser.open(PLAN + "/objectives/1/measures/new");
        browser.type(By.id("ref"), "1-m1");
        browser.type(By.id("text"), "Reduce bicycle theft");
        browser.driver().findElement(By.cssSelector("label[for='direction-2']")).click();
        new Select(browser.driver().findElement(By.id("unit"))).selectByValue("count");
        click("Save measure");
        browser.waitFor(By.id("saved-message"));

        browser.open("/indicators");
        follow("Define an indicator");
        follow("Street crimes counted");
        browser.type(By.id("name"), "Bicycle theft");
        browser.type(By.id("code"), "bicycle-theft");
        browser.driver()
                .findElement(By.xpath("//label[normalize-space(.)='Bicycle theft']"))
                .click();
        click("Preview the monthly figures");
        WebElement preview = browser.waitFor(By.id("preview-table"));
        assertThat(preview.getText()).contains("March 2015").contains("not saved yet");
        assertThat(browser.driver().findElement(By.id("name")).getAttribute("value"))
                .isEqualTo("Bicycle theft");
        browser.screenshot("indicator-preview");
        click("Save the indicator");
        browser.waitForPath("/indicators/bicycle-theft");
        assertThat(browser.waitFor(By.id("saved")).getText()).contains("Indicator defined");
        assertThat(browser.driver().findElement(By.id("version")).getText()).isEqualTo("1");

        browser.open(PLAN);
        browser.waitFor(By.cssSelector("main a.measure-link")).click();
        browser.waitForPath("/performance/plans/bicycle-plan/versions/2014-15/measures/1/1-m1");
        assertThat(browser.waitFor(By.id("statement")).getText())
                .isEqualTo("No data yet: no indicator has been linked to this measure.");
        browser.driver().findElement(By.id("change-indicator")).click();
        browser.driver().findElement(By.cssSelector("label[for='reads']")).click();
        new Select(browser.waitFor(By.id("indicator"))).selectByValue("bicycle-theft");
        click("Save");

        browser.waitForPath("/performance/plans/bicycle-plan/versions/2014-15/measures/1/1-m1");
        assertThat(browser.waitFor(By.id("statement")).getText()).startsWith("Figures to March 2015.");
        assertThat(browser.driver().findElement(By.id("indicator")).getText())
                .contains("Bicycle theft", "version 1 of its definition");
        assertThat(browser.driver().findElements(By.cssSelector("svg"))).isNotEmpty();
        browser.screenshot("measure-linked");
    }
}
