package org.oversight.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.oversight.accounts.Role;
import org.oversight.accounts.domain.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A Board meeting in Chromium, as the people doing it see it: an analyst creates the meeting, drafts
 * its report, writes the executive summary and freezes it; a board member reads the report, adopts
 * a proposed question in their own words and raises another; the lead officer answers it; the
 * analyst sets an action and records progress on a summit's action. Every page on the way is
 * checked with axe-core. Skipped, saying so, where chromium and chromedriver are not installed.
 */
@ExtendWith(Browser.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BoardInTheBrowserTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final Axe AXE = Axe.fromClassPath();

    private static Browser analyst;
    private static Browser member;
    private static Browser lead;

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
        for (Browser browser : new Browser[] {analyst, member, lead}) {
            if (browser != null) {
                browser.close();
            }
        }
        analyst = null;
        member = null;
        lead = null;
    }

    @Test
    void anAnalystFreezesTheReportAMemberQuestionsItTheLeadAnswersAndTheTrackerCarriesAnAction() {
        checks = new PageChecks(AXE, new Routes(mapping));
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        LocalDate day = LocalDate.of(2030, 1, 1).plusDays(Long.parseLong(suffix) % 3000);
        analyst = signedIn(account("board-analyst-" + suffix, Role.ANALYST, Set.of()));
        member = signedIn(account("board-member-" + suffix, Role.BOARD_MEMBER, Set.of()));
        lead = signedIn(account("board-lead-" + suffix, Role.LEAD_OFFICER, Set.of("ACC Operations")));

        String meeting = createMeeting(day);
        draftEditAndFreeze(meeting);
        String question = theMemberAdoptsAPromptAndRaisesAQuestion(meeting);
        theLeadAnswers(question);
        theAnalystSetsAnActionAndUpdatesAnActionPlan(meeting, day);

        System.out.printf(
                "axe-core %s: %d Board pages checked in %.1f s%n", AXE.version(), checks.checked(), checks.seconds());
        assertThat(checks.problems())
                .withFailMessage(() -> String.join("\n\n", checks.problems()))
                .isEmpty();
    }

    private String createMeeting(LocalDate day) {
        analyst.open("/board");
        check(analyst, "Board meetings");
        analyst.driver().findElement(By.linkText("Create a meeting")).click();
        analyst.waitForPath("/board/meetings/new");
        click(analyst, "Create meeting");
        analyst.waitFor(By.cssSelector(".govuk-error-summary"));
        check(analyst, "new meeting, a mistake shown");
        new Select(analyst.waitFor(By.id("planVersion"))).selectByValue("wm-police-and-crime-plan|2014-15");
        analyst.driver().executeScript("document.getElementById('meetingOn').value = arguments[0];", day.toString());
        analyst.type(By.id("name"), "Strategic Policing and Crime Board");
        new Select(analyst.driver().findElement(By.id("cycle"))).selectByValue("December 2014 Board");
        analyst.type(By.id("agenda"), "Item 10: performance against the plan");
        click(analyst, "Create meeting");
        analyst.waitFor(By.cssSelector(".govuk-notification-banner"));
        assertThat(analyst.path()).matches("/board/meetings/\\d+");
        check(analyst, "meeting just created");
        return analyst.path();
    }

    private void draftEditAndFreeze(String meeting) {
        click(analyst, "Draft the report");
        analyst.waitFor(By.linkText("Edit the executive summary")).click();
        analyst.waitForPath(meeting + "/report/sections/executive-summary");
        analyst.type(By.id("text"), "");
        click(analyst, "Save in the draft");
        analyst.waitFor(By.cssSelector(".govuk-error-summary"));
        check(analyst, "executive summary, a mistake shown");
        analyst.type(By.id("text"), "Crime has fallen and confidence has risen.");
        click(analyst, "Save in the draft");
        assertThat(analyst.waitFor(By.cssSelector(".govuk-notification-banner")).getText())
                .contains("Executive summary saved in the draft.");
        click(analyst, "Freeze version 1");
        assertThat(analyst.waitFor(By.cssSelector(".govuk-notification-banner")).getText())
                .contains("Version 1 is frozen: it will never change.");
        analyst.driver().findElement(By.partialLinkText("Read the report")).click();
        analyst.waitForPath(meeting + "/report");
        assertThat(analyst.driver().findElement(By.tagName("h1")).getText())
                .isEqualTo(
                        "Performance against the 2014-15 Milestones and Deliverables in the Police and Crime Plan 2014-15");
        assertThat(analyst.driver().findElement(By.tagName("main")).getText())
                .contains("Crime has fallen and confidence has risen.", "Summary of exceptions", "Frozen");
        check(analyst, "the frozen report in the page");
    }

    private String theMemberAdoptsAPromptAndRaisesAQuestion(String meeting) {
        member.open(meeting);
        check(member, "a meeting as a board member sees it");
        assertThat(member.driver().findElements(By.xpath("//main//button[normalize-space(.)='Freeze version 1']")))
                .isEmpty();
        member.driver()
                .findElement(By.cssSelector("#meeting-prompts ~ table a"))
                .click();
        member.waitFor(By.id("text"));
        check(member, "a proposed question");
        member.type(By.id("text"), "When will the Board have the update on the local policing and crime boards?");
        click(member, "Adopt the question");
        member.waitFor(By.cssSelector(".govuk-notification-banner"));
        assertThat(member.driver().findElement(By.tagName("main")).getText()).contains("Adopted");

        member.driver().findElement(By.linkText("Raise a question")).click();
        member.waitForPath(meeting + "/questions/new");
        new Select(member.waitFor(By.id("subject"))).selectByValue("commitment:4.1-5");
        member.type(By.id("text"), "How many stop and search elements remain to be delivered?");
        click(member, "Raise the question");
        member.waitFor(By.cssSelector(".govuk-notification-banner"));
        assertThat(member.driver().findElement(By.id("meeting-questions")).isDisplayed())
                .isTrue();
        assertThat(member.driver().findElement(By.tagName("main")).getText())
                .contains("How many stop and search elements remain to be delivered?", "Not answered yet.");
        return "How many stop and search elements remain to be delivered?";
    }

    private void theLeadAnswers(String question) {
        lead.open("/");
        lead.driver().findElement(By.linkText("Board questions")).click();
        lead.waitForPath("/board/questions");
        check(lead, "Board questions to answer");
        lead.driver().findElement(By.linkText(question)).click();
        lead.waitFor(By.id("answer"));
        check(lead, "answering a Board question");
        lead.type(By.id("answer"), "Five of the sixteen elements remain; all are due by March.");
        click(lead, "Send the answer");
        lead.waitForPath("/board/questions");
        assertThat(lead.driver().findElement(By.tagName("main")).getText())
                .contains("Answer saved", "There are no questions for you to answer.");
    }

    private void theAnalystSetsAnActionAndUpdatesAnActionPlan(String meeting, LocalDate day) {
        analyst.open(meeting);
        analyst.driver().findElement(By.linkText("Set an action")).click();
        analyst.waitForPath(meeting + "/actions/new");
        analyst.type(By.id("text"), "Report back on stop and search outcomes");
        analyst.type(By.id("owner"), "ACC Operations");
        analyst.driver()
                .executeScript(
                        "document.getElementById('dueOn').value = arguments[0];",
                        day.plusDays(60).toString());
        click(analyst, "Set the action");
        analyst.waitFor(By.cssSelector(".govuk-notification-banner"));
        assertThat(analyst.driver().findElement(By.tagName("main")).getText())
                .contains("Report back on stop and search outcomes", "Five of the sixteen elements remain");
        analyst.driver()
                .findElement(By.linkText("Report back on stop and search outcomes"))
                .click();
        analyst.waitFor(By.id("note"));
        check(analyst, "a Board action");

        analyst.open("/board/action-plans/stop-and-search-summit-2013");
        check(analyst, "a summit's action plan");
        analyst.driver().findElement(By.cssSelector("#action-15 a")).click();
        analyst.waitFor(By.id("progress"));
        analyst.type(By.id("progress"), "Body worn cameras issued to response officers.");
        click(analyst, "Save progress");
        analyst.waitFor(By.cssSelector(".govuk-notification-banner"));
        assertThat(analyst.driver().findElement(By.id("action-15")).getText())
                .contains("Body worn cameras issued to response officers.");
    }

    private Browser signedIn(String name) {
        Browser browser = Browser.start(baseUrl());
        browser.signIn(name, PASSWORD);
        return browser;
    }

    private String account(String name, Role role, Set<String> leads) {
        accounts.add(
                name,
                new UserAccounts.Details(role, name + "@example.org", null, leads),
                PASSWORD.toCharArray(),
                "test");
        return name;
    }

    private static void click(Browser browser, String text) {
        browser.driver()
                .findElement(By.xpath("//main//button[normalize-space(.)='" + text + "']"))
                .click();
    }

    /** Checks the page with axe-core and the basics, and keeps a screenshot of it for people to look at. */
    private void check(Browser browser, String name) {
        checks.check(browser, name, 200);
        browser.screenshot("board-" + name.replaceAll("[^A-Za-z0-9]+", "-"));
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
