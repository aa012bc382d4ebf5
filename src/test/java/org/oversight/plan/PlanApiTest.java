package org.oversight.plan;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.accounts.Role;
import org.oversight.accounts.domain.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PlanApiTest {

    static final String PASSWORD = "a-long-password-for-tests";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void anAnalystAccount() {
        if (accounts.all().stream().noneMatch(a -> a.username().equals("api-analyst"))) {
            accounts.add("api-analyst", Role.ANALYST, PASSWORD.toCharArray());
        }
    }

    @Test
    void readsAPlanVersionWithItsTargetsInWords() throws Exception {
        mvc.perform(get("/api/v1/plans/wm-police-and-crime-plan/versions/2014-15"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.objectives.length()").value(10))
                .andExpect(jsonPath("$.objectives[0].number").value("4.1"))
                .andExpect(jsonPath("$.objectives[0].commitments[0].cadence").value("six-monthly"));
    }

    @Test
    void givesReasonsForChangeAndSaysWhereATargetIsNotAllThePlansOwnWords() throws Exception {
        mvc.perform(get("/api/v1/plans/wm-police-and-crime-plan/versions/2014-15"))
                .andExpect(jsonPath("$.objectives[0].reasonsForChange")
                        .value(org.hamcrest.Matchers.startsWith("The deliverables and milestones have been revised")));
        mvc.perform(get("/api/v1/plans/wm-police-and-crime-plan/versions/2013-14"))
                .andExpect(jsonPath("$.objectives[5].measures[2].baselineInferred")
                        .value(org.hamcrest.Matchers.containsString("2012/13")))
                .andExpect(jsonPath("$.objectives[5].measures[2].targetNotes[0]")
                        .value(org.hamcrest.Matchers.startsWith("Baseline inferred, not stated in the plan")));
        mvc.perform(get("/api/v1/plans/wm-police-and-crime-plan-2021-2025/versions/2021-2025"))
                .andExpect(jsonPath("$.objectives[10].measures[0].targetFromCommitment")
                        .value(true));
    }

    @Test
    void answersNotFoundForAnUnknownPlan() throws Exception {
        mvc.perform(get("/api/v1/plans/no-such-plan")).andExpect(status().isNotFound());
    }

    @Test
    void importsAPlanFileSentByAnAnalyst() throws Exception {
        String yaml =
                """
                format: oversight-plan/1
                plan: { key: api-test-plan, title: API test plan, force: Test Police }
                versions:
                  - label: "2025-26"
                    objectives:
                      - title: Reduce crime
                        measures:
                          - { text: Reduce burglary, direction: decrease, target: { kind: change-by-percent, change: reduce, percent: 3, baseline: "2024/25" } }
                """;
        mvc.perform(post("/api/v1/plans")
                        .contentType("application/yaml")
                        .content(yaml)
                        .with(httpBasic("api-analyst", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.planKey").value("api-test-plan"))
                .andExpect(jsonPath("$.versions[0].outcome").value("CREATED"));
    }

    @Test
    void refusesABadPlanFileWithEveryProblemAndItsLine() throws Exception {
        mvc.perform(post("/api/v1/plans")
                        .contentType("application/yaml")
                        .content("format: oversight-plan/1\nplan: { key: Bad }\nversions: []\n")
                        .with(httpBasic("api-analyst", PASSWORD)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(3)))
                .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.startsWith("upload.yaml:2:")));
    }

    @Test
    void refusesAWrongPassword() throws Exception {
        mvc.perform(post("/api/v1/plans")
                        .contentType("application/yaml")
                        .content("x")
                        .with(httpBasic("api-analyst", "wrong-password-here")))
                .andExpect(status().isUnauthorized());
    }
}
