package org.oversight.performance;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** {@code POST /api/v1/spc}: the same JSON as {@code ./oversight spc --json}, for anyone, without sign-in. */
@SpringBootTest
@AutoConfigureMockMvc
class SpcApiTest {

    @Autowired
    MockMvc mvc;

    private ResultActions postChart(String body) throws Exception {
        return mvc.perform(
                post("/api/v1/spc").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void answersTheContractsJsonForTheHandWorkedSeriesWithoutSignIn() throws Exception {
        postChart(SpcExamples.REQUEST)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().string(SpcExamples.JSON));
    }

    @Test
    void appliesTheOptionsInTheBody() throws Exception {
        String body =
                """
                {"direction":"decrease","target":12.5,"shiftRun":6,"trendRun":6,"fixAfter":12,"screenOutliers":false,
                 "rebase":["2025-02"],
                 "points":[{"period":"2024-01","value":5},{"period":"2024-02","value":7},{"period":"2024-03","value":6},
                   {"period":"2024-04","value":8},{"period":"2024-05","value":5},{"period":"2024-06","value":7},
                   {"period":"2024-07","value":6},{"period":"2024-08","value":8},{"period":"2024-09","value":5},
                   {"period":"2024-10","value":7},{"period":"2024-11","value":6},{"period":"2024-12","value":8},
                   {"period":"2025-01","value":5},{"period":"2025-02","value":40},{"period":"2025-03","value":41},
                   {"period":"2025-04","value":40}]}
                """;
        // The rebase leaves a last segment of three points (40 41 40), fewer than the 12 to fix on: trial limits.
        postChart(body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.centre").value(40.333333333333336))
                .andExpect(jsonPath("$.assurance").value("consistent_fail"))
                .andExpect(jsonPath("$.trial").value(true))
                .andExpect(jsonPath("$.points.length()").value(16));
    }

    @Test
    void refusesBadInputWithAClearMessage() throws Exception {
        postChart("{\"points\":[]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("direction is required: increase, decrease or neutral"));
        postChart("{\"direction\":\"up\",\"points\":[]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value("the improvement direction must be increase, decrease, neutral, not 'up'"));
        postChart("{\"direction\":\"increase\",\"fixafter\":3,\"points\":[]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("unknown field fixafter")));
        postChart("{\"direction\":\"increase\",\"shiftRun\":6.5,\"points\":[]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("shiftRun must be a whole number, not 6.5"));
        postChart("{\"direction\":\"increase\",\"points\":[{\"period\":\"2024-01\",\"value\":\"5\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("points[0].value must be a number, not \"5\""));
        postChart("{\"direction\":\"increase\",\"points\":[]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("the series is empty")));
        postChart("{\"direction\":\"increase\",\"fixAfter\":12,\"points\":[{\"period\":\"a\",\"value\":1},"
                        + "{\"period\":\"b\",\"value\":2}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("cannot fix the limits after 12 points: the series has only 2"));
        postChart("{\"direction\":\"increase\",\"fixAfter\":6,\"points\":[{\"period\":\"a\",\"value\":1},"
                        + "{\"period\":\"b\",\"value\":2}]}")
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("fix after must be at least 12")));
        postChart("{\"direction\":")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("the body must be a JSON object with direction and points"));
    }
}
