package org.oversight.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.policedata.FileImportResult;
import org.oversight.policedata.ImportListener;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.demo.DemonstrationData;
import org.oversight.reports.DocumentFormat;
import org.oversight.reports.ReportsApi;
import org.oversight.reports.Snapshot;
import org.oversight.reports.SnapshotId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Approve, then publish, end to end against the embedded PostgreSQL (ADR 0022): six months of
 * generated police data (July to December 2014) for the 2014-15 plan; an analyst prepares and
 * freezes 2014/15 Q2, an admin approves it, and the public site and open data show exactly it; a
 * later import changes nothing public; a correction shows its note and keeps the old version; what
 * is not approved is on no public address. The steps run in order on one database.
 */
@SpringBootTest(properties = "oversight.test.context=publication")
@AutoConfigureMockMvc
@RecordApplicationEvents
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicationLifeTest {

    private static final String PLAN = "wm-police-and-crime-plan";
    private static final String VERSION = "2014-15";
    private static final Pattern LINK = Pattern.compile("href=\"(/(?:transparency|open-data)[^\"#]*)\"");
    private static final String CYBER_ASSESSMENT =
            "Not applicable as a measure of this plan: cyber crime is led regionally; the force's contribution is"
                    + " reported by the regional unit.";

    @Autowired
    PublicationApi publications;

    @Autowired
    ReportsApi reports;

    @Autowired
    PoliceDataApi policeData;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents events;

    @TempDir
    static Path folder;

    static Map<String, String> publishedSite;
    static long firstVersion;

    private static <T> T as(String user, String role, Supplier<T> action) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        user, "n/a", List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private MvcResult fetch(String url) throws Exception {
        return mvc.perform(get(url)).andReturn();
    }

    private String page(String url) throws Exception {
        MvcResult result = fetch(url);
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int statusOf(String url) throws Exception {
        return fetch(url).getResponse().getStatus();
    }

    /** Every public page and open-data file reachable by links from the site's front doors (not PDF or Word). */
    private Map<String, String> crawl() throws Exception {
        Map<String, String> seen = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(
                List.of("/transparency", "/transparency/history", "/open-data", "/open-data/publications.atom"));
        while (!queue.isEmpty() && seen.size() < 400) {
            String url = queue.poll();
            if (seen.containsKey(url) || url.endsWith(".pdf") || url.endsWith(".docx")) {
                continue;
            }
            String body = page(url);
            seen.put(url, body);
            Matcher links = LINK.matcher(body);
            while (links.find()) {
                queue.add(links.group(1).replace("&amp;", "&"));
            }
        }
        return seen;
    }

    private Snapshot latest(String kind, String key) {
        List<Snapshot> versions = reports.versions(kind, key);
        return versions.get(versions.size() - 1);
    }

    @Test
    @Order(1)
    void anAnalystPreparesAQuarterAndNothingIsPublicUntilAnAdminApprovesIt() throws Exception {
        List<FileImportResult> imported = policeData.importPaths(
                DemonstrationData.write(folder.resolve("data"), YearMonth.of(2014, 7), 6, 14L),
                true,
                "publication-test",
                ImportListener.NONE);
        assertThat(imported).noneMatch(FileImportResult::refused);

        List<Snapshot> prepared = as("ana", "ANALYST", () -> publications.prepare("2014/15 Q2", PLAN, VERSION, "ana"));
        assertThat(prepared)
                .extracting(Snapshot::kind)
                .containsExactly(PublicationKinds.PUBLICATION, PublicationKinds.NATIONAL_MEASURES);
        Snapshot quarter = prepared.get(0);
        Snapshot statement = prepared.get(1);
        as(
                "ana",
                "ANALYST",
                () -> publications.editNarrative(statement.id(), "assessment-cyber-crime", CYBER_ASSESSMENT, "ana"));

        assertThat(page("/transparency")).contains("Nothing has been published yet");
        assertThat(statusOf("/transparency/2014-15-q2")).isEqualTo(404);
        assertThat(statusOf("/open-data/2014-15-q2/measures.csv")).isEqualTo(404);

        as("ana", "ANALYST", () -> publications.freeze(quarter.id(), "ana"));
        assertThatThrownBy(() -> as("ada", "ADMIN", () -> publications.approve(quarter.id(), "ada")))
                .isInstanceOf(PublicationRefused.class)
                .hasMessageContaining("national measures statement of 2014-15-q2 is still a draft");
        as("ana", "ANALYST", () -> publications.freeze(statement.id(), "ana"));
        assertThat(statusOf("/transparency/2014-15-q2")).isEqualTo(404);
        assertThatThrownBy(() -> as("ana", "ANALYST", () -> publications.approve(quarter.id(), "ana")))
                .isInstanceOf(AccessDeniedException.class);

        List<PublishedSnapshot> released = as("ada", "ADMIN", () -> publications.approve(quarter.id(), "ada"));

        assertThat(released)
                .extracting(PublishedSnapshot::kind)
                .containsExactly(PublicationKinds.PUBLICATION, PublicationKinds.NATIONAL_MEASURES);
        assertThat(events.stream(PublicationReleased.class)).hasSize(2);
        assertThat(events.stream(PublicationPrepared.class)).hasSize(2);
        firstVersion = quarter.id().value();
        String home = page("/transparency");
        assertThat(home)
                .contains("Police and Crime Plan performance, 2014/15 Q2")
                .contains("Demonstration data");
        assertThat(page("/transparency/2014-15-q2/national-measures"))
                .contains("Reduce neighbourhood crime")
                .contains(CYBER_ASSESSMENT.substring(0, 40));
        assertThat(page("/transparency/2014-15-q2/stop-and-search"))
                .contains("stop and searches in July to September 2014")
                .contains("Positive outcome of reasonable-grounds searches")
                .contains("Ratio to the White rate")
                .contains("had no ethnicity recorded");
        assertThat(page("/open-data/2014-15-q2/stop-and-search.csv")).startsWith("figure,value,of\r\nSearches,");
        assertThat(page("/open-data/2014-15-q2/stop-and-search-disproportionality.csv"))
                .startsWith("ethnic_group,searches,residents,searches_per_1_000_residents,ratio_to_the_white_rate,");
        String overview = page("/transparency/latest/performance");
        Matcher measure = Pattern.compile("href=\"(/transparency/2014-15-q2/performance/measure-[a-z0-9-]+)\"")
                .matcher(overview);
        int charted = 0;
        while (measure.find()) {
            charted += page(measure.group(1)).contains("<svg") ? 1 : 0;
        }
        assertThat(charted).as("measure pages with an SPC chart").isGreaterThan(3);
    }

    @Test
    @Order(2)
    void theOpenDataAreThePublishedTablesWithCsvwMetadataTheLicenceAndAFeed() throws Exception {
        Snapshot quarter = reports.snapshot(SnapshotId.of(firstVersion));
        String csv = page("/open-data/2014-15-q2/measures.csv");
        assertThat(csv)
                .startsWith(
                        String.join(",", org.oversight.publication.content.QuarterDocument.MEASURE_COLUMNS) + "\r\n");
        assertThat(csv.split("\r\n"))
                .hasSize(quarter.document().datasets().stream()
                                .filter(d -> d.name().equals("measures"))
                                .findFirst()
                                .orElseThrow()
                                .rows()
                                .size()
                        + 1);
        assertThat(page("/open-data/latest/measures.csv")).isEqualTo(csv);
        assertThat(page("/open-data/2014-15-q2/measures.json"))
                .contains("\"licence\" : \"Open Government Licence v3.0\"")
                .contains("\"sha256\" : \"" + quarter.sha256() + "\"");
        assertThat(page("/open-data/2014-15-q2/measures.csv-metadata.json"))
                .contains("\"@context\" : \"http://www.w3.org/ns/csvw\"")
                .contains("\"url\" : \"measures.csv\"")
                .contains("open-government-licence/version/3")
                .contains("\"datatype\" : \"gYearMonth\"");
        assertThat(page("/open-data/2014-15-q2/national-measures.csv")).startsWith("priority_id,priority,");
        assertThat(page("/open-data/publications.atom"))
                .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
                .contains("<title>Quarterly publication, 2014/15 Q2</title>");
        assertThat(page("/open-data")).contains("Open Government Licence v3.0").contains("data.police.uk");
        assertThat(statusOf("/open-data/2014-15-q2/no-such-table.csv")).isEqualTo(404);
    }

    @Test
    @Order(3)
    void aLaterImportChangesNothingOnThePublicSiteUntilTheNextPublication() throws Exception {
        publishedSite = crawl();
        String csvBefore = publishedSite.get("/open-data/2014-15-q2/measures.csv");
        Path september = folder.resolve("again/2014-09-west-midlands-street.csv");
        Files.createDirectories(september.getParent());
        DemonstrationData.writeStreetFile(september, YearMonth.of(2014, 9), 1234, 99L);
        FileImportResult again = policeData
                .importPaths(List.of(september), true, "publication-test", ImportListener.NONE)
                .get(0);
        assertThat(again.refused()).as(String.valueOf(again.problem())).isFalse();

        Map<String, String> after = crawl();

        assertThat(after).isEqualTo(publishedSite);
        assertThat(after.get("/open-data/2014-15-q2/measures.csv")).isEqualTo(csvBefore);
    }

    @Test
    @Order(4)
    void aCorrectionIsANewVersionWithItsNoteAndTheOldVersionStaysReadable() throws Exception {
        String note = "September 2014 street crime was imported again after data.police.uk corrected the file.";
        Snapshot correction =
                as("ana", "ANALYST", () -> publications.correct(SnapshotId.of(firstVersion), note, "ana"));
        assertThat(correction.version()).isEqualTo(2);
        assertThat(correction.document().section("introduction")).isPresent();
        as("ana", "ANALYST", () -> publications.freeze(correction.id(), "ana"));
        assertThat(crawl()).isEqualTo(publishedSite);

        as("ada", "ADMIN", () -> publications.approve(correction.id(), "ada"));

        assertThat(page("/transparency"))
                .contains("Correction: version 2 replaces version 1")
                .contains(note);
        assertThat(page("/transparency/history")).contains(note);
        assertThat(page("/transparency/versions/" + firstVersion))
                .contains("This is version 1, kept as it was published. Version 2 corrects it.");
        assertThat(page("/open-data/2014-15-q2/measures.csv"))
                .isNotEqualTo(publishedSite.get("/open-data/2014-15-q2/measures.csv"));
        assertThat(page("/open-data/2014-15-q2/measures.json")).contains(note);
        assertThat(page("/open-data/publications.atom")).contains("(correction, version 2)");
        // The national measures statement was not corrected: it stays as published, with what the analyst wrote.
        assertThat(page("/transparency/2014-15-q2/national-measures")).contains(CYBER_ASSESSMENT.substring(0, 40));
    }

    @Test
    @Order(5)
    void anUnpublishedFigureCannotBeReachedOnAnyPublicAddress() throws Exception {
        List<Snapshot> draft = as("ana", "ANALYST", () -> publications.prepare("2014/15 Q3", PLAN, VERSION, "ana"));
        Snapshot frozenUnapproved =
                as("ana", "ANALYST", () -> publications.freeze(draft.get(0).id(), "ana"));
        Snapshot statementDraft = draft.get(1);

        Map<String, String> site = crawl();

        assertThat(site).allSatisfy((url, body) -> assertThat(body)
                .as(url)
                .doesNotContain("2014/15 Q3")
                .doesNotContain("2014-15-q3")
                .doesNotContain("October to December 2014"));
        for (String url : List.of(
                "/transparency/2014-15-q3",
                "/transparency/2014-15-q3/performance",
                "/transparency/2014-15-q3/national-measures",
                "/transparency/versions/" + frozenUnapproved.id(),
                "/transparency/versions/" + statementDraft.id(),
                "/transparency/documents/" + frozenUnapproved.id() + ".pdf",
                "/transparency/documents/" + statementDraft.id() + ".html",
                "/open-data/2014-15-q3/measures.csv",
                "/open-data/2014-15-q3/national-measures.json")) {
            assertThat(statusOf(url)).as(url).isEqualTo(404);
        }
    }

    @Test
    @Order(6)
    void theAnnualStatementAndTheNationalMeasuresStatementRenderInThreeFormats() throws Exception {
        Snapshot annual = as("ana", "ANALYST", () -> publications.prepare("2014/15", PLAN, VERSION, "ana"))
                .get(0);
        assertThat(annual.kind()).isEqualTo(PublicationKinds.ANNUAL_STATEMENT);
        as("ana", "ANALYST", () -> publications.freeze(annual.id(), "ana"));
        as("ada", "ADMIN", () -> publications.approve(annual.id(), "ada"));
        Snapshot national = latest(PublicationKinds.NATIONAL_MEASURES, "2014-15-q2");

        for (Snapshot statement : List.of(annual, national)) {
            String html = page("/transparency/documents/" + statement.id() + ".html");
            MvcResult pdf = fetch("/transparency/documents/" + statement.id() + ".pdf");
            MvcResult docx = fetch("/transparency/documents/" + statement.id() + ".docx");

            assertThat(html).contains(statement.document().title().replace("'", "&#39;"));
            assertThat(pdf.getResponse().getContentType()).isEqualTo(DocumentFormat.PDF.mediaType());
            assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
            assertThat(docx.getResponse().getContentType()).isEqualTo(DocumentFormat.DOCX.mediaType());
            assertThat(new String(docx.getResponse().getContentAsByteArray(), 0, 2, StandardCharsets.US_ASCII))
                    .isEqualTo("PK");
        }
        assertThat(page("/transparency/annual/2014-15"))
                .contains("Statement of progress on performance measures, 2014/15")
                .contains("2013/14");
        assertThat(page("/open-data/2014-15/annual-progress.csv")).startsWith("measure_ref,measure,year_value,");
    }

    @Test
    @Order(7)
    void aFrozenPeriodCannotBePreparedAgainAndABadPeriodIsRefusedSayingWhy() {
        assertThatThrownBy(() -> as("ana", "ANALYST", () -> publications.prepare("2014/15 Q2", PLAN, VERSION, "ana")))
                .isInstanceOf(PublicationRefused.class)
                .hasMessage("Quarterly publication 2014/15 Q2 is frozen: change it by publishing a correction");
        assertThatThrownBy(() -> as("ana", "ANALYST", () -> publications.prepare("Q2", PLAN, VERSION, "ana")))
                .isInstanceOf(PublicationRefused.class)
                .hasMessageStartingWith("period: 'Q2' is not a financial quarter or year");
        assertThatThrownBy(() -> as("ana", "ANALYST", () -> publications.prepare("2015/16 Q1", PLAN, "1999", "ana")))
                .isInstanceOf(PublicationRefused.class)
                .hasMessage("plan: there is no plan 'wm-police-and-crime-plan' with a version '1999'");
    }

    @Test
    @Order(8)
    void theOfficePagesPrepareShowMistakesAndLeaveApprovalToAnAdmin() throws Exception {
        String page = mvc.perform(post("/publications")
                        .with(user("ana").roles("ANALYST"))
                        .with(csrf())
                        .param("period", "next quarter")
                        .param("planVersion", PLAN + "/" + VERSION))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("govuk-error-summary")
                .contains("&#39;next quarter&#39; is not a financial quarter or year");

        String prepared = mvc.perform(post("/publications")
                        .with(user("ana").roles("ANALYST"))
                        .with(csrf())
                        .param("period", "2015/16 Q1")
                        .param("planVersion", PLAN + "/" + VERSION))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(prepared).matches("/publications/\\d+");
        mvc.perform(post(prepared + "/freeze")
                        .with(user("ana").roles("ANALYST"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(prepared + "/approve")
                        .with(user("ana").roles("ANALYST"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(mvc.perform(get(prepared).with(user("ana").roles("ANALYST")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Frozen, waiting for approval")
                .doesNotContain("Approve and publish")
                .satisfies(html ->
                        assertThat(html.split("<h1", -1)).as("h1 headings").hasSize(2));
        assertThat(statusOf("/transparency/2015-16-q1")).isEqualTo(404);
        assertThat(statusOf(prepared)).isEqualTo(302);
    }

    @Test
    @Order(9)
    void theChecklistSaysWhatWasLastPublishedAndWhatIsOverdue() throws Exception {
        String page = mvc.perform(get("/publications/scheme").with(user("ana").roles("ANALYST")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("Statement on the force&#39;s contribution to the national priorities")
                .contains("2014/15 Q2, published ")
                .contains("Overdue: ")
                .contains("Not published by Oversight: the office publishes it elsewhere");
    }
}
