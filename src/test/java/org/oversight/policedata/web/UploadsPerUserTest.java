package org.oversight.policedata.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.oversight.policedata.FileImportResult;
import org.oversight.policedata.ImportStatus;
import org.oversight.policedata.PoliceDataKind;
import org.oversight.policedata.PoliceDataUploaded;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Upload status pages are kept in the database, for each user: a user sees the pages of their own
 * uploads, administrators everyone's, and no one else learns that an upload exists.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class UploadsPerUserTest {

    static final RequestPostProcessor ANA = user("per-user-ana").roles("ANALYST");
    static final RequestPostProcessor BOB = user("per-user-bob").roles("ANALYST");
    static final RequestPostProcessor ADA = user("per-user-ada").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    /** A finished upload of one unchanged file, made as if by {@code by}. */
    private String finishedUpload(String id, String by) {
        ImportJob job = jobs.create(id, by, 1, false, List.of("2024-04-west-midlands-street.csv"));
        job.started();
        FileImportResult result = new FileImportResult(
                "2024-04-west-midlands-street.csv",
                PoliceDataKind.STREET,
                "west-midlands",
                YearMonth.of(2024, 4),
                ImportStatus.UNCHANGED,
                430,
                0,
                0,
                7L,
                null,
                null,
                null);
        job.fileFinished(result);
        job.finished(List.of(result));
        return "/police-data/imports/" + id;
    }

    @Test
    void anUploadsPageIsForItsUploaderAndAdministratorsOnly() throws Exception {
        String page = finishedUpload("per-user-1", "per-user-ana");

        mvc.perform(get(page).with(ANA))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("1 file: 1 unchanged")));
        mvc.perform(get(page).with(ADA)).andExpect(status().isOk());
        mvc.perform(get(page).with(BOB))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("There is no import per-user-1 of yours")));
    }

    @Test
    void theUploadFormListsTheUsersOwnUploadsAndAnAdministratorEveryones() throws Exception {
        finishedUpload("per-user-2", "per-user-ana");
        finishedUpload("per-user-3", "per-user-bob");

        String anas = mvc.perform(get("/police-data/upload").with(ANA))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String adas = mvc.perform(get("/police-data/upload").with(ADA))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(anas)
                .contains("Your recent uploads")
                .contains("href=\"/police-data/imports/per-user-2\"")
                .doesNotContain("per-user-3");
        assertThat(adas)
                .contains("Recent uploads")
                .contains("href=\"/police-data/imports/per-user-2\"")
                .contains("href=\"/police-data/imports/per-user-3\"")
                .contains(">per-user-bob<");
    }

    @Test
    void anUploadAndEachFilesResultAreStoredAsTheyHappen() throws Exception {
        String location = mvc.perform(multipart("/police-data/upload")
                        .file(PoliceUploads.madeUpStreet("files", "not-police-data.csv"))
                        .with(ANA)
                        .with(csrf().asHeader()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (jobs.busy() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        Map<String, Object> stored = jdbc.sql("SELECT started_by, state FROM policedata.upload WHERE id = :id")
                .param("id", id)
                .query()
                .singleRow();
        assertThat(stored).containsEntry("started_by", "per-user-ana").containsEntry("state", "finished");
        assertThat(jdbc.sql("SELECT result ->> 'status' FROM policedata.upload_file WHERE upload_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("REFUSED");
        assertThat(events.stream(PoliceDataUploaded.class)).singleElement().satisfies(uploaded -> {
            assertThat(uploaded.objectId()).isEqualTo(id);
            assertThat(uploaded.files()).containsExactly("not-police-data.csv");
            assertThat(uploaded.by()).isEqualTo("per-user-ana");
        });
    }
}
