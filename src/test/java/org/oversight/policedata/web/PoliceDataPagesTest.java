package org.oversight.policedata.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.policedata.FileImportResult;
import org.oversight.policedata.ImportBatch;
import org.oversight.policedata.ImportStatus;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.PoliceDataKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The police data pages: batches, a batch's provenance and quality, uploading, and removing. */
@SpringBootTest
@AutoConfigureMockMvc
class PoliceDataPagesTest {

    static final RequestPostProcessor ANALYST = user("ana").roles("ANALYST");
    static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    MockMvc mvc;

    @Autowired
    PoliceDataApi policeData;

    @Autowired
    ImportJobs jobs;

    @Autowired
    UploadRecords records;

    @Autowired
    org.oversight.platform.TemporaryFiles temporaryFiles;

    Set<Long> before;

    @BeforeEach
    void rememberTheBatchesThereWere() {
        before = PoliceUploads.batchIds(policeData);
    }

    @AfterEach
    void removeTheBatchesTheTestImported() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (jobs.busy() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        PoliceUploads.removeAllBut(policeData, before);
    }

    /** Imports through the API, as the pages would show any import. */
    private List<Long> importSamples() throws Exception {
        mvc.perform(multipart("/api/v1/police-data")
                        .file(PoliceUploads.street("file"))
                        .file(PoliceUploads.outcomes("file"))
                        .file(PoliceUploads.stopAndSearch("file"))
                        .with(ANALYST))
                .andExpect(status().isOk());
        return List.of(
                batch(PoliceDataKind.STREET, "west-midlands").id(),
                batch(PoliceDataKind.OUTCOMES, "west-midlands").id(),
                batch(PoliceDataKind.STOP_AND_SEARCH, "wiltshire").id());
    }

