package org.oversight.browser;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.oversight.accounts.Role;
import org.oversight.accounts.domain.UserAccounts;
import org.oversight.finance.FinanceApi;
import org.oversight.policedata.PoliceDataKind;
import org.oversight.policedata.web.RunningImport;
import org.oversight.shared.FinancialYear;
import org.oversight.testdata.TestData;
import org.springframework.context.ApplicationContext;

/**
 * The forms and states that following links cannot reach, each brought about as people would (a
 * form sent with mistakes, an edit that conflicts, an upload) and then checked. Every form sent here
 * is either refused (nothing changes) or changes only what this list itself made: a plan of its
 * own, and uploaded copies of the real samples.
 */
final class PageStates {

    private static final String WM_PLAN = "/plans/wm-police-and-crime-plan/versions/2014-15";
    private static final String PERFORMANCE = "/performance/plans/wm-police-and-crime-plan/versions/2014-15";
    private static final String BURGLARY = PERFORMANCE + "/measures/4.6/4.6-m3";
    private static final String OWN_PLAN = "/plans/browser-check-plan/versions/2025-26";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final By ERRORS = By.cssSelector(".govuk-error-summary");

    private final Browser browser;
    private final PageChecks checks;
    private final ApplicationContext context;
    private final Map<PoliceDataKind, Long> batches;
    private final String district;

    PageStates(
            Browser browser,
            PageChecks checks,
            ApplicationContext context,
            Map<PoliceDataKind, Long> batches,
            String district) {
        this.browser = browser;
        this.checks = checks;
        this.context = context;
        this.batches = batches;
        this.district = district;
    }

    /** Brings about and checks each state in turn; returns how many were checked. */
    int checkEach() throws IOException {
        int before = checks.checked();
        asAVisitor();
        browser.signIn(EveryPageIsAccessibleTest.ADMIN, EveryPageIsAccessibleTest.PASSWORD);
        planForms();
        policeDataPages();
        performancePages();
        auditPages();
        aLeadOfficersUpdatesAndAResetLink();
        indicatorPages();
        financePages();
        boardPages();
        errorPages();
        signingOut();
        passwordReset();
        return checks.checked() - before;
    }

    private void asAVisitor() {
        browser.forgetSession();
        page("home page, signed out", "/");
        page("sign-in", "/sign-in");
        page("sign-in, wrong password", "/sign-in?error");
        page("sign-in, locked out", "/sign-in?locked");
        page("a plan as the public sees it", WM_PLAN);
        page("performance as the public sees it", PERFORMANCE);
        page("finance as the public sees it", "/public/finance");
        page("a budget as the public sees it", "/public/finance/budgets/2019-20");
        page("the decisions register as the public sees it", "/public/decisions?q=tasers&year=2018-19");
        page(
                "stop and search for a financial year, officer-defined",
                "/stop-search?period=year&ethnicity=officer-defined");
        page("stop and search, a month that is not one", "/stop-search?to=April");
        page("stop and search figures not found", "/stop-search/summary.csv?force=atlantis", 404);
    }

    private void planForms() throws IOException {
        browser.open(WM_PLAN + "?lead=ACC+Operations");
        browser.waitFor(By.id("filter-result"));
        check("a plan filtered by lead", 200);

        browser.open("/plans/new");
        click("Create plan");
        browser.waitFor(ERRORS);
        check("new plan, every mistake shown", 200);

        browser.open("/plans/new");
        browser.type(By.id("title"), "Browser check plan");
        browser.type(By.id("key"), "browser-check-plan");
        browser.type(By.id("force"), "West Midlands Police");
        browser.type(By.id("label"), "2025-26");
        click("Create plan");
        browser.waitForPath(OWN_PLAN);
        check("new plan, created", 200);

        browser.open(OWN_PLAN + "/objectives/new");
        browser.type(By.id("title"), "An objective to edit twice");
        click("Save objective");
        browser.waitFor(By.id("saved-message"));
        check("objective saved", 200);

        conflictingEdit();

        browser.open(WM_PLAN + "/objectives/6/measures/1");
        browser.type(By.id("text"), "");
        click("Save measure");
        browser.waitFor(ERRORS);
        check("measure, a mistake shown", 200);

        Path refused = Files.createTempFile("oversight-plan-", ".yaml");
        try {
            Files.writeString(refused, "plan:\n  key: Not A Key\n  versions: 7\n");
            browser.open("/plans/import");
            browser.driver().findElement(By.name("file")).sendKeys(refused.toString());
            click("Import");
            browser.waitFor(ERRORS);
            check("plan file refused, its problems listed", 200);
        } finally {
            Files.deleteIfExists(refused);
        }
    }

