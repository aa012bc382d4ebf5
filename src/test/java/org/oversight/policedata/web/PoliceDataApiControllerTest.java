package org.oversight.policedata.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.policedata.PoliceDataApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The police data API: importing data.police.uk files and managing their batches. */
@SpringBootTest
@AutoConfigureMockMvc
class PoliceDataApiControllerTest {

    static final RequestPostProcessor ANALYST = user("api-ana").roles("ANALYST");

    @Autowired
    MockMvc mvc;

    @Autowired
    PoliceDataApi policeData;

    Set<Long> before;

    @BeforeEach
    void rememberTheBatchesThereWere() {
        before = PoliceUploads.batchIds(policeData);
    }

    @AfterEach
    void removeTheBatchesTheTestImported() {
        PoliceUploads.removeAllBut(policeData, before);
    }

    @Test
    void importsTheRealSamplesAndSummarisesEachFile() throws Exception {
        mvc.perform(multipart("/api/v1/police-data")
                        .file(PoliceUploads.street("file"))
                        .file(PoliceUploads.outcomes("file"))
                        .file(PoliceUploads.stopAndSearch("file"))
                        .with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(3))
                .andExpect(jsonPath("$.replaced").value(0))
                .andExpect(jsonPath("$.unchanged").value(0))
                .andExpect(jsonPath("$.refused").value(0))
                .andExpect(jsonPath("$.files[*].file")
                        .value(containsInAnyOrder(
                                PoliceUploads.STREET, PoliceUploads.OUTCOMES, PoliceUploads.STOP_AND_SEARCH)))
                .andExpect(jsonPath("$.files[*].status").value(everyItem(is("imported"))))
                .andExpect(jsonPath("$.files[*].problem").value(everyItem(nullValue())))
                .andExpect(jsonPath("$.files[0].force").value("west-midlands"))
                .andExpect(jsonPath("$.files[0].month").value("2024-04"))
                .andExpect(jsonPath("$.files[0].kind").value("street"))
                .andExpect(jsonPath("$.files[0].rowsAccepted").value(430))
                .andExpect(jsonPath("$.files[0].rowsRejected").value(0))
                .andExpect(jsonPath("$.files[0].batchId").isNumber())
                .andExpect(jsonPath("$.files[0].dataQuality.rows").value(430))
                .andExpect(jsonPath("$.files[2].kind").value("stop-and-search"))
                .andExpect(jsonPath("$.files[2].rowsAccepted").value(137))
                .andExpect(jsonPath("$.files[2].duplicateRows").value(1))
                .andExpect(jsonPath("$.files[2].dataQuality.missingEthnicity").value(19));

        mvc.perform(multipart("/api/v1/police-data")
                        .file(PoliceUploads.stopAndSearch("file"))
                        .with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unchanged").value(1))
                .andExpect(jsonPath("$.files[0].status").value("unchanged"));
    }

    @Test
    void refusesAFileWithABadRowWith422AndSaysWhereWhileTheOtherFilesStillLoad() throws Exception {
        mvc.perform(multipart("/api/v1/police-data")
                        .file(PoliceUploads.streetWithAShortRow("file", "2023-01-test-street.csv"))
                        .file(PoliceUploads.stopAndSearch("file"))
                        .with(ANALYST))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.refused").value(1))
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.files[0].file").value("2023-01-test-street.csv"))
                .andExpect(jsonPath("$.files[0].status").value("refused"))
                .andExpect(jsonPath("$.files[0].rowsAccepted").value(0))
                .andExpect(jsonPath("$.files[0].rowsRejected").value(2))
                .andExpect(jsonPath("$.files[0].batchId").value(nullValue()))
                .andExpect(jsonPath("$.files[0].problem.line").value(3))
                .andExpect(jsonPath("$.files[0].problem.column").value(6))
                .andExpect(jsonPath("$.files[0].problem.message").value(containsString("the row has 5 columns")))
                .andExpect(jsonPath("$.files[1].status").value("imported"));

        assertThat(policeData.batches()).noneMatch(batch -> batch.force().equals("test"));
    }

    @Test
    void refusesAFileWhoseNameDoesNotSayWhatItHolds() throws Exception {
        mvc.perform(multipart("/api/v1/police-data")
                        .file(PoliceUploads.madeUpStreet("file", "crimes.csv"))
                        .with(ANALYST))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.files[0].file").value("crimes.csv"))
                .andExpect(jsonPath("$.files[0].problem.line").value(0))
                .andExpect(jsonPath("$.files[0].problem.message").value(containsString("file name")));
    }

    @Test
    void keepsOnlyTheFileNameOfAnUploadWhoseNameHasFolders() throws Exception {
        mvc.perform(multipart("/api/v1/police-data")
                        .file(PoliceUploads.madeUpStreet("file", "../../etc/2023-01-test-street.csv"))
                        .with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.files[0].file").value("2023-01-test-street.csv"));
        mvc.perform(get("/api/v1/police-data/batches").with(ANALYST))
                .andExpect(jsonPath("$[*].fileName").value(hasItem("2023-01-test-street.csv")))
                .andExpect(jsonPath("$[*].fileName").value(not(hasItem(containsString("oversight-upload")))));
    }

    @Test
    void importsEveryCsvFileInAZipArchiveUnderTheArchivesName() throws Exception {
        mvc.perform(multipart("/api/v1/police-data")
                        .file(new MockMultipartFile("file", "archive.zip", "application/zip", zip(false)))
                        .with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(2))
                .andExpect(jsonPath("$.files[0].file").value("archive.zip!/2024-04/" + PoliceUploads.STOP_AND_SEARCH))
                .andExpect(jsonPath("$.files[1].file").value("archive.zip!/2023-01/2023-01-test-street.csv"));
    }

    @Test
    void aBrokenZipArchiveIsRefusedWithAProblemThatNamesNoServerFolder() throws Exception {
        mvc.perform(multipart("/api/v1/police-data")
                        .file(new MockMultipartFile("file", "archive.zip", "application/zip", zip(true)))
                        .with(ANALYST))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.refused").value(1))
                .andExpect(jsonPath("$.files[-1:].status").value(org.hamcrest.Matchers.hasItem("refused")))
                .andExpect(jsonPath("$.files[-1:].problem.message")
                        .value(org.hamcrest.Matchers.hasItem(containsString("the zip archive is damaged"))))
                .andExpect(content().string(not(containsString("oversight-upload"))));
    }

    /** The stop-and-search sample and a small street file in a zip, or the first part of one. */
    private static byte[] zip(boolean truncated) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("2024-04/" + PoliceUploads.STOP_AND_SEARCH));
            zip.write(PoliceUploads.stopAndSearch("file").getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("2023-01/2023-01-test-street.csv"));
            zip.write(PoliceUploads.madeUpStreet("file", "x").getBytes());
            zip.closeEntry();
        }
        byte[] whole = bytes.toByteArray();
        return truncated ? Arrays.copyOf(whole, whole.length / 3) : whole;
    }

    @Test
    void answersBadRequestWhenNoFileIsSent() throws Exception {
        mvc.perform(multipart("/api/v1/police-data").with(ANALYST))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("parts named 'file'")));
    }

    @Test
    void labelsDemonstrationDataAndRecordsWhoImportedIt() throws Exception {
        String body = mvc.perform(multipart("/api/v1/police-data")
                        .file(PoliceUploads.madeUpStreet("file", "2023-01-test-street.csv"))
                        .param("demonstration", "true")
                        .with(ANALYST))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.files[0].batchId")).longValue();

        mvc.perform(get("/api/v1/police-data/batches/{id}", id).with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.kind").value("street"))
                .andExpect(jsonPath("$.force").value("test"))
                .andExpect(jsonPath("$.month").value("2023-01"))
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.duplicateRows").value(1))
                .andExpect(jsonPath("$.demonstration").value(true))
                .andExpect(jsonPath("$.importedBy").value("api-ana"))
                .andExpect(jsonPath("$.sha256").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")))
                .andExpect(jsonPath("$.dataQuality.missingCoordinates").value(1));
        assertThat(policeData.hasDemonstrationData()).isTrue();
    }

    @Test
    void listsReadsAndRemovesBatches() throws Exception {
        String body = mvc.perform(multipart("/api/v1/police-data")
                        .file(PoliceUploads.street("file"))
                        .with(ANALYST))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.files[0].batchId")).longValue();

        mvc.perform(get("/api/v1/police-data/batches").with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem((int) id)));
        mvc.perform(delete("/api/v1/police-data/batches/{id}", id).with(ANALYST))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/police-data/batches/{id}", id).with(ANALYST))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/police-data/batches/{id}", id).with(ANALYST))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("no police data batch " + id)));
        assertThat(policeData.batch(id)).isEmpty();
    }

    @Test
    void answersUnauthorisedWithoutCredentialsAndForbiddenWithoutTheAnalystRole() throws Exception {
        mvc.perform(multipart("/api/v1/police-data").file(PoliceUploads.street("file")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/police-data/batches")).andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/v1/police-data/batches/1")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/police-data/batches").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isForbidden());
        assertThat(policeData.batches())
                .extracting(b -> b.id())
                .containsExactlyInAnyOrderElementsOf(List.copyOf(before));
    }
}