    private ImportBatch batch(PoliceDataKind kind, String force) {
        return policeData.batch(kind, force, YearMonth.of(2024, 4)).orElseThrow();
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(ANALYST))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        for (String url :
                List.of("/police-data", "/police-data/upload", "/police-data/batches/1", "/police-data/imports/x")) {
            mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/sign-in"));
        }
        mvc.perform(multipart("/police-data/upload")
                        .file(PoliceUploads.street("files"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/sign-in"));
        assertThat(PoliceUploads.batchIds(policeData)).isEqualTo(before);
    }

    @Test
    void theNavigationOffersPoliceDataToAnalystsOnly() throws Exception {
        assertThat(page("/plans")).contains("href=\"/police-data\"");
        mvc.perform(get("/plans")).andExpect(content().string(not(containsString("href=\"/police-data\""))));
    }

    @Test
    void theBatchesPageListsEveryBatchNewestMonthFirstAndSaysWhichAreDemonstrationData() throws Exception {
        importSamples();
        mvc.perform(multipart("/api/v1/police-data")
                        .file(PoliceUploads.madeUpStreet("file", "2023-01-test-street.csv"))
                        .param("demonstration", "true")
                        .with(ANALYST))
                .andExpect(status().isOk());

        String html = page("/police-data");

        assertThat(html)
                .contains("<h1 class=\"govuk-heading-xl\">Police data</h1>")
                .contains("Upload data.police.uk files")
                .contains("Some of these data are generated demonstration data,")
                .contains("not real police data")
                .contains("Demonstration data</strong>")
                .contains("2024-04-west-midlands-street.csv")
                .contains("West Midlands")
                .contains("Stop and search")
                .contains(">430<")
                .contains("href=\"/police-data/batches/"
                        + batch(PoliceDataKind.STREET, "west-midlands").id() + "\"");
        assertThat(html.indexOf("April 2024")).isLessThan(html.indexOf("January 2023"));
        long demonstrationBatches =
                policeData.batches().stream().filter(ImportBatch::demonstration).count();
        assertThat(html.split("Demonstration data</strong>", -1)).hasSize((int) demonstrationBatches + 1);
    }

    @Test
    void saysNothingAboutDemonstrationDataWhenThereIsNone() throws Exception {
        assumeFalse(policeData.hasDemonstrationData());
        importSamples();
        assertThat(page("/police-data")).doesNotContain("demonstration-banner");
    }

    @Test
    void theBatchPageShowsProvenanceQualityAndCountsOfTheRows() throws Exception {
        importSamples();
        ImportBatch street = batch(PoliceDataKind.STREET, "west-midlands");

        String html = page("/police-data/batches/" + street.id());

        assertThat(html)
                .contains("Street crime, West Midlands, April 2024")
                .contains(street.sha256().substring(0, 16))
                .contains("Exact duplicate rows")
                .contains("Every row has a valid longitude and latitude.")
                .contains("Every row has an LSOA code shaped like E01… or W01….")
                .contains("Every row’s LSOA name gives its district.")
                .contains("Values outside the known sets")
                .contains("None: every longitude, latitude and LSOA code is in the format data.police.uk publishes.")
                .contains("id=\"counts-crime-type\"")
                .contains("Violence and sexual offences")
                .contains(">139<")
                .contains("id=\"counts-district\"")
                .contains("Birmingham")
                .contains("href=\"/police-data/batches/" + street.id() + "/remove\"")
                .doesNotContain("officer-defined ethnicity");
        assertThat(html.split("<h1", -1)).hasSize(2);

        ImportBatch stopSearch = batch(PoliceDataKind.STOP_AND_SEARCH, "wiltshire");
        assertThat(page("/police-data/batches/" + stopSearch.id()))
                .contains("Missing officer-defined ethnicity")
                .contains("19 searches (13.9%) have no officer-defined ethnicity.")
                .contains("id=\"counts-outcome\"")
                .contains("A no further action disposal")
                .contains("id=\"counts-officer-defined-ethnicity\"")
                .contains("Not given")
                .contains("135 of 137 rows (98.5%) have a valid longitude and latitude: 2 rows have none.")
                .doesNotContain("id=\"quality-lsoa\"")
                .doesNotContain("id=\"quality-district\"");

        assertThat(page("/police-data/batches/"
                        + batch(PoliceDataKind.OUTCOMES, "west-midlands").id()))
                .contains("id=\"counts-outcome-type\"")
                .contains("Unable to prosecute suspect")
                .contains("id=\"counts-district\"");
    }

    @Test
    void theBatchPageListsEveryUnexpectedValueAndNote() throws Exception {
        String text = String.join(",", PoliceDataKind.STREET.header()) + "\n"
                + "abc,2023-01,Test Police,Test Police,-1.8,52.5,On or near Walsall Road,E01009417,"
                + "Birmingham 001A,Space piracy,Under investigation,\n"
                + ",2023-01,Test Police,Test Police,-1.8,52.5,On or near Walsall Road,E01009417,"
                + "Nowhere,Burglary,Under investigation,\n";
        mvc.perform(multipart("/api/v1/police-data")
                        .file(new MockMultipartFile(
                                "file", "2023-01-test-street.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8)))
                        .with(ANALYST))
                .andExpect(status().isOk());
        ImportBatch batch = policeData
                .batch(PoliceDataKind.STREET, "test", YearMonth.of(2023, 1))
                .orElseThrow();

        assertThat(page("/police-data/batches/" + batch.id()))
                .contains("id=\"unexpected-values\"")
                .contains("Crime type")
                .contains("Space piracy")
                .contains("id=\"notes\"")
                .contains("Crimes without a Crime ID")
                .contains("1 row (50.0%) has no district recorded: 1 has an LSOA name that does not end in a code"
                        + " like “001A”. They are counted as “No district recorded”, so the districts add up to the"
                        + " force.")
                .contains("<th scope=\"row\" class=\"govuk-table__header\">No district recorded</th>");
    }

    @Test
    void anUnknownBatchOrImportIsNotFound() throws Exception {
        mvc.perform(get("/police-data/batches/987654321").with(ANALYST))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is no batch 987654321")));
        mvc.perform(get("/police-data/batches/987654321/remove").with(ANALYST)).andExpect(status().isNotFound());
        mvc.perform(post("/police-data/batches/987654321/remove").with(ANALYST).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/police-data/imports/no-such-job").with(ANALYST))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is no import no-such-job")));
    }

    @Test
    void theUploadFormAcceptsSeveralCsvOrZipFiles() throws Exception {
        assertThat(page("/police-data/upload"))
                .contains("enctype=\"multipart/form-data\"")
                .contains("name=\"_csrf\"")
                .contains("type=\"file\" multiple accept=\".csv,.zip\"")
                .contains("<label class=\"govuk-label govuk-label--m\" for=\"files\">")
                .contains("These are generated")
                .contains("demonstration data</label>");
    }

    @Test
    void uploadingWithoutAFileShowsAnErrorLinkedToTheField() throws Exception {
        mvc.perform(multipart("/police-data/upload")
                        .file(new MockMultipartFile("files", "", "application/octet-stream", new byte[0]))
                        .with(ANALYST)
                        .with(csrf().asHeader()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<title>Error: Upload data.police.uk files"),
                                containsString("govuk-error-summary"),
                                containsString("<a href=\"#files\">Select one or more data.police.uk files</a>"),
                                containsString("id=\"files-error\""),
                                containsString("aria-describedby=\"files-hint files-error\""))));
    }

    @Test
    void uploadingInTheBrowserImportsInTheBackgroundAndShowsEachFileAndASummary() throws Exception {
        MvcResult upload = mvc.perform(multipart("/police-data/upload")
                        .file(PoliceUploads.street("files"))
                        .file(PoliceUploads.stopAndSearch("files"))
                        .file(PoliceUploads.streetWithAShortRow("files", "2023-01-test-street.csv"))
                        .with(ANALYST)
                        .with(csrf().asHeader()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/police-data/imports/*"))
                .andReturn();
        String jobPage = upload.getResponse().getRedirectedUrl();
        String jobId = jobPage.substring(jobPage.lastIndexOf('/') + 1);

        String html = waitUntilFinished(jobPage);

        assertThat(html)
                .contains("<h1 class=\"govuk-heading-l\">Import finished</h1>")
                .contains("3 files: 2 imported, 1 refused")
                .doesNotContain("http-equiv=\"refresh\"")
                .doesNotContain("<progress")
                .contains("govuk-tag--green")
                .contains("govuk-tag--red")
                .contains("Line 3, column 6: the row has 5 columns")
                .contains("2024-04-west-midlands-street.csv")
                .contains("Uploaded by ana")
                .contains("href=\"/police-data/batches/"
                        + batch(PoliceDataKind.STREET, "west-midlands").id() + "\"")
                .doesNotContain("oversight-upload-");
        assertThat(batch(PoliceDataKind.STREET, "west-midlands").importedBy()).isEqualTo("ana");
        assertThat(jobs.find(jobId)).isPresent();
    }

    @Test
    void theJobPageShowsProgressWhileTheImportRunsWithoutReloadingItself() throws Exception {
        String file = "/tmp/oversight-upload-1/1/2024-04-west-midlands-street.csv";
        ImportJob job = jobs.create("a-running-job", "ana", 3, false, List.of("2024-04-west-midlands-street.csv"));
        job.started();
        job.fileStarted(file, 1000);
        job.progressed(file, 420, 12_000);

        assertThat(page("/police-data/imports/a-running-job"))
                .contains("<title>Importing police data")
                .doesNotContain("http-equiv=\"refresh\"")
                .contains("<div id=\"import-job\" data-running=\"true\">")
                .contains("<script type=\"module\" src=\"/js/import-progress.js\"></script>")
                .contains("href=\"/police-data/imports/a-running-job\">Check progress</a>")
                .contains("0 of 3 files done")
                .contains("Reading <strong>2024-04-west-midlands-street.csv</strong>")
                .contains("<label class=\"govuk-body govuk-!-display-block\" for=\"file-progress\"")
                .contains("42% of the file read, 12,000 rows so far")
                .contains("<progress id=\"file-progress\" max=\"100\" value=\"42\">42%</progress>")
                .doesNotContain("id=\"job-summary\"");

        FileImportResult unchanged = new FileImportResult(
                file,
                PoliceDataKind.STREET,
                "west-midlands",
                YearMonth.of(2024, 4),
                ImportStatus.UNCHANGED,
                430,
                0,
                0,
                1L,
                null,
                null,
                null);
        job.fileFinished(unchanged);
        job.finished(List.of(unchanged));

        assertThat(page("/police-data/imports/a-running-job"))
                .contains("<title>Import finished")
                .contains("<div id=\"import-job\" data-running=\"false\">")
                .contains("1 file: 1 unchanged")
                .contains("govuk-tag--grey")
                .contains(">Unchanged<")
                .doesNotContain("http-equiv=\"refresh\"");
    }

    @Test
    void theJobPageSaysWhereAnImportStoppedWhenItFailed() throws Exception {
        ImportJob job = jobs.create("a-failed-job", "ana", 2, false, List.of("2024-04-west-midlands-street.csv"));
        job.started();
        job.fileStarted("/tmp/oversight-upload-2/1/2024-04-west-midlands-street.csv", 1000);
        job.failed();

        assertThat(page("/police-data/imports/a-failed-job"))
                .contains("<title>Import finished")
                .contains("0 of 2 files done before the import stopped")
                .contains("id=\"job-failed\"")
                .contains("<span>2024-04-west-midlands-street.csv</span>, which was not imported")
                .doesNotContain("http-equiv=\"refresh\"");
    }

    @Test
    void aSecondUploadWaitsForTheFirstAndBothFinish() throws Exception {
        String first = upload(PoliceUploads.street("files"));
        String second = upload(PoliceUploads.outcomes("files"));

        assertThat(waitUntilFinished(first)).contains("1 file: 1 imported");
        assertThat(waitUntilFinished(second)).contains("1 file: 1 imported");
    }

    @Test
    void anUploadIsAuditedAsTheUploadersWithTheAddressTheySignedInFrom() throws Exception {
        var uploader = new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                "uploader",
                null,
                List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ANALYST")));
        uploader.setDetails(
                new org.springframework.security.web.authentication.WebAuthenticationDetails("192.0.2.88", null));
        String jobPage = mvc.perform(multipart("/police-data/upload")
                        .file(PoliceUploads.street("files"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .authentication(uploader))
                        .with(csrf().asHeader()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(jobPage).isNotNull();
        // The upload's page is the uploader's own (issue 9), so wait on the trail itself.
        org.oversight.audit.AuditFilter filter = new org.oversight.audit.AuditFilter(
                "uploader", "policedata", "west-midlands/2024-04/street", null, null);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (trail.page(filter, 1, 1, false).entries().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the upload's import was not audited within " + WAIT);
            }
            Thread.sleep(100);
        }
        var entry = trail.page(filter, 1, 1, false).entries().get(0);
        assertThat(entry.action()).isIn("batch-imported", "batch-replaced");
        assertThat(entry.address()).isEqualTo("192.0.2.88");
    }

    @Autowired
    org.oversight.audit.AuditTrail trail;

    private String upload(MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/police-data/upload")
                        .file(file)
                        .with(ANALYST)
                        .with(csrf().asHeader()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private String waitUntilFinished(String jobPage) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            String html = page(jobPage);
            if (html.contains("id=\"job-summary\"")) {
                return html;
            }
            assertThat(html).contains("data-running=\"true\"");
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the import did not finish within " + WAIT + ":\n" + html);
            }
            Thread.sleep(100);
        }
    }

    @Test
    void removingABatchAsksFirstThenRemovesExactlyThatBatch() throws Exception {
        importSamples();
        ImportBatch street = batch(PoliceDataKind.STREET, "west-midlands");

        assertThat(page("/police-data/batches/" + street.id() + "/remove"))
                .contains("Are you sure you want to remove this batch?")
                .contains("This removes exactly this batch&rsquo;s")
                .contains("<strong>430 rows</strong>")
                .contains("action=\"/police-data/batches/" + street.id() + "/remove\"")
                .contains("name=\"_csrf\"");

        MvcResult removed = mvc.perform(post("/police-data/batches/{id}/remove", street.id())
                        .with(ANALYST)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/police-data"))
                .andExpect(flash().attribute(
                                "removed", "Batch removed: Street crime, West Midlands, April 2024 (430 rows)."))
                .andReturn();

        assertThat(policeData.batch(street.id())).isEmpty();
        assertThat(policeData.batch(PoliceDataKind.OUTCOMES, "west-midlands", YearMonth.of(2024, 4)))
                .isPresent();
        assertThat(policeData.batch(PoliceDataKind.STOP_AND_SEARCH, "wiltshire", YearMonth.of(2024, 4)))
                .isPresent();
        mvc.perform(get("/police-data").with(ANALYST).flashAttrs(Map.copyOf(removed.getFlashMap())))
                .andExpect(content()
                        .string(allOf(
                                containsString("govuk-notification-banner--success"),
                                containsString("Batch removed: Street crime, West Midlands, April 2024 (430 rows)."))));
    }

    @Test
    void removingWithoutTheCsrfTokenIsRefused() throws Exception {
        importSamples();
        long id = batch(PoliceDataKind.STREET, "west-midlands").id();
        mvc.perform(post("/police-data/batches/{id}/remove", id).with(ANALYST)).andExpect(status().isForbidden());
        assertThat(policeData.batch(id)).isPresent();
    }

    @Test
    void stoppingTheApplicationDeletesTheFoldersOfEveryUpload() throws Exception {
        ImportJobs ownJobs = new ImportJobs(policeData, records, java.time.Clock.systemUTC());
        UploadFolder first = UploadFolder.save(List.of(PoliceUploads.street("files")), temporaryFiles);
        UploadFolder second = UploadFolder.save(List.of(PoliceUploads.outcomes("files")), temporaryFiles);
        ImportJob running = ownJobs.start(first, false, "ana");
        ImportJob waiting = ownJobs.start(second, false, "ana");

        ownJobs.destroy();

        assertThat(Files.exists(first.folder())).isFalse();
        assertThat(Files.exists(second.folder())).isFalse();
        assertThat(ownJobs.find(running.id()).orElseThrow().running()).isFalse();
        assertThat(ownJobs.find(waiting.id()).orElseThrow().state()).isEqualTo(ImportJob.State.INTERRUPTED);
    }

    @Test
    void theUploadFolderKeepsOnlyTheFileNameAndIsDeletedWhenClosed() throws Exception {
        UploadFolder folder = UploadFolder.save(
                List.of(
                        PoliceUploads.madeUpStreet("files", "C:\\Users\\ana\\2023-01-test-street.csv"),
                        PoliceUploads.madeUpStreet("files", "../2023-01-test-street.csv")),
                temporaryFiles);
        assertThat(folder.files()).hasSize(2);
        assertThat(folder.files())
                .allSatisfy(file -> assertThat(file.getFileName().toString()).isEqualTo("2023-01-test-street.csv"))
                .allSatisfy(file -> assertThat(file.startsWith(folder.folder())).isTrue());
        assertThat(UploadFolder.originalName(folder.files().get(0).toString())).isEqualTo("2023-01-test-street.csv");
        folder.close();
        assertThat(Files.exists(folder.folder())).isFalse();
        assertThat(UploadFolder.safeName("..", 3)).isEqualTo("upload-3");
    }
}
