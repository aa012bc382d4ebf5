package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.plan.domain.PlanRegister;
import org.oversight.plan.file.PlanFileReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/** What analysts type into the plan forms: names of the right shape, figures a page can show, forms as sent. */
@SpringBootTest
@AutoConfigureMockMvc
class PlanFormInputTest {

    private static final AtomicInteger PLANS = new AtomicInteger();

    private static final String KEY_MESSAGE = "The key can only have lower-case letters and digits, in words joined by"
            + " single hyphens, like wm-police-and-crime-plan";

    private static final String LABEL_MESSAGE = "The label can only have letters and digits, in words joined by a"
            + " single hyphen, full stop, underscore or space, like 2024-25";

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanRegister register;

    private String key;

    @BeforeEach
    void aPlanOfThisTestsOwn() {
        key = "form-input-test-" + PLANS.incrementAndGet();
        String yaml =
                """
                format: oversight-plan/1
                plan: { key: %s, title: Form input test plan, force: West Midlands Police }
                versions:
                  - label: "2024-25"
                    objectives:
                      - { number: "1", title: Reducing crime }
                """
                        .formatted(key);
        register.importPlan(
                new PlanFileReader().read("form.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))),
                "test");
    }

    private static MockHttpServletRequestBuilder postAsAnalyst(String path) {
        return post(path).with(user("editor").roles("ANALYST")).with(csrf());
    }

    private MockHttpServletRequestBuilder newPlan(String newKey, String label) {
        return postAsAnalyst("/plans/new")
                .param("key", newKey)
                .param("title", "Police and Crime Plan")
                .param("force", "West Midlands Police")
                .param("label", label);
    }

    private static String escaped(String text) {
        return HtmlUtils.htmlEscape(text);
    }

    @Test
    void theNewPlanFormRefusesAKeyAndALabelOfAnyOtherShapeSayingWhatTheyMayHold() throws Exception {
        mvc.perform(newPlan("Bad Key", "2024/25"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(escaped(KEY_MESSAGE))))
                .andExpect(content().string(containsString(escaped(LABEL_MESSAGE))));

        assertThat(register.plans()).noneMatch(plan -> plan.key().equalsIgnoreCase("Bad Key"));
    }

    @Test
    void spacesAndLineBreaksTypedAroundANameAreDroppedNotStored() throws Exception {
        String typed = key + "-new";

        mvc.perform(newPlan(" " + typed + "\n", " 2024-25 "))
                .andExpect(redirectedUrl("/plans/" + typed + "/versions/2024-25"));

        assertThat(register.version(typed, "2024-25").label()).isEqualTo("2024-25");
    }

    @Test
    void aVariationCannotBeLabelledWithASlash() throws Exception {
        mvc.perform(postAsAnalyst("/plans/" + key + "/versions/2024-25/variation")
                        .param("label", "2025/26"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(escaped(LABEL_MESSAGE))));

        assertThat(register.versions(register.plan(key))).hasSize(1);
    }

    @Test
    void aVersionCannotBeRenamedToALabelWithALineBreakInside() throws Exception {
        int lock = register.version(key, "2024-25").version();

        mvc.perform(postAsAnalyst("/plans/" + key + "/versions/2024-25/edit")
                        .param("label", "2024\n25")
                        .param("lock", String.valueOf(lock)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(escaped(LABEL_MESSAGE))));

        assertThat(register.version(key, "2024-25").version()).isEqualTo(lock);
    }

    @Test
    void aFormWhoseHiddenLockWasAlteredIsRefusedWith400SayingSo() throws Exception {
        mvc.perform(postAsAnalyst("/plans/" + key + "/versions/2024-25/objectives/1")
                        .param("title", "Changed")
                        .param("lock", "not-a-number"))
                .andExpect(status().isBadRequest())
                .andExpect(status().reason(containsString("a value of the wrong kind in lock")));

        assertThat(register.version(key, "2024-25").objective(0).title()).isEqualTo("Reducing crime");
    }

    @Test
    void anUnknownUnitDirectionOrCadenceIsRefusedOnItsOwnField() throws Exception {
        String measures = "/plans/" + key + "/versions/2024-25/objectives/1/measures/new";
        String commitments = "/plans/" + key + "/versions/2024-25/objectives/1/commitments/new";
        int lock = register.version(key, "2024-25").version();

        mvc.perform(postAsAnalyst(measures)
                        .param("text", "Burglary")
                        .param("direction", "decrease")
                        .param("unit", "furlongs")
                        .param("targetKind", "monitor")
                        .param("lock", String.valueOf(lock)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#unit\">Select what the measure counts")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Select the direction"))));
        mvc.perform(postAsAnalyst(measures)
                        .param("text", "Burglary")
                        .param("direction", "sideways")
                        .param("targetKind", "monitor")
                        .param("lock", String.valueOf(lock)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#direction\">Select the direction of improvement")));
        mvc.perform(postAsAnalyst(commitments)
                        .param("text", "Tackle burglary")
                        .param("cadence", "fortnightly")
                        .param("lock", String.valueOf(lock)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#cadence\">Select how often the lead reports")));

        assertThat(register.version(key, "2024-25").version()).isEqualTo(lock);
    }

    @Test
    void aTargetFigureWithAHugeExponentIsRefusedInTheMeasureForm() throws Exception {
        mvc.perform(postAsAnalyst("/plans/" + key + "/versions/2024-25/objectives/1/measures/new")
                        .param("text", "Positive outcomes")
                        .param("direction", "increase")
                        .param("unit", "percent")
                        .param("targetKind", "threshold")
                        .param("threshold.comparator", "at-least")
                        .param("threshold.value", "1e999999999")
                        .param(
                                "lock",
                                String.valueOf(register.version(key, "2024-25").version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is too large; a target")));

        assertThat(register.version(key, "2024-25").objective(0).measures()).isEmpty();
    }
}
