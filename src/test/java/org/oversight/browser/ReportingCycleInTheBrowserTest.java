package org.oversight.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.oversight.accounts.Role;
import org.oversight.accounts.domain.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A reporting cycle's round in Chromium, as the people doing it see it: an analyst opens a cycle; a
 * lead officer finds the due update in "My updates", saves a draft, attaches an evidence file and
 * submits; the analyst returns it with a comment; the lead changes it and submits again; the analyst
 * accepts it; a board member reads it with its history. What each page says is checked at every
 * step, and every page the lead officer and the board member see is checked with axe-core (the
 * administrator's crawl in {@link EveryPageIsAccessibleTest} cannot bring these states about).
 * Skipped, saying so, where chromium and chromedriver are not installed.
 */
@ExtendWith(Browser.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportingCycleInTheBrowserTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String LEAD = "ACC Operations";
    private static final String REF = "4.1-5";
    private static final String COMMITMENT =
            "Implement the stop and search action plan influenced through summits and other local consultation";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Axe AXE = Axe.fromClassPath();

    private static Browser lead;
    private static Browser analyst;

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private PageChecks checks;

    @AfterAll
    static void closeBrowsers() {
        for (Browser browser : new Browser[] {lead, analyst}) {
            if (browser != null) {
                browser.close();
            }
        }
        lead = null;
        analyst = null;
    }

    @Test
    void aLeadSubmitsTheAnalystReturnsItOnceAndAcceptsItTheSecondTimeAndTheBoardReadsItsHistory() throws IOException {
        checks = new PageChecks(AXE, new Routes(mapping));
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        String analystName = account("browser-analyst-" + suffix, Role.ANALYST, Set.of());
        String leadName = account("browser-lead-" + suffix, Role.LEAD_OFFICER, Set.of(LEAD));
        String boardName = account("browser-board-" + suffix, Role.BOARD_MEMBER, Set.of());
        String cycleName = "Browser cycle " + suffix;
        LocalDate deadline = LocalDate.now().plusDays(30);
        analyst = Browser.start(baseUrl());
        lead = Browser.start(baseUrl());
        analyst.signIn(analystName, PASSWORD);
        lead.signIn(leadName, PASSWORD);

        String cycle = openCycle(cycleName, deadline);

        String item = findDueUpdate(cycleName, deadline);
        saveADraftThatTheAnalystCannotSee(cycle, item);
        attachEvidence(cycle, item);
        submit("At risk");

        returnWithAComment(cycle, item, leadName);
        changeAndSubmitAgain(cycleName, analystName);

        accept(cycle, item, leadName);
        theLeadSeesItAccepted(item);
        theBoardReadsItAndItsHistory(cycleName, cycle, item, boardName);

        System.out.printf(
                "axe-core %s: %d pages seen by the lead officer and the board member checked in %.1f s%n",
                AXE.version(), checks.checked(), checks.seconds());
        assertThat(checks.problems())
                .as("accessibility problems on the %d pages the lead officer and board member saw", checks.checked())
                .withFailMessage(() -> String.join("\n\n", checks.problems()))
                .isEmpty();
    }

    /** The analyst opens a cycle of the 2014-15 plan, after the example cycle, with a deadline still to come. */
    private String openCycle(String name, LocalDate deadline) {
        analyst.open("/cycles");
        analyst.driver().findElement(By.linkText("Open a reporting cycle")).click();
        analyst.waitForPath("/cycles/new");
        new Select(analyst.waitFor(By.id("planVersion"))).selectByValue("wm-police-and-crime-plan|2014-15");
        analyst.type(By.id("name"), name);
        date(analyst, "periodStart", LocalDate.of(2014, 11, 25));
        date(analyst, "periodEnd", LocalDate.of(2015, 2, 28));
        date(analyst, "deadline", deadline);
        analyst.type(By.id("meetingName"), "Strategic Policing and Crime Board");
        click(analyst, "Open cycle");

        assertThat(analyst.waitFor(By.id("message")).getText()).isEqualTo("Cycle " + name + " opened.");
        assertThat(analyst.driver().findElement(By.tagName("h1")).getText()).isEqualTo(name);
        assertThat(analyst.path()).matches("/cycles/\\d+");
        WebElement row = cycleRow(REF);
        assertThat(row.getText()).contains(COMMITMENT, LEAD, "Due");
        assertThat(row.findElement(By.tagName("td")).getCssValue("white-space"))
                .as("a reference is not broken at its hyphen")
                .isEqualTo("nowrap");
        return analyst.path();
    }

    /** The lead officer finds the update due in "My updates" and opens it. */
    private String findDueUpdate(String cycleName, LocalDate deadline) {
        lead.driver().findElement(By.linkText("My updates")).click();
        lead.waitForPath("/my-updates");
        check(lead, "My updates, an update due");
        assertThat(lead.driver().findElement(By.tagName("h1")).getText()).isEqualTo("My updates");
        assertThat(lead.driver().findElement(By.id("main-content")).getText()).contains("You lead: " + LEAD + ".");
        WebElement row = myRow("due", cycleName);
        assertThat(row.getText()).contains(COMMITMENT, DAY.format(deadline), "Due");

        row.findElement(By.tagName("a")).click();
        lead.waitFor(By.id("update-form"));
        assertThat(lead.path()).matches("/my-updates/items/\\d+");
        assertThat(lead.driver().findElement(By.tagName("h1")).getText()).isEqualTo(COMMITMENT);
        assertThat(lead.driver().findElement(By.cssSelector(".govuk-caption-l")).getText())
                .isEqualTo(cycleName + " · " + REF);
        assertThat(lead.driver().findElement(By.id("state")).getText()).isEqualTo("Due");
        assertThat(lead.driver().findElement(By.id("main-content")).getText())
                .contains("Deadline: " + DAY.format(deadline), "Nothing has been submitted yet.", "No files attached.");
        check(lead, "the lead's update, not started");
        return lead.path();
    }

    /**
     * Submitting with nothing written is refused, field by field; a draft with a list and a small
     * table is saved and shown as it will read, and neither its words nor its status reach the analyst.
     */
    private void saveADraftThatTheAnalystCannotSee(String cycle, String item) {
        lead.driver().findElement(By.id("submit-update")).click();
        WebElement errors = lead.waitFor(By.cssSelector(".govuk-error-summary"));
        assertThat(errors.getText()).contains("Write the update before submitting it");
        assertThat(lead.driver().getTitle()).startsWith("Error: ");
        assertThat(lead.driver().findElement(By.id("narrative-error")).getText())
                .contains("Write the update before submitting it");
        check(lead, "the lead's update, submitted empty");

        lead.type(
                By.id("narrative"),
                """
                The stop and search action plan was refreshed in January.

                - Body-worn video used in every search
                - Community scrutiny panels in each district

                | Month | Searches |
                | --- | --- |
                | December | 1,345 |
                | January | 1,210 |
                """);
        lead.driver().findElement(By.cssSelector("label[for='status-at-risk']")).click();
        lead.driver().findElement(By.id("save-draft")).click();

        assertThat(lead.waitFor(By.id("message")).getText()).isEqualTo("Draft saved. It is not submitted yet.");
        assertThat(lead.path()).isEqualTo(item);
        assertThat(lead.driver().findElement(By.id("status-at-risk")).isSelected())
                .isTrue();
        WebElement preview = lead.driver().findElement(By.id("narrative-text"));
        assertThat(preview.findElements(By.cssSelector("ul > li"))).hasSize(2);
        assertThat(preview.findElements(By.cssSelector("table tbody tr"))).hasSize(2);
        assertThat(preview.findElement(By.cssSelector("table thead th")).getText())
                .isEqualTo("Month");
        assertThat(preview.findElement(By.tagName("p")).getCssValue("font-family"))
                .as("the narrative is in the pages' typeface, not the browser's serif default")
                .startsWith("arial");
        assertThat(lead.driver().findElement(By.id("main-content")).getText())
                .contains("Nothing has been submitted yet. Drafts are not kept in the history.");
        check(lead, "the lead's update, draft saved");

        analyst.open(cycle);
        assertThat(cycleRow(REF).getText())
                .as("the cycle's table shows the state, never a draft's status")
                .contains("Due")
                .doesNotContain("At risk");
        analyst.open(analystItem(cycle, item));
        assertThat(analyst.waitFor(By.id("no-update")).getText()).startsWith("Nothing has been submitted.");
        assertThat(analyst.driver().findElement(By.id("main-content")).getText())
                .doesNotContain("refreshed in January")
                .doesNotContain("At risk");
    }

    /** Attaching with no file chosen is refused; a real file goes up through the multipart form. */
    private void attachEvidence(String cycle, String item) throws IOException {
        lead.driver().findElement(By.id("attach")).click();
        assertThat(lead.waitFor(By.id("file-error")).getText()).contains("Choose a file to attach");
        assertThat(lead.driver().getTitle()).startsWith("Error: ");
        assertThat(lead.driver().findElement(By.id("narrative")).getDomProperty("value"))
                .as("the saved draft is still in the form")
                .contains("refreshed in January");
        check(lead, "the lead's update, no file chosen");

        Path folder = Files.createTempDirectory("oversight-evidence-");
        Path file = folder.resolve("stop-and-search-figures.csv");
        String content = "month,searches\n2014-12,1345\n2015-01,1210\n";
        try {
            Files.writeString(file, content);
            lead.driver().findElement(By.id("file")).sendKeys(file.toString());
            lead.driver().findElement(By.id("attach")).click();
            assertThat(lead.waitFor(By.id("message")).getText()).isEqualTo("stop-and-search-figures.csv attached.");
        } finally {
            Files.deleteIfExists(file);
            Files.delete(folder);
        }
        assertThat(lead.path()).isEqualTo(item + "#evidence");
        WebElement link = lead.driver().findElement(By.linkText("stop-and-search-figures.csv"));
        assertThat(fetch(lead, link.getDomProperty("href"))).isEqualTo(content);
        assertThat(lead.driver().findElement(By.id("narrative")).getDomProperty("value"))
                .contains("refreshed in January");
        check(lead, "the lead's update, a file attached");

        analyst.open(analystItem(cycle, item));
        assertThat(analyst.waitFor(By.id("evidence")).isDisplayed()).isTrue();
        WebElement analystLink = analyst.driver().findElement(By.linkText("stop-and-search-figures.csv"));
        assertThat(analystLink.findElement(By.xpath("..")).getText())
                .isEqualTo("stop-and-search-figures.csv (" + content.length() + " bytes)");
        assertThat(fetch(analyst, analystLink.getDomProperty("href"))).isEqualTo(content);
    }

    /** The lead submits the update with the status chosen, and "My updates" lists it as submitted. */
    private void submit(String status) {
        assertThat(lead.driver()
                        .findElement(By.cssSelector("input[name='status']:checked + label"))
                        .getText())
                .isEqualTo(status);
        lead.driver().findElement(By.id("submit-update")).click();
        assertThat(lead.waitFor(By.id("message")).getText())
                .isEqualTo("Your update on " + REF + " is submitted to the analyst.");
        assertThat(lead.path()).isEqualTo("/my-updates");
        check(lead, "My updates, an update submitted");
    }

    /** Returning needs a comment; with one, the lead sees the update returned, and why. */
    private void returnWithAComment(String cycle, String item, String leadName) {
        analyst.open(analystItem(cycle, item));
        assertThat(analyst.waitFor(By.id("state")).getText()).isEqualTo("Submitted");
        assertThat(analyst.driver().findElement(By.id("status")).getText()).isEqualTo("At risk");
        assertThat(analyst.driver().findElement(By.id("narrative-text")).getText())
                .contains("refreshed in January", "Body-worn video used in every search");
        assertThat(analyst.driver()
                        .findElement(By.id("update"))
                        .findElement(By.xpath("following-sibling::p[1]"))
                        .getText())
                .startsWith("As submitted by " + leadName + " on ");

        analyst.driver().findElement(By.id("return")).click();
        assertThat(analyst.waitFor(By.id("comment-error")).getText()).contains("Say what the lead should change");
        analyst.type(By.id("comment"), "Please add the figures for February and say what puts it at risk.");
        analyst.driver().findElement(By.id("return")).click();
        assertThat(analyst.waitFor(By.id("message")).getText())
                .isEqualTo("Update on " + REF + " returned to its lead.");
        assertThat(analyst.driver().findElement(By.id("state")).getText()).isEqualTo("Returned");

        lead.open("/my-updates");
        lead.waitFor(By.id("section-returned"));
        check(lead, "My updates, an update returned");
    }

    /** The returned update shows the analyst's comment; the lead changes it and submits it again. */
    private void changeAndSubmitAgain(String cycleName, String analystName) {
        WebElement row = myRow("returned", cycleName);
        assertThat(row.getText()).contains(COMMITMENT, "Returned");
        row.findElement(By.tagName("a")).click();
        assertThat(lead.waitFor(By.id("returned")).getText())
                .contains("The analyst returned your update on " + DAY.format(LocalDate.now()) + ".");
        assertThat(lead.driver().findElement(By.id("return-comment")).getText())
                .as("the comment is shown beside the warning, not only in the history")
                .isEqualTo("Comment from " + analystName
                        + "\nPlease add the figures for February and say what puts it at risk.");
        assertThat(lead.driver().findElement(By.id("state")).getText()).isEqualTo("Returned");
        assertThat(history(lead)).containsExactly("Submitted", "Returned");
        assertThat(lead.driver()
                        .findElement(By.cssSelector(".oversight-return-comment"))
                        .getText())
                .isEqualTo("Comment: Please add the figures for February and say what puts it at risk.");
        assertThat(lead.driver().findElement(By.id("narrative")).getDomProperty("value"))
                .contains("refreshed in January");
        check(lead, "the lead's update, returned");

        lead.type(
                By.id("narrative"),
                """
                The stop and search action plan was refreshed in January; February's figures are in.

                | Month | Searches |
                | --- | --- |
                | December | 1,345 |
                | January | 1,210 |
                | February | 1,180 |
                """);
        lead.driver()
                .findElement(By.cssSelector("label[for='status-on-track']"))
                .click();
        lead.driver().findElement(By.id("submit-update")).click();
        assertThat(lead.waitFor(By.id("message")).getText())
                .isEqualTo("Your update on " + REF + " is submitted to the analyst.");
        assertThat(myRow("submitted", cycleName).getText()).contains(COMMITMENT, "Submitted");
    }

    /** The analyst reads the second submission and accepts it; the history holds the whole round. */
    private void accept(String cycle, String item, String leadName) {
        analyst.open(analystItem(cycle, item));
        assertThat(analyst.waitFor(By.id("status")).getText()).isEqualTo("On track");
        assertThat(analyst.driver().findElement(By.id("narrative-text")).getText())
                .contains("February's figures are in")
                .doesNotContain("Body-worn video");
        analyst.driver().findElement(By.id("accept")).click();
        assertThat(analyst.waitFor(By.id("message")).getText()).isEqualTo("Update on " + REF + " accepted.");
        assertThat(analyst.driver().findElement(By.id("state")).getText()).isEqualTo("Accepted");
        assertThat(analyst.driver().findElements(By.id("review"))).isEmpty();
        assertThat(history(analyst)).containsExactly("Submitted", "Returned", "Submitted", "Accepted");
        assertThat(analyst.driver()
                        .findElement(By.id("history"))
                        .findElement(By.xpath(".."))
                        .getText())
                .contains("Submitted by " + leadName, "Returned by ", "Accepted by ");
    }

    /** Once accepted the lead can no longer change it, and reads it with its history. */
    private void theLeadSeesItAccepted(String item) {
        lead.open("/my-updates");
        lead.waitFor(By.id("section-accepted"));
        check(lead, "My updates, an update accepted");
        lead.open(item);
        assertThat(lead.waitFor(By.id("state")).getText()).isEqualTo("Accepted");
        assertThat(lead.driver().findElements(By.id("update-form"))).isEmpty();
        assertThat(lead.driver().findElements(By.id("file"))).isEmpty();
        assertThat(lead.driver().findElement(By.id("narrative-text")).getText()).contains("February's figures are in");
        assertThat(history(lead)).containsExactly("Submitted", "Returned", "Submitted", "Accepted");
        check(lead, "the lead's update, accepted");
    }

    /** A board member reads the cycle and the accepted update, with its history, and cannot review it. */
    private void theBoardReadsItAndItsHistory(String cycleName, String cycle, String item, String boardName) {
        lead.forgetSession();
        lead.signIn(boardName, PASSWORD);
        Browser board = lead;
        board.driver().findElement(By.linkText("Reporting cycles")).click();
        board.waitForPath("/cycles");
        check(board, "cycles, as a board member");
        board.driver().findElement(By.linkText(cycleName)).click();
        board.waitForPath(cycle);
        check(board, "a cycle, as a board member");
        assertThat(board.driver().findElements(By.linkText("Delegate a lead to a deputy")))
                .isEmpty();
        board.driver().findElement(By.linkText(COMMITMENT)).click();
        board.waitForPath(analystItem(cycle, item));
        assertThat(board.waitFor(By.id("state")).getText()).isEqualTo("Accepted");
        assertThat(board.driver().findElement(By.id("status")).getText()).isEqualTo("On track");
        assertThat(history(board)).containsExactly("Submitted", "Returned", "Submitted", "Accepted");
        assertThat(board.driver().findElements(By.id("review"))).isEmpty();
        assertThat(board.driver().findElements(By.id("override"))).isEmpty();
        assertThat(board.driver().findElement(By.linkText("stop-and-search-figures.csv")))
                .isNotNull();
        check(board, "an update, as a board member");
    }

    private String account(String name, Role role, Set<String> leads) {
        accounts.add(
                name,
                new UserAccounts.Details(role, name + "@example.org", null, leads),
                PASSWORD.toCharArray(),
                "test");
        return name;
    }

    /** The analyst's (and board's) address of the lead's item: the cycle's address and the item's id. */
    private static String analystItem(String cycle, String item) {
        return cycle + "/items/" + item.substring(item.lastIndexOf('/') + 1);
    }

    /** The row of the analyst's cycle page for the commitment. */
    private static WebElement cycleRow(String ref) {
        List<WebElement> rows =
                analyst.driver().findElements(By.xpath("//tr[td[1][normalize-space(.)='" + ref + "']]"));
        assertThat(rows).as("rows for %s", ref).hasSize(1);
        return rows.get(0);
    }

    /** The row of "My updates" in the section for the commitment in the cycle. */
    private static WebElement myRow(String section, String cycleName) {
        List<WebElement> rows = lead.driver().findElements(By.cssSelector("#section-" + section + " tbody tr")).stream()
                .filter(row -> row.getText().contains(REF) && row.getText().contains(cycleName))
                .toList();
        assertThat(rows).as("rows of %s in section %s", REF, section).hasSize(1);
        return rows.get(0);
    }

    /** What happened, in order, as the history lists it. */
    private static List<String> history(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".oversight-history__entry h3")).stream()
                .map(heading -> heading.getText().split(" by ")[0])
                .toList();
    }

    /** The body of a GET of the address, fetched inside the page with the browser's own session. */
    private static String fetch(Browser browser, String address) {
        return (String) browser.driver()
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));",
                        address);
    }

    /** Sets a date field as the browser's date picker would. */
    private static void date(Browser browser, String id, LocalDate date) {
        browser.driver()
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, date.toString());
    }

    private static void click(Browser browser, String text) {
        browser.driver()
                .findElement(By.xpath("//main//button[normalize-space(.)='" + text + "']"))
                .click();
    }

    /** Checks the page with axe-core and the basics, and keeps a screenshot of it for people to look at. */
    private void check(Browser browser, String name) {
        checks.check(browser, name, 200);
        browser.screenshot(
                "cycle-round-" + name.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT));
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