    /** The same objective changed in two tabs: the second save is refused, showing both. */
    private void conflictingEdit() {
        WebDriver driver = browser.driver();
        String first = driver.getWindowHandle();
        browser.open(OWN_PLAN + "/objectives/1");
        driver.switchTo().newWindow(WindowType.TAB);
        browser.open(OWN_PLAN + "/objectives/1");
        browser.type(By.id("title"), "Changed in the second tab");
        click("Save objective");
        browser.waitFor(By.id("saved-message"));
        driver.close();
        driver.switchTo().window(first);
        browser.type(By.id("description"), "Typed in the first tab, out of date");
        click("Save objective");
        browser.waitFor(By.id("conflict-message"));
        check("objective, conflicting edit", 200);
    }

    private void policeDataPages() throws IOException {
        for (Map.Entry<PoliceDataKind, Long> batch : batches.entrySet()) {
            page("batch of " + batch.getKey(), "/police-data/batches/" + batch.getValue());
        }

        browser.open("/police-data/upload");
        click("Upload and import");
        browser.waitFor(ERRORS);
        check("upload, no file chosen", 200);

        Path samples = TestData.realData();
        Path folder = Files.createTempDirectory("oversight-upload-check-");
        try {
            // The files keep the names data.police.uk gives them, which say their month, force and kind.
            Path street = Files.copy(
                    samples.resolve("2024-04-west-midlands-street-head.csv"),
                    folder.resolve("2024-04-west-midlands-street.csv"));
            Path searches = Files.copy(
                    samples.resolve("2024-04-wiltshire-stop-and-search.csv"),
                    folder.resolve("2024-04-wiltshire-stop-and-search.csv"));
            browser.open("/police-data/upload");
            browser.driver().findElement(By.name("files")).sendKeys(street + "\n" + searches);
            click("Upload and import");
            new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.titleContains("Import finished"));
            String summary = browser.waitFor(By.id("job-summary")).getText();
            if (!summary.equals("2 files: 2 imported")) {
                checks.problem("the upload of the two samples ended with \"" + summary + "\"");
            }
            check("upload, import finished", 200);
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }

