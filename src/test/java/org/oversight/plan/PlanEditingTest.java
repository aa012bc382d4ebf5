package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.plan.domain.Commitment;
import org.oversight.plan.domain.Measure;
import org.oversight.plan.domain.PlanRegister;
import org.oversight.plan.domain.PlanVersion;
import org.oversight.plan.file.PlanFileReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Analysts add, change and remove commitments and measures in the browser: every field is saved, a
 * bad value is refused with its reason, and a form opened before someone else saved is refused
 * without losing either person's words. Each test edits a plan of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanEditingTest {

    private static final AtomicInteger PLANS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanRegister register;

    private String key;

    @BeforeEach
    void aPlanOfThisTestsOwn() {
        key = "editing-test-" + PLANS.incrementAndGet();
        String yaml =
                """
                format: oversight-plan/1
                plan: { key: %s, title: Editing test plan, force: West Midlands Police }
                versions:
                  - label: "2024-25"
                    objectives:
                      - number: "7"
                        title: Reducing crime
                        commitments:
                          - { ref: "7-1", heading: Burglary, text: Tackle burglary, lead: ACC Crime, cadence: quarterly }
                        measures:
                          - ref: "7-m1"
                            text: Reduce burglary
                            direction: decrease
                            unit: count
                            target: { kind: change-by-percent, change: reduce, percent: 2, baseline: "2023/24" }
                            baselineInferred: "the plan names no baseline; the year before is assumed"
                          - ref: "7-m2"
                            text: Serious violence
                            direction: decrease
                            unit: count
                            target:
                              kind: milestones
                              steps:
                                - { period: "2024/25", target: { kind: change-by-percent, change: reduce, percent: 4, baseline: "2023/24" } }
                          - ref: "7-m3"
                            text: Grow the cadet scheme
                            direction: increase
                            unit: number
                            target: { kind: reach, value: 750 }
                            targetFromCommitment: true
                """
                        .formatted(key);
        register.importPlan(
                new PlanFileReader()
                        .read("editing.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))),
                "test");
    }

    private PlanVersion version() {
        return register.version(key, "2024-25");
    }

    private String objective() {
        return "/plans/" + key + "/versions/2024-25/objectives/1";
    }

    private MockHttpServletRequestBuilder postAsAnalyst(String path) {
        return post(path).with(user("editor").roles("ANALYST")).with(csrf());
    }

    private MockHttpServletRequestBuilder commitmentForm(String path, int lock) {
        return commitmentForm(path, lock, "Tackle robbery with partners", "2025-03-31");
    }

    private MockHttpServletRequestBuilder commitmentForm(String path, int lock, String text, String due) {
        return postAsAnalyst(path)
                .param("ref", "7-2")
                .param("heading", "Robbery")
                .param("text", text)
                .param("leads", "ACC Crime\r\nACC Local Policing")
                .param("cadence", "six-monthly")
                .param("start", "2024-04-01")
                .param("due", due)
                .param("lock", String.valueOf(lock));
    }

    @Test
    void anAnalystAddsACommitmentWithEveryField() throws Exception {
        mvc.perform(commitmentForm(objective() + "/commitments/new", version().version()))
                .andExpect(status().is3xxRedirection());

        List<Commitment> commitments = version().objective(0).commitments();
        assertThat(commitments).hasSize(2);
        Commitment added = commitments.get(1);
        assertThat(added.ref()).isEqualTo("7-2");
        assertThat(added.heading()).isEqualTo("Robbery");
        assertThat(added.text()).isEqualTo("Tackle robbery with partners");
        assertThat(added.leads()).containsExactly("ACC Crime", "ACC Local Policing");
        assertThat(added.cadence()).isEqualTo(ReportingCadence.SIX_MONTHLY);
        assertThat(added.startOn()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(added.dueOn()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(version().updatedBy()).isEqualTo("editor");
    }

    @Test
    void changingACommitmentReplacesItInItsPlace() throws Exception {
        mvc.perform(get(objective() + "/commitments/1").with(user("editor").roles("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tackle burglary")));

        mvc.perform(commitmentForm(objective() + "/commitments/1", version().version()))
                .andExpect(status().is3xxRedirection());

        assertThat(version().objective(0).commitments())
                .extracting(Commitment::text)
                .containsExactly("Tackle robbery with partners");
    }

    @Test
    void aCommitmentWithoutWordsOrDueBeforeItStartsIsRefusedWithTheReasons() throws Exception {
        int lock = version().version();
        mvc.perform(commitmentForm(objective() + "/commitments/new", lock, "", "2024-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the commitment as the plan words it")))
                .andExpect(content().string(containsString("The due date must be on or after the start date")));

        assertThat(version().objective(0).commitments()).hasSize(1);
        assertThat(version().version()).isEqualTo(lock);
    }

    @Test
    void aCommitmentFormOpenedBeforeSomeoneElseSavedIsRefusedShowingWhatIsSavedNow() throws Exception {
        int opened = version().version();
        mvc.perform(commitmentForm(objective() + "/commitments/1", opened, "Saved first", "2025-03-31"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(commitmentForm(objective() + "/commitments/1", opened, "Typed second", "2025-03-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your changes are still in the form below")))
                .andExpect(content().string(containsString("Typed second")))
                .andExpect(content().string(containsString("id=\"text-saved\"")));

        assertThat(version().objective(0).commitments().get(0).text()).isEqualTo("Saved first");
    }

    @Test
    void removingACommitmentLeavesTheRest() throws Exception {
        mvc.perform(postAsAnalyst(objective() + "/commitments/1/delete")
                        .param("lock", String.valueOf(version().version())))
                .andExpect(status().is3xxRedirection());

        assertThat(version().objective(0).commitments()).isEmpty();
        assertThat(version().objective(0).measures()).hasSize(3);
    }

    @Test
    void anUnknownCommitmentOrMeasureIsNotFound() throws Exception {
        mvc.perform(get(objective() + "/commitments/9").with(user("editor").roles("ANALYST")))
                .andExpect(status().isNotFound());
        mvc.perform(get(objective() + "/measures/9").with(user("editor").roles("ANALYST")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/plans/" + key + "/versions/2024-25/objectives/4/measures/1")
                        .with(user("editor").roles("ANALYST")))
                .andExpect(status().isNotFound());
    }

    @Test
    void removingAMeasureLeavesTheRest() throws Exception {
        mvc.perform(postAsAnalyst(objective() + "/measures/1/delete")
                        .param("lock", String.valueOf(version().version())))
                .andExpect(status().is3xxRedirection());

        assertThat(version().objective(0).measures()).extracting(Measure::ref).containsExactly("7-m2", "7-m3");
    }

    @Test
    void aRedirectAfterSavingReturnsToTheObjectiveOnThePlanPage() throws Exception {
        mvc.perform(commitmentForm(objective() + "/commitments/new", version().version()))
                .andExpect(redirectedUrl("/plans/" + key + "/versions/2024-25#objective-7"));
    }

    private MockHttpServletRequestBuilder measureForm(String path, int lock, String direction) {
        return postAsAnalyst(path)
                .param("ref", "7-m9")
                .param("heading", "")
                .param("text", "Positive outcome rate for reasonable grounds searches")
                .param("direction", direction)
                .param("unit", "percent")
                .param("leads", "ACC Crime")
                .param("lock", String.valueOf(lock));
    }

    @Test
    void anAnalystAddsAMeasureWithAThresholdTarget() throws Exception {
        mvc.perform(measureForm(objective() + "/measures/new", version().version(), "increase")
                        .param("targetKind", "threshold")
                        .param("threshold.comparator", "at-least")
                        .param("threshold.value", "50"))
                .andExpect(status().is3xxRedirection());

        Measure added = version().objective(0).measures().get(3);
        assertThat(added.ref()).isEqualTo("7-m9");
        assertThat(added.unit()).isEqualTo(MeasureUnit.PERCENT);
        assertThat(added.leads()).containsExactly("ACC Crime");
        assertThat(added.target())
                .isEqualTo(new Target.Threshold(Target.Comparator.AT_LEAST, new java.math.BigDecimal("50"), null));
    }

    @Test
    void aTargetThatPullsAgainstTheDirectionOrHasABadFigureIsRefusedWithTheReason() throws Exception {
        int lock = version().version();
        mvc.perform(measureForm(objective() + "/measures/new", lock, "decrease")
                        .param("targetKind", "threshold")
                        .param("threshold.comparator", "at-least")
                        .param("threshold.value", "50"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("does not agree with the decrease direction of improvement")));
        mvc.perform(measureForm(objective() + "/measures/new", lock, "decrease")
                        .param("targetKind", "change-by-percent")
                        .param("changeByPercent.change", "reduce")
                        .param("changeByPercent.percent", "-3")
                        .param("changeByPercent.baseline", "2023/24"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Must be more than 0")))
                .andExpect(content().string(containsString("href=\"#changeByPercent.percent\"")));

        assertThat(version().version()).isEqualTo(lock);
    }

    @Test
    void changingAMilestoneMeasureInTheBrowserKeepsItsMilestones() throws Exception {
        Target milestones = version().objective(0).measures().get(1).target();

        mvc.perform(measureForm(objective() + "/measures/2", version().version(), "decrease")
                        .param("targetKind", "keep"))
                .andExpect(status().is3xxRedirection());

        assertThat(version().objective(0).measures().get(1).target()).isEqualTo(milestones);
    }

    @Test
    void changingAMeasureKeepsHowItsBaselineWasInferredAndWhereItsTargetCameFrom() throws Exception {
        mvc.perform(get(objective() + "/measures/1").with(user("editor").roles("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("the plan names no baseline; the year before is assumed")));

        mvc.perform(measureForm(objective() + "/measures/3", version().version(), "increase")
                        .param("targetKind", "reach")
                        .param("reach.value", "800")
                        .param("targetFromCommitment", "true"))
                .andExpect(status().is3xxRedirection());

        Measure cadets = version().objective(0).measures().get(2);
        assertThat(cadets.target()).isEqualTo(new Target.Reach(new java.math.BigDecimal("800"), null));
        assertThat(cadets.targetFromCommitment()).isTrue();
        assertThat(version().objective(0).measures().get(0).baselineInferred())
                .isEqualTo("the plan names no baseline; the year before is assumed");
    }

    @Test
    void aMeasureFormOpenedBeforeSomeoneElseSavedIsRefusedAndNothingChanges() throws Exception {
        int opened = version().version();
        mvc.perform(measureForm(objective() + "/measures/3", opened, "increase").param("targetKind", "monitor"))
                .andExpect(status().is3xxRedirection());
        int saved = version().version();

        mvc.perform(measureForm(objective() + "/measures/3", opened, "decrease").param("targetKind", "monitor"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your changes are still in the form below")))
                .andExpect(content().string(containsString("id=\"direction-saved\"")));

        assertThat(version().version()).isEqualTo(saved);
        assertThat(version().objective(0).measures().get(2).direction()).isEqualTo(ImprovementDirection.INCREASE);
    }

    @Test
    void anObjectivesReasonsForChangeAreSavedFromItsForm() throws Exception {
        mvc.perform(postAsAnalyst(objective())
                        .param("number", "7")
                        .param("title", "Reducing crime")
                        .param("section", "")
                        .param("description", "")
                        .param("reasonsForChange", "Business crime has moved here from 4.9.")
                        .param("lock", String.valueOf(version().version())))
                .andExpect(redirectedUrl("/plans/" + key + "/versions/2024-25#objective-7"));

        assertThat(version().objective(0).reasonsForChange()).isEqualTo("Business crime has moved here from 4.9.");
        assertThat(version().objective(0).commitments()).hasSize(1);
    }

    /**
     * The measure form groups each kind of target's fields under its choice; every group but the
     * chosen kind's is marked for hiding, which GOV.UK Frontend does once its script runs.
     */
    @Test
    void theMeasureFormMarksEveryKindOfTargetButTheChosenOneForHiding() throws Exception {
        String html = mvc.perform(
                        get(objective() + "/measures/3").with(user("editor").roles("ANALYST")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        java.util.regex.Matcher groups = java.util.regex.Pattern.compile(
                        "<div class=\"govuk-radios__conditional target-fields([^\"]*)\" id=\"conditional-([a-z-]+)\"")
                .matcher(html);
        java.util.Map<String, Boolean> hidden = new java.util.LinkedHashMap<>();
        while (groups.find()) {
            hidden.put(groups.group(2), groups.group(1).contains("govuk-radios__conditional--hidden"));
        }
        assertThat(hidden)
                .containsEntry("reach", false)
                .containsEntry("threshold", true)
                .containsEntry("change-by-percent", true)
                .hasSize(7);
        assertThat(html).contains("id=\"reach.value\"", "value=\"750\"", "data-aria-controls=\"conditional-reach\"");
        assertThat(html).contains("For reach a value:");
    }
}
