package org.oversight.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The performance overview as a Board member sees it, in Chromium over the demonstration data: every
 * measure on one line at 1280 pixels, nothing wider than a phone at 375, the statement a click away
 * without JavaScript. Screenshots are left in target/screenshots. Skipped, saying so, where Debian's
 * chromium and chromedriver are not installed.
 */
@ExtendWith(Browser.Installed.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "oversight.seed.demonstration-data=true")
class PerformancePagesInTheBrowserTest {

    private static final String OVERVIEW = "/performance/plans/wm-police-and-crime-plan/versions/2014-15";
    private static final String MEASURE = OVERVIEW + "/measures/4.6/4.6-m3";
    private static final By MEASURE_ROWS = By.cssSelector("tr.oversight-measure-row");

    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeEach
    void browser() {
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

    private void width(int pixels) {
        browser.driver().manage().window().setSize(new Dimension(pixels, 1000));
    }

    private long script(String expression) {
        return ((Number) browser.driver().executeScript("return " + expression)).longValue();
    }

    @Test
    void everyMeasureRowKeepsToOneLineAt1280Pixels() {
        width(1280);
        browser.open(OVERVIEW + "?area=Birmingham");
        browser.waitFor(MEASURE_ROWS);

        List<WebElement> rows = browser.driver().findElements(MEASURE_ROWS);
        assertThat(rows).hasSize(5);
        for (WebElement row : rows) {
            WebElement link = row.findElement(By.cssSelector(".oversight-measure-name a"));
            double lineHeight =
                    Double.parseDouble(link.getCssValue("line-height").replace("px", ""));
            for (WebElement cell : row.findElements(By.cssSelector("th, td"))) {
                // The height of what the cell shows: its visible text and drawings, not text for screen readers only
                // nor a closed statement's text. The measure's cell holds its link and the "Statement" toggle.
                long textHeight = (Long) browser.driver()
                        .executeScript(
                                "const cell = arguments[0]; const rects = [];"
                                        + " const walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);"
                                        + " for (let n = walk.nextNode(); n; n = walk.nextNode()) {"
                                        + "   if (n.parentElement.closest('.govuk-visually-hidden')) continue;"
                                        + "   if (n.parentElement.closest('details:not([open]) .govuk-details__text')) continue;"
                                        + "   const r = document.createRange(); r.selectNodeContents(n);"
                                        + "   rects.push(...[...r.getClientRects()].filter(x => x.width > 0)); }"
                                        + " cell.querySelectorAll('svg').forEach(s => rects.push(s.getBoundingClientRect()));"
                                        + " return rects.length === 0 ? 0"
                                        + " : Math.round(Math.max(...rects.map(x => x.bottom))"
                                        + " - Math.min(...rects.map(x => x.top)));",
                                cell);
                assertThat((double) textHeight)
                        .as("%s in %s", cell.getText(), row.getAttribute("id"))
                        .isLessThan(Math.max(2 * lineHeight, 36));
            }
        }
        assertThat(script("document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(script("document.documentElement.clientWidth"));
        browser.screenshot("performance-overview-1280");
    }

    @Test
    void theStatementOpensWithoutJavaScript() {
        width(1280);
        browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", true));
        try {
            browser.open(OVERVIEW);
            WebElement details = browser.waitFor(By.cssSelector("#measures details.oversight-statement"));
            WebElement statement = details.findElement(By.cssSelector(".measure-statement"));
            assertThat(statement.isDisplayed()).isFalse();

            details.findElement(By.tagName("summary")).click();

            assertThat(statement.isDisplayed()).isTrue();
            assertThat(statement.getText()).isNotBlank();
        } finally {
            browser.driver()
                    .executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", false));
        }
    }

    @Test
    void theOverviewAndAMeasurePageFitAPhoneWithoutSidewaysScrolling() {
        width(375);
        browser.open(OVERVIEW + "?area=Birmingham");
        browser.waitFor(MEASURE_ROWS);

        assertThat(script("document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(script("document.documentElement.clientWidth"));
        browser.screenshot("performance-overview-375");

        browser.open(MEASURE);
        browser.waitFor(By.id("data-table"));
        assertThat(script("document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(script("document.documentElement.clientWidth"));
        browser.driver().executeScript("document.getElementById('chart').scrollIntoView()");
        browser.screenshot("performance-measure-375-chart");
    }

    @Test
    void theMeasurePageAt1280() {
        width(1280);
        browser.open(MEASURE);
        browser.driver().executeScript("document.getElementById('chart').scrollIntoView()");

        assertThat(browser.waitFor(By.cssSelector("svg.spc-chart")).getSize().getWidth())
                .isGreaterThan(600);
        browser.screenshot("performance-measure-1280-chart");
    }
}
