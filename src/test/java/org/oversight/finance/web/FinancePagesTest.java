package org.oversight.finance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oversight.finance.spending.SpendingFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The finance pages for each kind of reader: the office's register for anyone signed in (controls
 * for analysts), the public's labelled pages for anyone, and the downloads both give.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FinancePagesTest {

    static final YearMonth APRIL = YearMonth.of(2024, 4);

    @Autowired
    MockMvc mvc;

    @Autowired
    SpendingFiles spending;

    @AfterEach
    void removeTheSpendingFile() {
        spending.remove(APRIL, "test");
    }

    static RequestPostProcessor analyst() {
        return SecurityMockMvcRequestPostProcessors.user("ana").roles("ANALYST");
    }

    private String page(String path, RequestPostProcessor as) throws Exception {
        return mvc.perform(get(path).with(as))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String publicPage(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theOfficesRegisterNeedsSignInAndThePublicPagesDoNot() throws Exception {
        for (String path : new String[] {
            "/finance", "/finance/budgets/2014-15", "/finance/grants", "/finance/spending", "/decisions"
        }) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/sign-in"));
        }
        assertThat(publicPage("/public/finance")).contains("id=\"public-label\"", "Public page", "not yet published");
        assertThat(publicPage("/public/finance/budgets/2014-15")).contains("£352,479,000", "63.7%", "Public page");
        assertThat(publicPage("/public/finance/grants/community-safety-fund/2014-15"))
                .contains("Birmingham", "£2,497,583");
    }

    @Test
    void boardMembersReadTheRegisterOnlyAnalystsSeeItsControlsAndLeadOfficersReadThePublicPages() throws Exception {
        String asAnalyst = page("/finance/budgets/2014-15", analyst());
        assertThat(asAnalyst)
                .contains("Add a line", "href=\"/public/finance/budgets/2014-15\"")
                .doesNotContain("id=\"public-label\"");

        RequestPostProcessor boardMember = user("board").roles("BOARD_MEMBER");
        String asBoardMember = page("/finance/budgets/2014-15", boardMember);
        assertThat(asBoardMember).contains("£352,479,000").doesNotContain("Add a line");
        mvc.perform(get("/finance/budgets/2014-15/lines/new").with(boardMember)).andExpect(status().isForbidden());

        RequestPostProcessor leadOfficer = user("lead").roles("LEAD_OFFICER");
        mvc.perform(get("/finance/budgets/2014-15").with(leadOfficer)).andExpect(status().isForbidden());
        mvc.perform(get("/decisions").with(leadOfficer)).andExpect(status().isForbidden());
        assertThat(page("/public/finance/budgets/2014-15", leadOfficer))
                .contains("id=\"public-label\"", "href=\"/public/finance\"");
    }

    @Test
    void thePublicPageShowsNoControlsEvenToAnAnalystAndLinksOnlyToPublicPages() throws Exception {
        String page = page("/public/finance/budgets/2019-20", analyst());

        assertThat(page)
                .contains("id=\"public-label\"", "href=\"/public/decisions/004-2019\"")
                .doesNotContain("Add a line", "href=\"/finance/", "href=\"/decisions/");
    }

    @Test
    void theBudgetDownloadIsTheCommandLinesCsv() throws Exception {
        String csv = mvc.perform(get("/public/finance/budgets/2014-15/budget.csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv)
                .startsWith("line,amount,share\nPolice officers,352479000.00,63.7\n")
                .contains("\nTotal funding,553422000.00,100.0\n");
    }

    @Test
    void aYearWithNoBudgetIsNotFoundWithALinkBackToTheSameReading() throws Exception {
        String page = mvc.perform(get("/public/finance/budgets/2099-00"))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("There is no budget for 2099/00.", "href=\"/public/finance\"");
    }

    @Test
    void aBudgetLineSentWithoutThePerHeadBoxTickedShowsItsMistakes() throws Exception {
        String page = mvc.perform(post("/finance/budgets/2014-15/lines/new")
                        .param("side", "spending")
                        .param("name", "")
                        .param("amount", "12")
                        .param("lock", "1")
                        .with(analyst())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("govuk-error-summary", "Enter a name for the line");
    }

    @Test
    void aSpendingFileWithBadRowsIsRefusedWithItsLinesAndNothingIsStored() throws Exception {
        byte[] bad =
                """
                Transaction Date,Supplier,Net Amount
                02/04/2024,Acme,600.00
                03/04/2024,Acme,six hundred
                """
                        .getBytes(StandardCharsets.UTF_8);

        String page = mvc.perform(multipart("/finance/spending/import")
                        .file(new MockMultipartFile("file", "april.csv", "text/csv", bad))
                        .param("month", "2024-04")
                        .with(analyst())
                        .with(csrf().asHeader()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("The file april.csv was not imported", "id=\"import-problems\"", "&#39;six hundred&#39;");
        assertThat(spending.file(APRIL)).isEmpty();
    }

    @Test
    void theSpendingFileIsPublishedAsImportedWithoutTheNameOfWhoImportedIt() throws Exception {
        mvc.perform(multipart("/finance/spending/import")
                        .file(new MockMultipartFile("file", "spend-april.csv", "text/csv", sample()))
                        .param("month", "2024-04")
                        .with(analyst())
                        .with(csrf().asHeader()))
                .andExpect(redirectedUrl("/finance/spending/2024-04"));

        assertThat(page("/finance/spending/2024-04", analyst())).contains("By ana", "Midland Tyres Ltd");
        assertThat(publicPage("/public/finance/spending/2024-04"))
                .contains("Midland Tyres Ltd")
                .doesNotContain("By ana");
        byte[] download = mvc.perform(get("/public/finance/spending/2024-04/file"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(download).isEqualTo(sample());
    }

    @Test
    void eachUploadHasItsOwnBodyLimitRefusedBeforeTheBodyIsRead() throws Exception {
        byte[] sixMegabytes = new byte[6 * 1024 * 1024];
        mvc.perform(multipart("/decisions/import")
                        .file(new MockMultipartFile("file", "decisions.csv", "text/csv", new byte[] {1}))
                        .content(sixMegabytes)
                        .with(analyst())
                        .with(csrf().asHeader()))
                .andExpect(status().isPayloadTooLarge());
        mvc.perform(multipart("/finance/spending/import")
                        .file(new MockMultipartFile("file", "april.csv", "text/csv", new byte[] {1}))
                        .param("month", "2024-04")
                        .content(sixMegabytes)
                        .with(analyst())
                        .with(csrf().asHeader()))
                .andExpect(status().isOk());
    }

    static byte[] sample() throws IOException {
        try (InputStream input = FinancePagesTest.class.getResourceAsStream("/finance/spending-2024-04.csv")) {
            return input.readAllBytes();
        }
    }
}
