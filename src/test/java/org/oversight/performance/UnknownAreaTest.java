package org.oversight.performance;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An area that does not exist (names match exactly, capitals included) is answered with 404 and the
 * areas there are, on the pages and in the API, never with a table of zeros.
 */
@SpringBootTest(properties = "oversight.seed.demonstration-data=true")
@AutoConfigureMockMvc
class UnknownAreaTest {

    private static final String PLAN = "/performance/plans/wm-police-and-crime-plan/versions/2014-15";
    private static final String API = "/api/v1/performance/plans/wm-police-and-crime-plan/versions/2014-15";

    @Autowired
    MockMvc mvc;

    @Test
    void theOverviewOfAnUnknownAreaIsNotFoundAndLinksToTheKnownAreas() throws Exception {
        mvc.perform(get(PLAN).param("area", "Nowhere").param("objective", "4.6"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Area not found")))
                .andExpect(content().string(containsString("‘Nowhere’")))
                .andExpect(content().string(containsString("href=\"" + PLAN + "?objective=4.6&amp;area=Birmingham\"")))
                .andExpect(content().string(containsString("href=\"" + PLAN + "?objective=4.6\">Whole force area")))
                .andExpect(content().string(not(containsString("id=\"measures\""))))
                .andExpect(content().string(not(containsString("Did you mean"))));
    }

    @Test
    void anAreaNamedInTheWrongCaseIsNotFoundAndTheRightNameIsSuggested() throws Exception {
        mvc.perform(get(PLAN).param("area", "birmingham"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Did you mean")))
                .andExpect(content().string(containsString("href=\"" + PLAN + "?area=Birmingham\">Birmingham</a>?")));
    }

    @Test
    void theMeasurePageOfAnUnknownAreaIsNotFound() throws Exception {
        mvc.perform(get(PLAN + "/measures/4.6/4.6-m3").param("area", "COVENTRY"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("href=\"" + PLAN + "/measures/4.6/4.6-m3?area=Coventry\"")))
                .andExpect(content().string(not(containsString("spc-chart"))));
    }

    @Test
    void theApiAnswersAnUnknownAreaWithAProblemListingTheKnownAreas() throws Exception {
        mvc.perform(get(API).param("area", "Nowhere"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Unknown area"))
                .andExpect(jsonPath(
                        "$.detail",
                        allOf(
                                containsString("There is no area called 'Nowhere'."),
                                containsString("west-midlands (the whole force area)"),
                                containsString("Birmingham"))))
                .andExpect(jsonPath("$.area").value("Nowhere"))
                .andExpect(jsonPath("$.areas", hasItems("west-midlands", "Birmingham", "Coventry")));
    }

    @Test
    void theApiAnswersAnAreaInTheWrongCaseWithNotFoundAndTheRightName() throws Exception {
        mvc.perform(get(API).param("area", "birmingham"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("Did you mean 'Birmingham'?")))
                .andExpect(jsonPath("$.didYouMean").value("Birmingham"));
    }

    @Test
    void theForceBySlugOrByNothingAndADistrictByItsExactNameAreFound() throws Exception {
        mvc.perform(get(API).param("area", "west-midlands")).andExpect(status().isOk());
        mvc.perform(get(API)).andExpect(status().isOk());
        mvc.perform(get(PLAN).param("area", "Birmingham")).andExpect(status().isOk());
    }
}
