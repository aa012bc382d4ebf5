package org.oversight.policedata.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.policedata.FileImportResult;
import org.oversight.policedata.ImportBatch;
import org.oversight.policedata.ImportListener;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.PoliceDataKind;
import org.oversight.policedata.demo.DemonstrationData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The batches page's pages and filter, the months that are not complete, a batch's completeness and
 * marking it, and invalid values on the batch page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonthsAndBatchesPagesTest {

    static final String FORCE = "test";

    @Autowired
    MockMvc mvc;

    @Autowired
    PoliceDataApi policeData;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    Set<Long> before;

    @BeforeEach
    void rememberTheBatchesThereWere() {
        before = PoliceUploads.batchIds(policeData);
    }

    @AfterEach
    void removeWhatTheTestAdded() {
        PoliceUploads.removeAllBut(policeData, before);
        jdbc.sql("DELETE FROM policedata.month_mark WHERE force_slug = :force")
                .param("force", FORCE)
                .update();
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(PoliceDataPagesTest.ANALYST))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** A street file of the test force; its rows are written as data.police.uk writes them. */
    private FileImportResult street(YearMonth month, int rows) throws IOException {
        Path file = folder.resolve(month + "-" + FORCE + "-street.csv");
        DemonstrationData.writeStreetFile(file, month, rows, 7);
        String text = Files.readString(file).replace("West Midlands Police", "Test Police");
        Files.writeString(file, text);
        FileImportResult result = policeData
                .importPaths(List.of(file), false, "ana", ImportListener.NONE)
                .get(0);
        assertThat(result.refused()).as("%s", result.problem()).isFalse();
        return result;
    }

    /** 2014-11 to 2015-03 of about 200 rows, then a 2-row April 2015. */
    private long fiveMonthsAndAShortApril() throws IOException {
        for (int month = 0; month < 5; month++) {
            street(YearMonth.of(2014, 11).plusMonths(month), 200 + month);
        }
        return street(YearMonth.of(2015, 4), 2).batchId();
    }

    @Test
    void theBatchesPageShowsTwentyFiveAtATimeNewestFirstWithGovukPagination() throws Exception {
        for (int month = 0; month < 27; month++) {
            street(YearMonth.of(2010, 1).plusMonths(month), 10);
        }

        String first = page("/police-data?force=" + FORCE);

        assertThat(first)
                .contains("Showing 1 to 25 of 27 batches")
                .contains("<nav class=\"govuk-pagination\" aria-label=\"Pages of batches\"")
                .contains("href=\"/police-data?force=test&amp;page=2\" rel=\"next\"")
                .contains("aria-current=\"page\"")
                .doesNotContain("rel=\"prev\"")
                .contains("March 2012")
                .doesNotContain("2010-02-test-street.csv");
        assertThat(first.indexOf("2012-03-test-street.csv")).isLessThan(first.indexOf("2012-02-test-street.csv"));

        String second = page("/police-data?force=" + FORCE + "&page=2");
        assertThat(second)
                .contains("Showing 26 to 27 of 27 batches")
                .contains("2010-02-test-street.csv")
                .contains("2010-01-test-street.csv")
                .contains("rel=\"prev\"")
                .doesNotContain("rel=\"next\"");
        assertThat(page("/police-data?force=" + FORCE + "&page=99")).contains("Showing 26 to 27 of 27 batches");
    }

    @Test
    void theFilterNarrowsByForceKindAndMonthsWithoutJavaScript() throws Exception {
        street(YearMonth.of(2015, 1), 10);
        street(YearMonth.of(2015, 2), 10);
        street(YearMonth.of(2015, 3), 10);

        String html = page("/police-data?force=" + FORCE + "&kind=street&from=2015-02&to=2015-02");

        assertThat(html)
                .contains("<form action=\"/police-data\" method=\"get\"")
                .contains("<option value=\"test\" selected=\"selected\">Test</option>")
                .contains("<option value=\"street\" selected=\"selected\">Street crime</option>")
                .contains("Showing 1 to 1 of 1 batch")
                .contains("2015-02-test-street.csv")
                .doesNotContain("2015-01-test-street.csv")
                .doesNotContain("2015-03-test-street.csv")
                .contains("id=\"clear-filter\"");
        assertThat(page("/police-data?force=" + FORCE + "&kind=outcomes")).contains("No batches match the filter.");
    }

    @Test
    void aFilterThatCannotBeReadIsSaidAndLeftOut() throws Exception {
        street(YearMonth.of(2015, 1), 10);

        String html = page("/police-data?force=" + FORCE + "&kind=crimes&from=2015-03&to=2015-01");

        assertThat(html)
                .contains("<title>Error: Police data")
                .contains("Kind must be street, outcomes or stop-and-search; all kinds are shown")
                .contains("From must be the same as or before To; all months are shown")
                .contains("2015-01-test-street.csv");
    }

    @Test
    void aTwoRowMonthIsListedAsIncompleteAndItsBatchPageSaysWhy() throws Exception {
        long april = fiveMonthsAndAShortApril();

        assertThat(page("/police-data"))
                .contains("id=\"incomplete-months\"")
                .contains("Months that are not complete")
                .contains("href=\"/police-data/batches/" + april + "#completeness\"")
                .contains("2 rows, far fewer than the 202 usual in the nearest months (at least half is expected).");

        String batch = page("/police-data/batches/" + april);
        assertThat(batch)
                .contains("<h2 class=\"govuk-heading-l\" id=\"completeness\">Is the month complete?</h2>")
                .contains("id=\"completeness-status\">Incomplete</strong>")
                .contains("2 rows, far fewer than the 202 usual in the nearest months")
                .contains("action=\"/police-data/batches/" + april + "/mark\"")
                .contains("name=\"_csrf\"")
                .doesNotContain("id=\"clear-mark-form\"");
    }

    @Test
    void anAnalystMarksTheMonthCompleteWithANoteSeesWhoAndWhenAndClearsIt() throws Exception {
        long april = fiveMonthsAndAShortApril();

        MvcResult marked = mvc.perform(post("/police-data/batches/{id}/mark", april)
                        .param("mark", "complete")
                        .param("note", "A quiet month: confirmed with the force")
                        .with(PoliceDataPagesTest.ANALYST)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/police-data/batches/" + april + "#completeness"))
                .andReturn();

        String html = mvc.perform(get("/police-data/batches/" + april)
                        .with(PoliceDataPagesTest.ANALYST)
                        .flashAttrs(Map.copyOf(marked.getFlashMap())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("April 2015 is marked complete.")
                .contains("id=\"completeness-status\">Complete</strong>")
                .containsPattern("Marked complete by ana on [0-9]+ [A-Z][a-z]+ 20[0-9]{2} at [0-9]+:[0-9]{2}[ap]m")
                .contains("A quiet month: confirmed with the force")
                .contains("By the rule alone")
                .contains("Too small")
                .contains("id=\"clear-mark-form\"");
        assertThat(policeData
                        .completeness(FORCE, PoliceDataKind.STREET, YearMonth.of(2015, 4))
                        .orElseThrow()
                        .mark()
                        .markedBy())
                .isEqualTo("ana");

        mvc.perform(post("/police-data/batches/{id}/mark/clear", april)
                        .with(PoliceDataPagesTest.ANALYST)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/police-data/batches/" + april))
                .contains("id=\"completeness-status\">Incomplete</strong>")
                .doesNotContain("id=\"clear-mark-form\"");
    }

    @Test
    void markingWithoutAChoiceOrANoteShowsTheErrorsLinkedToTheFields() throws Exception {
        long april = fiveMonthsAndAShortApril();

        String html = mvc.perform(post("/police-data/batches/{id}/mark", april)
                        .param("note", " ")
                        .with(PoliceDataPagesTest.ANALYST)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("<title>Error: Street crime, Test, April 2015")
                .contains("govuk-error-summary")
                .contains("<a href=\"#mark\">Select whether the month is complete or incomplete</a>")
                .contains("<a href=\"#note\">Enter why the month is complete or incomplete</a>")
                .contains("id=\"note-error\"")
                .contains("aria-describedby=\"note-hint note-error\"");
        assertThat(policeData
                        .completeness(FORCE, PoliceDataKind.STREET, YearMonth.of(2015, 4))
                        .orElseThrow()
                        .mark())
                .isNull();
        mvc.perform(post("/police-data/batches/{id}/mark", april)
                        .param("mark", "complete")
                        .param("note", "x")
                        .with(PoliceDataPagesTest.ANALYST))
                .andExpect(status().isForbidden());
    }

    @Test
    void theUploadPageSaysWhenAFilesMonthIsIncomplete() throws Exception {
        for (int month = 0; month < 5; month++) {
            street(YearMonth.of(2014, 11).plusMonths(month), 200);
        }
        Path april = folder.resolve("2015-04-test-street.csv");
        DemonstrationData.writeStreetFile(april, YearMonth.of(2015, 4), 2, 7);
        byte[] bytes = Files.readString(april)
                .replace("West Midlands Police", "Test Police")
                .getBytes(StandardCharsets.UTF_8);

        String job = mvc.perform(multipart("/police-data/upload")
                        .file(new MockMultipartFile("files", "2015-04-test-street.csv", "text/csv", bytes))
                        .with(PoliceDataPagesTest.ANALYST)
                        .with(csrf().asHeader()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String html = waitUntilFinished(job);

        assertThat(html)
                .contains("id=\"incomplete-months-warning\"")
                .contains("One file is for a month that is incomplete")
                .contains("Incomplete month</strong>")
                .contains("2 rows, far fewer than the 200 usual in the nearest months");
    }

    private String waitUntilFinished(String jobPage) throws Exception {
        for (int i = 0; i < 400; i++) {
            String html = page(jobPage);
            if (html.contains("id=\"job-summary\"")) {
                return html;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the import did not finish");
    }

    @Test
    void theBatchPageListsValuesInTheWrongFormatWithTheirLines() throws Exception {
        String text = String.join(",", PoliceDataKind.STREET.header()) + "\n"
                + "abc,2023-01,Test Police,Test Police,notanumber,52.5,On or near Walsall Road,E01009417,"
                + "Birmingham 001A,Burglary,Under investigation,\n"
                + "def,2023-01,Test Police,Test Police,-1.8,52.5,On or near Walsall Road,E0100941,"
                + "Birmingham 001A,Burglary,Under investigation,\n";
        mvc.perform(multipart("/api/v1/police-data")
                        .file(new MockMultipartFile(
                                "file", "2023-01-test-street.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8)))
                        .with(PoliceDataPagesTest.ANALYST))
                .andExpect(status().isOk());
        ImportBatch batch = policeData
                .batch(PoliceDataKind.STREET, FORCE, YearMonth.of(2023, 1))
                .orElseThrow();

        assertThat(page("/police-data/batches/" + batch.id()))
                .contains("1 of 2 rows (50.0%) has a valid longitude and latitude: 1 row has a longitude or latitude"
                        + " that is not a valid number (listed below).")
                .doesNotContain("Every row has a valid longitude and latitude")
                .contains("1 row has an LSOA code not shaped like E01… or W01… (listed below).")
                .contains("2 values are not in the format data.police.uk publishes.")
                .contains("id=\"invalid-values\"")
                .contains("<td class=\"govuk-table__cell\">line 2</td>")
                .contains("“notanumber”")
                .contains("“E0100941”");
        assertThat(page("/police-data?force=" + FORCE)).contains("Values in the wrong format");
    }
}
