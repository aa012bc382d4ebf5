package org.oversight.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** Oversight is not on GOV.UK: it must not use the GDS Transport font or the crown. */
@SpringBootTest
@AutoConfigureMockMvc
class GovukFrontendStylesheetTest {

    @Autowired
    MockMvc mvc;

    @Test
    void servesGovukFrontendWithoutTheGdsTransportFont() throws Exception {
        String css = mvc.perform(get("/css/govuk-frontend.css"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(css)
                .contains(".govuk-button")
                .doesNotContain("GDS Transport")
                .doesNotContain("url(/assets/");
        assertThat(css).contains("font-family:arial,sans-serif");
    }

    @Test
    void pagesHaveNoCrownAndOneMainHeading() throws Exception {
        String page = mvc.perform(get("/plans")).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("govuk-header__logotype").doesNotContain("crown");
        assertThat(page.split("<h1", -1)).hasSize(2);
        assertThat(page).contains("class=\"govuk-skip-link\"");
    }
}
