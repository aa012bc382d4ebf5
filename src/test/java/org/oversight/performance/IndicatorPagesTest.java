package org.oversight.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.oversight.performance.indicator.IndicatorCatalogue;
import org.oversight.performance.indicator.SourceKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The indicator, force and district pages as an analyst or administrator sees them, rendered on the server. */
@SpringBootTest
@AutoConfigureMockMvc
class IndicatorPagesTest {

    private static final String MEASURE =
            "/performance/plans/wm-police-and-crime-plan/versions/2014-15/measures/4.6/4.6-m3";

    @Autowired
    MockMvc mvc;

    @Autowired
    IndicatorCatalogue catalogue;

    @Test
    void everyKindOfSourceHasItsOwnForm() throws Exception {
        for (SourceKind kind : SourceKind.values()) {
            mvc.perform(get("/indicators/new")
                            .param("kind", kind.code())
                            .with(user("ana").roles("ANALYST")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Define an indicator: " + kind.label())))
                    .andExpect(content().string(containsString("Preview the monthly figures")));
        }
    }

    @Test
    void theStopAndSearchRateFormGroupsItsListsUnderTheSearchesEachChooses() throws Exception {
        mvc.perform(get("/indicators/new")
                        .param("kind", SourceKind.STOP_AND_SEARCH_RATE.code())
                        .with(user("ana").roles("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Searches the rate is of</h2>")))
                .andExpect(content().string(containsString(">Of those, the ones counted</h2>")))
                .andExpect(content().string(containsString(">Legislation (0 chosen)<")));
    }

    @Test
    void aPreviewShowsTheFormAgainWithItsMonthlyFiguresAndSavesNothing() throws Exception {
        mvc.perform(post("/indicators/new")
                        .param("kind", SourceKind.POLICE_STREET_COUNT.code())
                        .param("action", "preview")
                        .param("name", "Bicycle theft previewed")
                        .param("code", "bicycle-theft-previewed")
                        .param("crimeTypes", "Bicycle theft")
                        .with(user("ana").roles("ANALYST"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Preview: its monthly figures")))
                .andExpect(content().string(containsString("value=\"Bicycle theft previewed\"")));

        assertThat(catalogue.find("bicycle-theft-previewed")).isEmpty();
    }

    @Test
    void anIndicatorWithMistakesIsShownAgainWithEachMistakeBesideItsField() throws Exception {
        mvc.perform(post("/indicators/new")
                        .param("kind", SourceKind.POLICE_STREET_COUNT.code())
                        .param("name", "")
                        .param("code", "Not A Code")
                        .param("crimeTypes", "Bicycle theft")
                        .with(user("ana").roles("ANALYST"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("id=\"code-error\"")));

        assertThat(catalogue.find("Not A Code")).isEmpty();
    }

    @Test
    void theIndicatorPagesTheMeasureLinkAndTheSettingsPagesAreShown() throws Exception {
        for (String page : new String[] {
            "/indicators",
            "/indicators/new",
            "/indicators/burglary",
            "/indicators/burglary/edit",
            "/indicators/burglary/versions/1",
            "/indicators/import",
            MEASURE + "/indicator",
            "/settings/force",
            "/police-data/districts"
        }) {
            mvc.perform(get(page).with(user("admin").roles("ADMIN")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("Sorry, there is a problem"))));
        }
    }

    @Test
    void anIndicatorFileOverTheDefaultBodyLimitReachesTheReaderAndOneOverFiveMegabytesIsRefusedUnread()
            throws Exception {
        // A catalogue may be 4 MB of text (IndicatorFile); pages and forms are otherwise held to 256 KB.
        byte[] oneMegabyte = new byte[1024 * 1024];
        mvc.perform(multipart("/indicators/import")
                        .file(new MockMultipartFile("file", "indicators.yaml", "application/yaml", new byte[] {'x'}))
                        .content(oneMegabyte)
                        .with(user("ana").roles("ANALYST"))
                        .with(csrf().asHeader()))
                .andExpect(status().isOk());
        mvc.perform(multipart("/indicators/import")
                        .file(new MockMultipartFile("file", "indicators.yaml", "application/yaml", new byte[] {'x'}))
                        .content(new byte[6 * 1024 * 1024])
                        .with(user("ana").roles("ANALYST"))
                        .with(csrf().asHeader()))
                .andExpect(status().isPayloadTooLarge());
    }
}
