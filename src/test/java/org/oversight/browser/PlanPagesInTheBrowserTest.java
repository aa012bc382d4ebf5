package org.oversight.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.oversight.accounts.Role;
import org.oversight.accounts.domain.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The plan pages as people use them: in Chromium, against the running application with the example
 * plans loaded. Skipped, saying so, where Debian's chromium and chromedriver are not installed.
 */
@ExtendWith(Browser.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanPagesInTheBrowserTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String FIRST_ANALYST = "browser-analyst-one";
    private static final String SECOND_ANALYST = "browser-analyst-two";

    private static final String WM_PLAN = "/plans/wm-police-and-crime-plan";
    private static final String WM_2014_15 = WM_PLAN + "/versions/2014-15";
    private static final String WM_COMPARISON = WM_PLAN + "/compare?from=2013-14&to=2014-15";
    /** The plan the editing test changes, so that the other tests see the example data as written. */
    private static final String PLAN_2021_2025 = "/plans/wm-police-and-crime-plan-2021-2025/versions/2021-2025";
    /** The cadet scheme measure of the 2021-2025 plan, whose target is to reach 750. */
    private static final String CADET_MEASURE = PLAN_2021_2025 + "/objectives/11/measures/1";

    private static final By CHANGE_LINKS = By.xpath("//main//a[starts-with(normalize-space(.), 'Change')]");
    private static final By SAVE_OBJECTIVE = By.xpath("//button[normalize-space(.)='Save objective']");

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void anonymousBrowserAndTwoAnalysts() {
        List<String> existing =
                accounts.all().stream().map(account -> account.username()).toList();
        for (String analyst : List.of(FIRST_ANALYST, SECOND_ANALYST)) {
            if (!existing.contains(analyst)) {
                accounts.add(analyst, Role.ANALYST, PASSWORD.toCharArray());
            }
        }
        if (browser == null) {
            browser = Browser.start(baseUrl());
        }
        browser.forgetSession();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void signInAndOpenAPlan() {
        browser.signIn(FIRST_ANALYST, PASSWORD);
        browser.open("/plans");
        browser.waitFor(By.cssSelector("a[href$='" + WM_2014_15 + "']")).click();
        browser.waitForPath(WM_2014_15);

        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Police and Crime Plan 2014-15");
        assertThat(texts(By.cssSelector("section[id^='objective-'] h3 > span:first-child")))
                .containsExactly("4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8", "4.9", "4.10");

        List<WebElement> confidence = cells(row("commitment", "Increase confidence in policing"));
        assertThat(confidence.get(1).getText()).isEqualTo("ACC Local Policing");
        assertThat(confidence.get(2).getText()).isEqualTo("6 monthly");

        WebElement burglary = row("measure", "Reduce burglary by 2 per cent");
        assertThat(burglary.findElement(By.cssSelector("td.target")).getText())
                .isEqualTo("Reduce by 2% compared with 2013/14 (2014/15)");
        assertThat(burglary.getText()).contains("Lower is better", "Lead: ACC Local Policing, ACC Crime");

        assertThat(browser.driver().findElements(CHANGE_LINKS))
                .as("an analyst may change the plan")
                .isNotEmpty();
        browser.screenshot("plan-page");
    }

    @Test
    void filtersByLead() {
        browser.open(WM_2014_15);
        new Select(browser.waitFor(By.id("lead"))).selectByVisibleText("ACC Operations");
        browser.driver()
                .findElement(By.xpath("//button[normalize-space(.)='Filter']"))
                .click();

        assertThat(browser.waitFor(By.id("filter-result")).getText())
                .isEqualTo("Showing 5 commitments and 0 measures led by ACC Operations. Show every lead");
        assertThat(browser.path()).isEqualTo(WM_2014_15 + "?lead=ACC+Operations");
        assertThat(new Select(browser.driver().findElement(By.id("lead")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("ACC Operations");
        List<WebElement> commitments = browser.driver().findElements(By.cssSelector("tr.commitment"));
        assertThat(commitments).hasSize(5);
        assertThat(commitments)
                .allSatisfy(commitment ->
                        assertThat(cells(commitment).get(1).getText()).contains("ACC Operations"));
        assertThat(browser.driver().findElements(By.cssSelector("tr.measure"))).isEmpty();
        assertThat(texts(By.cssSelector("tr.commitment td:first-child")))
                .contains("Implement the Code of Practice for Victims")
                .doesNotContain("Increase confidence in policing");
    }

    @Test
    void comparesTwoVersions() {
        browser.open(WM_COMPARISON);

        assertThat(browser.waitFor(By.id("comparison-summary")).getText())
                .startsWith("Comparing 2013-14 with 2014-15:");
        assertThat(browser.driver().findElements(By.cssSelector("tr.variation-line")).stream()
                        .map(line -> line.getDomAttribute("data-change"))
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("added", "removed", "reworded", "unchanged");

        WebElement objective = browser.driver()
                .findElement(By.xpath(
                        "//section[contains(@class, 'variation-objective')]" + "[h2/span[normalize-space(.)='4.1']]"));
        assertThat(objective.findElement(By.tagName("h2")).getText())
                .contains("Improving public confidence in policing");
        assertThat(change(objective, "Increase confidence in policing", 1)).isEqualTo("unchanged");
        assertThat(change(objective, "Improve perceptions of safety", 1)).isEqualTo("added");
        assertThat(change(
                        objective,
                        "Identify and tackle aspects of policing that have an adverse impact on confidence",
                        1))
                .isEqualTo("reworded");
        assertThat(change(
                        objective,
                        "Analyse hate crime to better understand religious and racially aggravated offences,"
                                + " for example Islamophobia",
                        0))
                .isEqualTo("removed");
        WebElement added = line(objective, "Improve perceptions of safety", 1);
        assertThat(cells(added).get(0).getText()).isEmpty();
        assertThat(cells(added).get(2).getText()).isEqualTo("Added");
        browser.screenshot("compare-page");
    }

    @Test
    void aConflictingEditIsRefusedAndNothingIsLost() {
        String objectiveForm = PLAN_2021_2025 + "/objectives/5";
        String newTitle = "Reducing the harm of illicit drugs, retitled by the first analyst";
        String lostDescription = "A description the second analyst typed into an out-of-date form";
        browser.signIn(FIRST_ANALYST, PASSWORD);
        try (Browser second = Browser.start(baseUrl())) {
            second.signIn(SECOND_ANALYST, PASSWORD);
            browser.open(objectiveForm);
            second.open(objectiveForm);
            assertThat(second.waitFor(By.id("title")).getDomProperty("value"))
                    .isEqualTo("Reducing the harm caused by illicit drugs");

            browser.type(By.id("title"), newTitle);
            browser.driver().findElement(SAVE_OBJECTIVE).click();
            assertThat(browser.waitFor(By.id("saved-message")).getText()).isEqualTo("Objective saved.");

            second.type(By.id("description"), lostDescription);
            second.driver().findElement(SAVE_OBJECTIVE).click();
            WebElement conflict = second.waitFor(By.cssSelector(".govuk-error-summary #conflict-message"));
            assertThat(conflict.getText()).contains(FIRST_ANALYST, "Your changes are still in the form below");
            assertThat(second.driver().getTitle()).startsWith("Error: ");
            assertThat(second.driver().findElement(By.id("description")).getDomProperty("value"))
                    .isEqualTo(lostDescription);
            assertThat(second.driver().findElement(By.id("title")).getDomProperty("value"))
                    .isEqualTo("Reducing the harm caused by illicit drugs");
            assertThat(second.driver().findElement(By.id("title-saved")).getText())
                    .as("what the first analyst saved is shown beside the out-of-date field")
                    .contains(newTitle);
        }

        browser.open(PLAN_2021_2025);
        WebElement objective = browser.waitFor(By.id("objective-5"));
        assertThat(objective.findElement(By.tagName("h3")).getText()).isEqualTo("5 " + newTitle);
        assertThat(browser.driver().findElement(By.id("main-content")).getText())
                .doesNotContain(lostDescription)
                .contains("In order to reduce the crime, cost and harm associated with illicit drugs");
    }

    /** With JavaScript only the chosen kind of target shows its fields; choosing another shows that kind's. */
    @Test
    void theMeasureFormShowsOnlyTheChosenKindOfTargetsFields() {
        browser.signIn(FIRST_ANALYST, PASSWORD);
        browser.open(CADET_MEASURE);

        assertThat(browser.waitFor(By.id("reach.value")).getDomProperty("value"))
                .isEqualTo("750");
        assertThat(shownTargetFields(browser)).containsExactly("reach");
        assertThat(browser.driver().findElement(By.id("threshold.value")).isDisplayed())
                .isFalse();

        browser.driver()
                .findElement(By.cssSelector("label[for='targetKind-threshold']"))
                .click();
        assertThat(browser.waitFor(By.id("threshold.value")).isDisplayed()).isTrue();
        assertThat(shownTargetFields(browser)).containsExactly("threshold");
        browser.screenshot("measure-form");
    }

    /** Without JavaScript every kind's fields show, each group under the kind it belongs to, and saving works. */
    @Test
    void withoutJavaScriptTheMeasureFormGroupsEveryKindsFieldsUnderItsKind() {
        try (Browser noScript = Browser.startWithoutJavaScript(baseUrl())) {
            noScript.signIn(FIRST_ANALYST, PASSWORD);
            noScript.open(CADET_MEASURE);

            noScript.waitFor(By.id("reach.value"));
            assertThat(shownTargetFields(noScript))
                    .containsExactly(
                            "change-by-percent",
                            "change-by-amount",
                            "change-on-baseline",
                            "threshold",
                            "reach",
                            "maintain",
                            "better-than-peers");
            WebElement threshold = noScript.driver().findElement(By.id("conditional-threshold"));
            assertThat(threshold.getText()).startsWith("For at least, at most, above or below a value:");
            noScript.screenshot("measure-form-without-javascript");
        }
    }

    private static List<String> shownTargetFields(Browser in) {
        return in.driver().findElements(By.cssSelector(".target-fields")).stream()
                .filter(WebElement::isDisplayed)
                .map(group -> group.getDomAttribute("data-kind"))
                .toList();
    }

    @Test
    void anonymousVisitorsCanReadButNotEdit() {
        browser.open(WM_2014_15);
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Police and Crime Plan 2014-15");
        assertThat(browser.driver().findElements(By.cssSelector("tr.commitment")))
                .isNotEmpty();
        assertThat(browser.driver().findElements(CHANGE_LINKS)).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("a[href*='/objectives/']")))
                .isEmpty();

        browser.open("/plans/new");
        browser.waitForPath("/sign-in");
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Sign in");
        assertThat(browser.driver().findElements(By.id("username"))).hasSize(1);
    }

    @Test
    void wrongPasswordShowsAnErrorSummaryLinkedToTheField() {
        browser.open("/sign-in");
        browser.type(By.id("username"), FIRST_ANALYST);
        browser.type(By.id("password"), "not the right password");
        browser.driver().findElement(By.id("sign-in")).click();

        WebElement summary = browser.waitFor(By.cssSelector(".govuk-error-summary"));
        assertThat(browser.path()).isEqualTo("/sign-in?error");
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        assertThat(summary.getText()).contains("There is a problem", "Enter a correct user name and password");
        WebElement link = summary.findElement(By.cssSelector(".govuk-error-summary__list a"));
        assertThat(link.getDomAttribute("href")).isEqualTo("#username");
        WebElement username = browser.driver().findElement(By.id("username"));
        assertThat(username.getDomAttribute("aria-describedby")).isEqualTo("username-error");
        assertThat(browser.driver().findElement(By.id("username-error")).getText())
                .contains("Enter a correct user name and password");

        link.click();
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id"))
                .isEqualTo("username");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {WM_2014_15, WM_COMPARISON, "/sign-in"})
    void pagesMeetTheAccessibilityBasics(String page) {
        browser.open(page);
        browser.waitFor(By.id("main-content"));

        assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("en-GB");
        assertThat(browser.driver().getTitle()).isNotBlank();
        assertThat(browser.driver().findElements(By.tagName("h1"))).hasSize(1);

        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        WebElement first = browser.driver().switchTo().activeElement();
        assertThat(first.getTagName()).isEqualTo("a");
        assertThat(first.getDomAttribute("href")).isEqualTo("#main-content");
        assertThat(first.getText()).isEqualTo("Skip to main content");

        List<WebElement> fields = browser.driver()
                .findElements(By.cssSelector(
                        "input:not([type='hidden']):not([type='submit']):not([type='button'])," + " select, textarea"));
        assertThat(fields).as("fields on " + page).isNotEmpty();
        assertThat(fields.stream().filter(WebElement::isDisplayed)).allSatisfy(field -> assertThat(isLabelled(field))
                .as("field %s is labelled", field.getDomAttribute("name"))
                .isTrue());
    }

    private boolean isLabelled(WebElement field) {
        String id = field.getDomAttribute("id");
        if (id != null
                && !browser.driver()
                        .findElements(By.cssSelector("label[for='" + id + "']"))
                        .isEmpty()) {
            return true;
        }
        return !field.findElements(By.xpath("ancestor::fieldset[legend]")).isEmpty();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private static List<String> texts(By locator) {
        return browser.driver().findElements(locator).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The first table row of the given class whose first cell shows the text. */
    private static WebElement row(String rowClass, String text) {
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("tr." + rowClass)).stream()
                .filter(row -> cells(row).get(0).getText().contains(text))
                .toList();
        assertThat(rows).as("rows of class %s showing '%s'", rowClass, text).isNotEmpty();
        return rows.get(0);
    }

    private static List<WebElement> cells(WebElement row) {
        return row.findElements(By.tagName("td"));
    }

    /** The comparison line whose earlier (0) or later (1) cell is exactly the text. */
    private static WebElement line(WebElement objective, String text, int column) {
        List<WebElement> lines = objective.findElements(By.cssSelector("tr.variation-line")).stream()
                .filter(line -> cells(line).get(column).getText().equals(text))
                .toList();
        assertThat(lines).as("comparison lines showing '%s'", text).hasSize(1);
        return lines.get(0);
    }

    private static String change(WebElement objective, String text, int column) {
        return line(objective, text, column).getDomAttribute("data-change");
    }
}
