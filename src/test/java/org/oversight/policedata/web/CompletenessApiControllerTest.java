package org.oversight.policedata.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.demo.DemonstrationData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Completeness and marks through the REST API, and the batch list's filter and pages. */
@SpringBootTest
@AutoConfigureMockMvc
class CompletenessApiControllerTest {

    static final RequestPostProcessor ANALYST = user("api-ana").roles("ANALYST");
    static final String MONTHS = "/api/v1/police-data/completeness";
    static final String APRIL = MONTHS + "/test/street/2015-04";

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
        jdbc.sql("DELETE FROM policedata.month_mark WHERE force_slug = 'test'").update();
    }

    private MockMultipartFile street(YearMonth month, int rows) throws IOException {
        Path file = folder.resolve(month + "-test-street.csv");
        DemonstrationData.writeStreetFile(file, month, rows, 3);
        return new MockMultipartFile(
                "file",
                file.getFileName().toString(),
                "text/csv",
                Files.readString(file)
                        .replace("West Midlands Police", "Test Police")
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** December 2014 to March 2015 with 300 rows each and a 2-row April 2015, in one upload. */
    private void shortApril() throws Exception {
        mvc.perform(multipart("/api/v1/police-data")
                        .file(street(YearMonth.of(2014, 12), 300))
                        .file(street(YearMonth.of(2015, 1), 300))
                        .file(street(YearMonth.of(2015, 2), 300))
                        .file(street(YearMonth.of(2015, 3), 300))
                        .file(street(YearMonth.of(2015, 4), 2))
                        .with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.files[3].complete").value(true))
                .andExpect(jsonPath("$.files[4].complete").value(false))
                .andExpect(jsonPath("$.files[4].completeness.judgement").value("too_small"))
                .andExpect(jsonPath("$.files[4].completeness.referenceRows").value(300));
    }

    @Test
    void listsEveryMonthWithItsJudgementAndReason() throws Exception {
        shortApril();

        mvc.perform(get(MONTHS).param("force", "test").param("kind", "street").with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(5)))
                .andExpect(jsonPath("$[0].month").value("2014-12"))
                .andExpect(jsonPath("$[4].month").value("2015-04"))
                .andExpect(jsonPath("$[4].kind").value("street"))
                .andExpect(jsonPath("$[4].rows").value(2))
                .andExpect(jsonPath("$[4].complete").value(false))
                .andExpect(jsonPath("$[4].reason")
                        .value("2 rows, far fewer than the 300 usual in the nearest months (at least half is"
                                + " expected)."))
                .andExpect(jsonPath("$[4].mark").doesNotExist());
        mvc.perform(get(APRIL).with(ANALYST)).andExpect(jsonPath("$.judgement").value("too_small"));
        mvc.perform(get(MONTHS + "/test/street/2016-01").with(ANALYST))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("Nothing is known about 2016-01")));
        mvc.perform(get(MONTHS).param("force", "test").param("kind", "crimes").with(ANALYST))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.detail").value("kind must be street, outcomes or stop-and-search, not 'crimes'"));
    }

    @Test
    void anAnalystMarksAndClearsAMonthWithHttpBasicAndNoCsrfToken() throws Exception {
        shortApril();

        mvc.perform(put(APRIL + "/mark")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"complete\": true, \"note\": \"confirmed with the force\"}")
                        .with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.complete").value(true))
                .andExpect(jsonPath("$.judgement").value("too_small"))
                .andExpect(jsonPath("$.mark.markedBy").value("api-ana"))
                .andExpect(jsonPath("$.mark.note").value("confirmed with the force"))
                .andExpect(jsonPath("$.mark.markedAt").exists());

        mvc.perform(delete(APRIL + "/mark").with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.complete").value(false))
                .andExpect(jsonPath("$.mark").doesNotExist());
    }

    @Test
    void aMarkThatCannotBeMadeIsRefusedSayingWhy() throws Exception {
        shortApril();

        mvc.perform(put(APRIL + "/mark")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"complete\": false}")
                        .with(ANALYST))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value("Say why the month is incomplete: a mark needs a note."));
        mvc.perform(put(APRIL + "/mark")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"x\"}")
                        .with(ANALYST))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("complete must be true or false"));
        mvc.perform(put(MONTHS + "/test/street/2015-13/mark")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"complete\": false, \"note\": \"x\"}")
                        .with(ANALYST))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("month must be a month such as 2015-04, not '2015-13'"));
        assertThat(policeData
                        .completeness("test", org.oversight.policedata.PoliceDataKind.STREET, YearMonth.of(2015, 4))
                        .orElseThrow()
                        .mark())
                .isNull();
    }

    @Test
    void onlyAnalystsMayReadOrMarkMonths() throws Exception {
        mvc.perform(get(MONTHS).param("force", "test").param("kind", "street")).andExpect(status().isUnauthorized());
        mvc.perform(put(APRIL + "/mark")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"complete\": true, \"note\": \"x\"}")
                        .with(httpBasic("nobody", "wrong-password")))
                .andExpect(status().isUnauthorized());
        mvc.perform(delete(APRIL + "/mark").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theBatchListFiltersAndPagesWhenAskedAndIsUnchangedOtherwise() throws Exception {
        shortApril();
        int all = policeData.batches().size();

        mvc.perform(get("/api/v1/police-data/batches").with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(all)))
                .andExpect(header().doesNotExist("X-Total-Count"));
        mvc.perform(get("/api/v1/police-data/batches")
                        .param("force", "test")
                        .param("kind", "street")
                        .param("from", "2015-01")
                        .param("to", "2015-03")
                        .with(ANALYST))
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[0].month").value("2015-03"))
                .andExpect(jsonPath("$[2].month").value("2015-01"));
        mvc.perform(get("/api/v1/police-data/batches")
                        .param("force", "test")
                        .param("page", "2")
                        .param("size", "2")
                        .with(ANALYST))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].month").value("2015-02"))
                .andExpect(header().string("X-Total-Count", "5"))
                .andExpect(header().string("Link", containsString("page=1&size=2>; rel=\"prev\"")))
                .andExpect(header().string("Link", containsString("page=3&size=2>; rel=\"next\"")));
        mvc.perform(get("/api/v1/police-data/batches").param("from", "April").with(ANALYST))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("from must be a month such as 2015-04, not 'April'"));
        mvc.perform(get("/api/v1/police-data/batches").param("page", "0").with(ANALYST))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("the page must be 1 or more, was 0"));
    }
}
