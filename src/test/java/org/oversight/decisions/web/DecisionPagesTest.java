package org.oversight.decisions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.oversight.decisions.DecisionsApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The decisions register for the office (signed in) and the public (labelled), searched and imported. */
@SpringBootTest
@AutoConfigureMockMvc
class DecisionPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DecisionsApi decisions;

    private String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void thePublicSearchesTheRegisterByWordsAndYearOnItsOwnLabelledPages() throws Exception {
        String page =
                body(mvc.perform(get("/public/decisions").param("q", "tasers").param("year", "2018-19"))
                        .andExpect(status().isOk()));

        assertThat(page)
                .contains("id=\"public-label\"", "2 decisions", "href=\"/public/decisions/025-2018\"")
                .contains("href=\"/public/decisions/020-2018\"")
                .doesNotContain("Pension Forfeiture", "href=\"/decisions/");
        mvc.perform(get("/decisions").param("q", "tasers"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/sign-in"));
    }

    @Test
    void aDecisionFileWithBadRowsIsRefusedInTheBrowserWithEachLineAndNothingIsAdded() throws Exception {
        byte[] bad =
                """
                number,title,date,decision_maker
                W-1,First,01/05/2030,Police and Crime Commissioner
                W-2,Second,31/02/2030,
                """
                        .getBytes(StandardCharsets.UTF_8);

        String page = body(mvc.perform(multipart("/decisions/import")
                        .file(new MockMultipartFile("file", "decisions.csv", "text/csv", bad))
                        .with(user("ana").roles("ANALYST"))
                        .with(csrf().asHeader()))
                .andExpect(status().isOk()));

        assertThat(page)
                .contains("The file decisions.csv was not imported", "id=\"import-problems\"")
                .contains("&#39;31/02/2030&#39; is not a real date", "is missing");
        assertThat(decisions.decision("W-1")).isEmpty();
    }

    @Test
    void aDecisionFormSentWithoutTheConfidentialBoxTickedShowsItsMistakes() throws Exception {
        String page = body(mvc.perform(post("/decisions/new")
                        .param("number", "W-3")
                        .param("title", "")
                        .param("decidedOn", "01/05/2030")
                        .param("decisionMaker", "Police and Crime Commissioner")
                        .with(user("ana").roles("ANALYST"))
                        .with(csrf()))
                .andExpect(status().isOk()));

        assertThat(page).contains("govuk-error-summary", "Enter the title of the decision");
        assertThat(decisions.decision("W-3")).isEmpty();
    }

    @Test
    void aDecisionNotInTheRegisterIsNotFoundOnThePublicPages() throws Exception {
        String page = body(mvc.perform(get("/public/decisions/999-2099")).andExpect(status().isNotFound()));
        assertThat(page).contains("href=\"/public/decisions\"");
    }
}
