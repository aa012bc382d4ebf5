package org.oversight.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oversight.accounts.Role;
import org.oversight.accounts.domain.UserAccounts;
import org.oversight.policedata.FileImportResult;
import org.oversight.policedata.ImportBatch;
import org.oversight.policedata.ImportListener;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.PoliceDataKind;
import org.oversight.policedata.demo.DemonstrationData;
import org.oversight.updates.CycleTestData;
import org.oversight.updates.domain.Cycles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page of Oversight, checked in Chromium with axe-core against WCAG 2.2 A and AA and axe's
 * best practices, and for a title, one h1 and one main landmark. Pages are found by following links
 * from the home page as an administrator, who sees nearly every page, so that pages added later are
 * checked too, and then through their own parts of the site as a lead officer and a board member;
 * forms and states that no link reaches (errors shown, a conflict, an import running) and the public's
 * view of the main pages are listed in {@link PageStates}, and a lead's update in each of its states
 * is checked by {@link ReportingCycleInTheBrowserTest}. Every page Oversight's controllers
 * draw must be reached one way or the other. Skipped, saying so, where chromium and chromedriver are
 * not installed.
 */
@ExtendWith(Browser.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EveryPageIsAccessibleTest {

    static final String ADMIN = "browser-admin";
    static final String PASSWORD = "correct horse battery staple";
    static final String AREA_SET = "Browser check areas";
    /** Far more kinds of page than Oversight has: a crawl that reaches it has gone wrong. */
    private static final int CAP = 150;

    private static final Axe AXE = Axe.fromClassPath();

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PoliceDataApi policeData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Cycles cycles;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void everyPageIsAccessible() throws IOException {
        loadPoliceData();
        // A published and corrected quarter, so that the publication office's pages have something to show.
        PublicationTestData.publish(context);
        if (accounts.all().stream().noneMatch(account -> account.username().equals(ADMIN))) {
            accounts.add(ADMIN, Role.ADMIN, PASSWORD.toCharArray());
        }
        Routes routes = new Routes(mapping);
        PageChecks checks = new PageChecks(AXE, routes);

        try (Browser browser = Browser.start(baseUrl())) {
            long start = System.nanoTime();
            browser.signIn(ADMIN, PASSWORD);
            int kinds = new SiteCrawl(browser, baseUrl(), routes, checks, CAP)
                    .crawl(List.of("/"))
                    .size();
            report(kinds + " kinds of page reached by following links as an administrator", start);

            start = System.nanoTime();
            int states = new PageStates(
                            browser, checks, context, batches(), districts().get(0))
                    .checkEach();
            report(states + " forms and states that no link reaches", start);

            start = System.nanoTime();
            int others = crawlAsTheOtherRoles(browser, routes, checks);
            report(others + " kinds of page as a lead officer and a board member see them", start);
        }

        for (String page : routes.pages()) {
            if (!checks.covered().contains(page)) {
                checks.problem("no link and no listed state reaches " + page
                        + ": link to it from another page or add it to PageStates");
            }
        }
        System.out.printf(
                "axe-core %s: %d pages checked, %d of Oversight's %d kinds of page (%.1f s in the checks)%n",
                AXE.version(),
                checks.checked(),
                checks.covered().size(),
                routes.pages().size(),
                checks.seconds());
        assertNoProblems(checks);
    }

    /** A role's own part of the site: who signs in, and the paths that part begins with. */
    private record OwnPart(String username, String path) {}

    /**
     * The pages a lead officer and a board member see otherwise than an administrator: "My updates"
     * and the lead's own update with its forms (which an administrator cannot open at all), and the
     * reporting cycles without the analyst's forms. Only those parts are crawled again, which keeps
     * it quick: elsewhere these roles see what the public or the administrator sees, checked above.
     * A cycle still open is made first, so that the lead's update page shows its writing and
     * evidence forms ("My updates" lists due updates before accepted ones).
     */
    private int crawlAsTheOtherRoles(Browser browser, Routes routes, PageChecks checks) {
        CycleTestData data = new CycleTestData(cycles, accounts);
        data.cycle(LocalDate.now().plusDays(30), ADMIN);
        List<OwnPart> parts = List.of(
                new OwnPart(data.leadOfficer(null, "ACC Operations"), "/my-updates"),
                new OwnPart(data.account(Role.BOARD_MEMBER), "/cycles"));
        int kinds = 0;
        for (OwnPart part : parts) {
            browser.forgetSession();
            browser.signIn(part.username(), CycleTestData.PASSWORD);
            kinds += new SiteCrawl(browser, baseUrl(), routes, checks, CAP)
                    .crawl(List.of(part.path()), List.of(part.path()))
                    .size();
        }
        return kinds;
    }

    /**
     * Four months of generated demonstration data (so that performance pages draw charts and
     * tables for the force, its districts and an area set), loaded through the importer.
     */
    private void loadPoliceData() throws IOException {
        if (policeData.areaSets().stream().anyMatch(set -> set.name().equals(AREA_SET))) {
            return;
        }
        Path folder = Files.createTempDirectory("oversight-browser-");
        try {
            DemonstrationData.write(folder.resolve("data"), YearMonth.of(2014, 12), 4, 2014L);
            List<FileImportResult> results = policeData.importPaths(
                    List.of(folder.resolve("data")), true, "browser-test", new ImportListener() {});
            assertThat(results).noneMatch(FileImportResult::refused);
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
        List<String> lsoas = jdbc.sql("SELECT DISTINCT lsoa_code FROM policedata.street_count"
                        + " WHERE lsoa_code IS NOT NULL ORDER BY lsoa_code LIMIT 20")
                .query(String.class)
                .list();
        policeData.importAreaSet(
                AREA_SET,
                "areas.csv",
                new ByteArrayInputStream(
                        ("lsoa_code\n" + String.join("\n", lsoas) + "\n").getBytes(StandardCharsets.UTF_8)),
                "browser-test");
    }

    private Map<PoliceDataKind, Long> batches() {
        return policeData.batches().stream()
                .collect(Collectors.toMap(ImportBatch::kind, ImportBatch::id, (first, second) -> first));
    }

    private List<String> districts() {
        return policeData.districts("west-midlands");
    }

    private static void report(String what, long start) {
        System.out.printf(
                "axe-core %s: %s, checked in %.1f s%n", AXE.version(), what, (System.nanoTime() - start) / 1e9);
    }

    private static void assertNoProblems(PageChecks checks) {
        assertThat(checks.problems())
                .as("accessibility problems on %d pages checked", checks.checked())
                .withFailMessage(() -> checks.problems().size() + " problems on the " + checks.checked()
                        + " pages checked:\n\n" + String.join("\n\n", checks.problems()))
                .isEmpty();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