        try (RunningImport running = RunningImport.start(context, "browser-check-running", "browser-admin")) {
            page("upload, import running", "/police-data/imports/browser-check-running");
            running.interrupt();
            page("upload, import interrupted", "/police-data/imports/browser-check-running");
        }
    }

    /**
     * A spending file imported (then removed), refused files and forms with mistakes, and a
     * monitoring return added to an example award and removed again.
     */
    private void financePages() throws IOException {
        Path folder = Files.createTempDirectory("oversight-finance-check-");
        try {
            Path bad = Files.writeString(
                    folder.resolve("spending-bad.csv"),
                    "Transaction Date,Supplier,Net Amount\n02/04/2024,Acme,six hundred\n");
            browser.open("/finance/spending/import");
            browser.type(By.id("month"), "2024-04");
            browser.driver().findElement(By.name("file")).sendKeys(bad.toString());
            click("Import");
            browser.waitFor(By.id("import-problems"));
            check("spending file refused, its problems listed", 200);

            Path sample = folder.resolve("spending-2024-04.csv");
            try (var in = PageStates.class.getResourceAsStream("/finance/spending-2024-04.csv")) {
                Files.copy(in, sample);
            }
            browser.open("/finance/spending/import");
            browser.type(By.id("month"), "2024-04");
            browser.driver().findElement(By.name("file")).sendKeys(sample.toString());
            click("Import");
            browser.waitFor(By.id("saved-message"));
            check("spending file imported", 200);
            page("a spending file as the public sees it", "/public/finance/spending/2024-04");
            page("spending file, confirm removal", "/finance/spending/2024-04/remove");
            click("Remove file");
            browser.waitFor(By.id("saved-message"));
            check("spending file removed", 200);

            Path decisions = Files.writeString(
                    folder.resolve("decisions-bad.csv"), "number,title,date,decision_maker\nX 1,A title,31/02/2030,\n");
            browser.open("/decisions/import");
            browser.driver().findElement(By.name("file")).sendKeys(decisions.toString());
            click("Import");
            browser.waitFor(By.id("import-problems"));
            check("decisions file refused, its problems listed", 200);
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }

        browser.open("/finance/budgets/2014-15/lines/new");
        click("Add line");
        browser.waitFor(ERRORS);
        check("budget line, every mistake shown", 200);

        browser.open("/decisions/new");
        click("Add decision");
        browser.waitFor(ERRORS);
        check("new decision, every mistake shown", 200);

        long award = context.getBean(FinanceApi.class)
                .grantRound("victims-services", FinancialYear.parse("2018/19"))
                .orElseThrow()
                .awards()
                .get(0)
                .id();
        browser.open("/finance/grants/awards/" + award + "/returns/new");
        browser.type(By.id("period"), "Q1 2018/19");
        click("Save return");
        browser.waitFor(By.id("saved-message"));
        page("monitoring return", "/finance/grants/awards/" + award + "/returns/1");
        click("Remove return");
        browser.waitFor(By.id("saved-message"));
        check("monitoring return removed", 200);
    }

    private void performancePages() {
        String area = "?area=" + URLEncoder.encode(district, StandardCharsets.UTF_8);
        String set = "?area=" + URLEncoder.encode(EveryPageIsAccessibleTest.AREA_SET, StandardCharsets.UTF_8);
        page("performance, a district", PERFORMANCE + area);
        page("performance, an area set", PERFORMANCE + set);
        page("measure, the force", BURGLARY);
        page("measure, a district", BURGLARY + area);
        page("measure, an area set", BURGLARY + set);
        page("peer groups", "/performance/peer-groups");
    }

    /**
     * What only a lead officer sees (their updates and one of them), and the page a one-time reset
     * link opens: an account of this list's own, leading whatever the example plans' first lead is.
     */
    private void aLeadOfficersUpdatesAndAResetLink() {
        UserAccounts accounts = context.getBean(UserAccounts.class);
        String lead = "browser-lead";
        if (accounts.byName(lead).isEmpty()) {
            java.util.SortedSet<String> known = accounts.knownLeads();
            String leads = known.contains("ACC Local Policing") ? "ACC Local Policing" : known.first();
            accounts.add(
                    lead,
                    new UserAccounts.Details(Role.LEAD_OFFICER, null, null, java.util.Set.of(leads)),
                    EveryPageIsAccessibleTest.PASSWORD.toCharArray(),
                    "browser-test");
        }
        browser.forgetSession();
        browser.signIn(lead, EveryPageIsAccessibleTest.PASSWORD);
        page("my updates, as a lead officer", "/my-updates");
        java.util.List<org.openqa.selenium.WebElement> items =
                browser.driver().findElements(By.cssSelector("main a[href*='/my-updates/items/']"));
        if (items.isEmpty()) {
            checks.problem("the lead officer's updates list no item to open");
        } else {
            items.get(0).click();
            browser.waitFor(By.tagName("h1"));
            check("an update, as its lead officer", 200);
        }

        browser.forgetSession();
        page(
                "reset password, from a one-time link",
                "/reset-password/" + accounts.issueResetToken(lead, "browser-test"));
        browser.signIn(EveryPageIsAccessibleTest.ADMIN, EveryPageIsAccessibleTest.PASSWORD);
    }

    private void auditPages() {
        page("audit trail, a day that cannot be read", "/audit?from=31%2F2%2F2026&to=6%2F12%2F2026");
        page("audit trail, no entry matches the filter", "/audit?user=nobody-at-all");
    }

    private void indicatorPages() throws IOException {
        browser.open("/indicators/new?kind=police-street-count");
        browser.type(By.id("name"), "Bicycle theft previewed");
        browser.type(By.id("code"), "bicycle-theft-previewed");
        click("Preview the monthly figures");
        browser.waitFor(By.id("preview"));
        check("indicator, its monthly figures previewed (not saved)", 200);

        browser.open("/indicators/new?kind=stop-and-search-rate");
        click("Save the indicator");
        browser.waitFor(ERRORS);
        check("indicator, every mistake shown", 200);

        Path refused = Files.createTempFile("oversight-indicators-", ".yaml");
        try {
            Files.writeString(
                    refused,
                    "format: oversight-indicators/1\nindicators:\n  - code: Not A Code\n    source: {kind: police-street-count,"
                            + " crimeTypes: [Business crime]}\n");
            browser.open("/indicators/import");
            browser.driver().findElement(By.name("file")).sendKeys(refused.toString());
            click("Import");
            browser.waitFor(ERRORS);
            check("indicator file refused, its problems listed", 200);
        } finally {
            Files.deleteIfExists(refused);
        }

        browser.open(BURGLARY + "/indicator");
        browser.driver().findElement(By.cssSelector("label[for='reads']")).click();
        new Select(browser.waitFor(By.id("indicator"))).selectByValue("burglary-positive-outcome-rate");
        click("Save");
        browser.waitFor(ERRORS);
        check("measure link refused: the indicator's unit is not the measure's", 200);

        browser.open("/settings/force");
        browser.type(By.id("officeName"), "");
        click("Save");
        browser.waitFor(ERRORS);
        check("force settings, a mistake shown", 200);
    }

    /**
     * A meeting of its own with a frozen report, a question and an action (the example meeting's
     * report is a draft with none): the new-version form, the answer form and the action's page,
     * each also with a mistake shown.
     */
    private void boardPages() {
        var meetings = context.getBean(org.oversight.board.meeting.Meetings.class);
        var reports = context.getBean(org.oversight.board.report.BoardReports.class);
        java.time.LocalDate day = java.time.LocalDate.of(2040, 1, 1).plusDays(System.nanoTime() % 3000);
        var meeting = meetings.create(
                new org.oversight.board.meeting.Meetings.CreateMeeting(
                        "wm-police-and-crime-plan",
                        "2014-15",
                        day,
                        "Strategic Policing and Crime Board",
                        "December 2014 Board",
                        "Item 1",
                        "Chair"),
                false,
                EveryPageIsAccessibleTest.ADMIN);
        reports.draft(meeting, EveryPageIsAccessibleTest.ADMIN);
        reports.freeze(meeting, EveryPageIsAccessibleTest.ADMIN);
        var question = context.getBean(org.oversight.board.tracker.Questions.class)
                .raise(
                        meeting,
                        new org.oversight.board.tracker.Questions.Subject(
                                org.oversight.board.tracker.SubjectKind.REPORT,
                                null,
                                "The report",
                                java.util.List.of()),
                        "Why did robbery fall?",
                        EveryPageIsAccessibleTest.ADMIN);
        var action = context.getBean(org.oversight.board.tracker.Actions.class)
                .set(
                        meeting,
                        null,
                        "Report on robbery",
                        "ACC Crime",
                        day.plusDays(30),
                        EveryPageIsAccessibleTest.ADMIN);
        String page = "/board/meetings/" + meeting.id();

        page("a meeting whose report is frozen", page);
        browser.open(page + "/report/new-version");
        click("Start the new version");
        browser.waitFor(ERRORS);
        check("new version of a report, no note given", 200);

        browser.open("/board/questions/" + question.id() + "/answer");
        click("Send the answer");
        browser.waitFor(ERRORS);
        check("answering a Board question, no answer given", 200);

        page("a Board action", "/board/actions/" + action.id());
        click("Note progress");
        browser.waitFor(ERRORS);
        check("a Board action, no progress given", 200);

        browser.open(page + "/questions/new");
        click("Raise the question");
        browser.waitFor(ERRORS);
        check("raising a question, no question given", 200);
        page("no such meeting", "/board/meetings/999999999", 404);
    }

    private void errorPages() {
        page("no such page", "/no-such-page", 404);
        page("no such plan", "/plans/no-such-plan", 404);
        page("no such batch", "/police-data/batches/999999999", 404);
        page("no such import", "/police-data/imports/no-such-import", 404);
        page("no such audit entry", "/audit/entries/999999999", 404);
        page("a parameter holding a NUL character: refused", PERFORMANCE + "?area=%00", 400);
        page("a parameter of the wrong kind: refused", PERFORMANCE + "?asAt=not-a-month", 400);

        browser.open(OWN_PLAN + "/objectives/1");
        browser.driver().executeScript("document.getElementById('description').value = 'x'.repeat(300000);");
        click("Save objective");
        check("a form over the size limit: refused", 413);

        browser.open("/plans/new");
        browser.driver().executeScript("document.querySelector('main form input[name=_csrf]').remove();");
        click("Create plan");
        check("form sent without its token: refused", 403);
    }

    private void signingOut() {
        browser.driver()
                .findElement(By.cssSelector("form[action$='/sign-out'] button"))
                .click();
        browser.waitForPath("/?signed-out");
        browser.waitFor(By.id("signed-out-title"));
        check("home page, just signed out", 200);
    }

    /** A one-time link as its owner opens it, signed out: a password refused, then one set; and a spent link. */
    private void passwordReset() {
        UserAccounts accounts = context.getBean(UserAccounts.class);
        String owner = "browser-reset-" + System.nanoTime() % 1_000_000;
        accounts.add(owner, Role.ANALYST, EveryPageIsAccessibleTest.PASSWORD.toCharArray());
        String link = "/reset-password/" + accounts.issueResetToken(owner, EveryPageIsAccessibleTest.ADMIN);
        page("password reset link", link);
        browser.type(By.id("password"), "short");
        browser.type(By.id("confirmation"), "short");
        click("Set password");
        browser.waitFor(ERRORS);
        check("password reset link, a password refused", 200);
        browser.type(By.id("password"), EveryPageIsAccessibleTest.PASSWORD + " again");
        browser.type(By.id("confirmation"), EveryPageIsAccessibleTest.PASSWORD + " again");
        click("Set password");
        browser.waitForPath("/sign-in?password-set=");
        check("sign-in, password just set", 200);
        page("password reset link, spent", link);
    }

    private void page(String name, String path) {
        page(name, path, 200);
    }

    private void page(String name, String path, int status) {
        browser.open(path);
        check(name, status);
    }

    private void check(String name, int status) {
        checks.check(browser, name, status);
    }

    /** Clicks the button with exactly that text (never a remove button by accident). */
    private void click(String text) {
        browser.driver()
                .findElement(By.xpath("//main//button[normalize-space(.)='" + text + "']"))
                .click();
    }
}
