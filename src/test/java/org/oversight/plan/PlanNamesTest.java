package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oversight.plan.domain.PlanNames;
import org.oversight.plan.file.PlanFileException;
import org.oversight.plan.file.PlanFileProblem;
import org.oversight.plan.file.PlanFileReader;

/** A plan key or version label is accepted only when every address it names works. */
class PlanNamesTest {

    private static String plan(String key, String label) {
        return """
                format: oversight-plan/1
                plan:
                  key: %s
                  title: Police and Crime Plan
                  force: West Midlands Police
                versions:
                  - label: %s
                    objectives: []
                """
                .formatted(key, label);
    }

    private static PlanFileProblem refused(String yaml) {
        PlanFileException e = catchThrowableOfType(PlanFileException.class, () -> new PlanFileReader()
                .read("plan.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
        assertThat(e).as("the file is refused").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "wm-police-and-crime-plan",
                "wm-police-and-crime-plan-2021-2025",
                "wm-strategic-policing-plan-2008-2011",
                "test-plan",
                "p1"
            })
    void acceptsTheKeysOfEveryExampleAndTest(String key) {
        assertThat(PlanNames.keyProblem(key)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2013-14", "2014-15", "2021-2025", "2008-2011", "2025-26", "1", "Draft 2", "v1.2", "a_b"})
    void acceptsTheLabelsOfEveryExampleAndTest(String label) {
        assertThat(PlanNames.labelProblem(label)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan\n", "Plan", "plan--a", "-plan", "plan-", "plan a", "plan/a", "plan.a", "plän"})
    void refusesKeysOfAnyOtherShape(String key) {
        assertThat(PlanNames.keyProblem(key)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2014-15\n", "2014-15 ", " 2014-15", "2014/15", "2014--15", "a\u0000b", "..", "-1", "é"})
    void refusesLabelsOfAnyOtherShape(String label) {
        assertThat(PlanNames.labelProblem(label)).isPresent();
    }

    @Test
    void refusesAKeyEndingInALineBreakWithItsLineAndField() {
        PlanFileProblem problem = refused(plan("\"wm-plan\\n\"", "\"2014-15\""));

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.field()).isEqualTo("plan.key");
        assertThat(problem.message()).startsWith("has a line break; use lower-case letters and digits");
    }

    @Test
    void refusesALabelEndingInALineBreakWithItsLineAndField() {
        PlanFileProblem problem = refused(plan("wm-plan", "\"2014-15\\n\""));

        assertThat(problem.line()).isEqualTo(7);
        assertThat(problem.field()).isEqualTo("versions[0].label");
        assertThat(problem.message()).startsWith("has a line break; use letters and digits in words");
    }

    @Test
    void refusesALabelEndingInASpace() {
        PlanFileProblem problem = refused(plan("wm-plan", "\"2014-15 \""));

        assertThat(problem.field()).isEqualTo("versions[0].label");
        assertThat(problem.message()).startsWith("starts or ends with a space;");
    }

    @Test
    void refusesALabelWithASlashSayingWhatALabelMayHold() {
        PlanFileProblem problem = refused(plan("wm-plan", "\"2014/15\""));

        assertThat(problem.message())
                .isEqualTo(
                        "use letters and digits in words joined by a single hyphen, full stop, underscore or space, at most 40"
                                + " characters, such as 2014-15");
    }
}
