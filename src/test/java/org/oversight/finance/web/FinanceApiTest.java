package org.oversight.finance.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** The finance and decisions API: the public's figures as JSON, and its mistakes as problem details. */
@SpringBootTest
@AutoConfigureMockMvc
class FinanceApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aBudgetGivesEachLinesComputedShareBesideThePublishedOneAndSaysWhereTheyDiffer() throws Exception {
        mvc.perform(get("/api/v1/finance/budgets/2014-15"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value("2014/15"))
                .andExpect(jsonPath("$.example").value(true))
                .andExpect(jsonPath("$.lines[0].line").value("Police officers"))
                .andExpect(jsonPath("$.lines[0].parent").value("Sub total staffing"))
                .andExpect(jsonPath("$.lines[?(@.line == 'Government grant')].share")
                        .value(86.1))
                .andExpect(jsonPath("$.lines[?(@.line == 'Government grant')].publishedShare")
                        .value(86.0))
                .andExpect(jsonPath("$.differences[0]")
                        .value("Government grant: published share 86.0%, computed 86.1% (difference +0.1 points)"));
    }

    @Test
    void theVictimsGrantAwardsComeWithoutTheOfficesMonitoring() throws Exception {
        mvc.perform(get("/api/v1/finance/grants/Victims' Services/2018-19"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.awards.length()").value(16))
                .andExpect(jsonPath("$.awards[0].recipient").value("Victim Support"))
                .andExpect(jsonPath("$.awards[0].amount").value(998920.00))
                .andExpect(jsonPath("$.awards[0].returns").doesNotExist());
    }

    @Test
    void anUnknownSchemeOrYearIsAProblemThatSaysWhich() throws Exception {
        mvc.perform(get("/api/v1/finance/grants/no-such-fund/2014-15"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no grant scheme 'no-such-fund'"));
        mvc.perform(get("/api/v1/finance/budgets/2099-00"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no budget for 2099/00"));
        mvc.perform(get("/api/v1/finance/budgets/twenty"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("'twenty' is not a financial year such as 2014/15"));
    }

    @Test
    void theDecisionsRegisterIsSearchedByWordsAndYear() throws Exception {
        mvc.perform(get("/api/v1/decisions").param("q", "tasers").param("year", "2018-19"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].number").value("025-2018"))
                .andExpect(jsonPath("$[0].confidential").value(true));
    }
}
