package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.oversight.plan.file.PlanFile;
import org.oversight.plan.file.PlanFileException;
import org.oversight.plan.file.PlanFileProblem;
import org.oversight.plan.file.PlanFileReader;

class PlanFileReaderTest {

    private static final String VALID =
            """
            format: oversight-plan/1
            plan:
              key: test-plan
              title: Police and Crime Plan
              force: West Midlands Police
            versions:
              - label: "2013-14"
                objectives:
                  - number: "4.6"
                    title: Reduce crime and offending
                    commitments:
                      - text: Reduce burglary by 8 per cent
                        lead: [ACC Local Policing, ACC Crime]
                        cadence: quarterly-until-complete
                    measures:
                      - text: Reduce burglary by 8 per cent
                        direction: decrease
                        unit: count
                        target: { kind: change-by-percent, change: reduce, percent: 8, baseline: "2012/13" }
              - label: "2014-15"
                variationOf: "2013-14"
                objectives: []
            """;

    private static PlanFile read(String yaml) {
        return new PlanFileReader().read("plan.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static PlanFileException refused(String yaml) {
        return catchThrowableOfType(PlanFileException.class, () -> read(yaml));
    }

    @Test
    void readsAValidPlanWithItsVersionsCommitmentsAndTargets() {
        PlanFile file = read(VALID);

        assertThat(file.header().key()).isEqualTo("test-plan");
        assertThat(file.versions()).extracting(PlanFile.Version::label).containsExactly("2013-14", "2014-15");
        var objective = file.versions().get(0).objectives().get(0);
        assertThat(objective.commitments().get(0).leads()).containsExactly("ACC Local Policing", "ACC Crime");
        assertThat(objective.commitments().get(0).cadence()).isEqualTo(ReportingCadence.QUARTERLY_UNTIL_COMPLETE);
        assertThat(objective.measures().get(0).target().words(MeasureUnit.COUNT))
                .isEqualTo("Reduce by 8% compared with 2012/13");
    }

    @Test
    void acceptsAByteOrderMarkAndWindowsLineEndings() {
        String windows = "\uFEFF" + VALID.replace("\n", "\r\n");
        assertThat(read(windows).versions()).hasSize(2);
    }

    @Test
    void reportsBrokenYamlWithItsLineAndColumn() {
        PlanFileException e = refused("format: oversight-plan/1\nplan:\n  key: [unclosed\n");
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).line()).isGreaterThanOrEqualTo(3);
        assertThat(e.problems().get(0).message()).startsWith("not valid YAML");
    }

    @Test
    void reportsEverySchemaProblemWithItsLineAndField() {
        String yaml = VALID.replace("cadence: quarterly-until-complete", "cadence: fortnightly")
                .replace("direction: decrease", "direction: downwards");
        PlanFileException e = refused(yaml);
        assertThat(e.problems())
                .extracting(PlanFileProblem::line, PlanFileProblem::field)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(14, "versions[0].objectives[0].commitments[0].cadence"),
                        org.assertj.core.groups.Tuple.tuple(17, "versions[0].objectives[0].measures[0].direction"));
        assertThat(e.problems().get(0).toString()).startsWith("plan.yaml:14:");
    }

    @Test
    void reportsAMissingRequiredFieldAtItsParent() {
        PlanFileException e = refused(VALID.replace("  force: West Midlands Police\n", ""));
        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.field()).isEqualTo("plan");
            assertThat(problem.message()).contains("force");
        });
    }

    @Test
    void refusesAKeyWrittenTwice() {
        PlanFileException e = refused(VALID.replace("  title: Police and Crime Plan\n", "  title: A\n  title: B\n"));
        assertThat(e.problems()).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.message()).isEqualTo("'title' is written twice");
        });
    }

    @Test
    void refusesATargetThatPullsAgainstTheMeasuresDirection() {
        PlanFileException e = refused(VALID.replace("direction: decrease", "direction: increase"));
        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("versions[0].objectives[0].measures[0].target");
            assertThat(problem.message()).contains("does not agree with the increase direction");
        });
    }

    @Test
    void refusesAPeriodThatIsNotAFinancialYear() {
        PlanFileException e = refused(VALID.replace("baseline: \"2012/13\"", "baseline: \"2012/14\""));
        assertThat(e.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .contains("14 does not follow 2012"));
    }

    @Test
    void refusesADueDateBeforeTheStartAndRepeatedNumbers() {
        String yaml = VALID.replace(
                        "cadence: quarterly-until-complete",
                        "cadence: quarterly-until-complete\n            start: \"2015-04-01\"\n            due: \"2015-03-01\"")
                .replace(
                        "objectives: []",
                        "objectives:\n      - { number: \"1\", title: A }\n      - { number: \"1\", title: B }");
        PlanFileException e = refused(yaml);
        assertThat(e.problems())
                .extracting(PlanFileProblem::message)
                .contains("the due date is before the start date", "objective number 1 is used twice");
    }

    @Test
    void refusesTextThatIsNotUtf8() {
        byte[] bytes = VALID.getBytes(StandardCharsets.UTF_8);
        bytes[60] = (byte) 0xC3;
        bytes[61] = (byte) 0x28;
        assertThatThrownBy(() -> new PlanFileReader().read("plan.yaml", new ByteArrayInputStream(bytes)))
                .isInstanceOf(PlanFileException.class)
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(refused("").problems()).extracting(PlanFileProblem::message).containsExactly("the file is empty");
    }

    private static final String WITH_PROVENANCE =
            """
            format: oversight-plan/1
            plan: { key: test-plan, title: Police and Crime Plan, force: West Midlands Police }
            versions:
              - label: "2013-14"
                objectives:
                  - { number: "4.6", title: Reduce crime and offending }
              - label: "2014-15"
                variationOf: "2013-14"
                objectives:
                  - number: "4.6"
                    title: Reduce crime and offending
                    reasonsForChange: |-
                      The deliverable and milestones have been revised, last year this section also included:
                      - Developing a Force strategy to tackle drug dealing
                    commitments:
                      - text: I will review the cadets programme in 2022, expecting the scheme to grow to 750
                    measures:
                      - text: Reduce burglary by 8 per cent
                        direction: decrease
                        target: { kind: change-by-percent, change: reduce, percent: 8, baseline: "2012/13" }
                        baselineInferred: the year before is taken as the baseline
                      - text: Increase the capacity of the cadet scheme
                        direction: increase
                        target: { kind: reach, value: 750 }
                        targetFromCommitment: true
                      - text: Reduce knife crime, achieving reductions on the numbers seen in 2019/20
                        direction: decrease
                        target: { kind: change-on-baseline, change: reduce, baseline: "2019/20" }
            """;

    @Test
    void readsReasonsForChangeAnInferredBaselineATargetFromTheCommitmentTextAndAnyReductionOnABaseline() {
        var objective = read(WITH_PROVENANCE).versions().get(1).objectives().get(0);

        assertThat(objective.reasonsForChange())
                .isEqualTo("The deliverable and milestones have been revised, last year this section also included:\n"
                        + "- Developing a Force strategy to tackle drug dealing");
        assertThat(objective.measures().get(0).baselineInferred())
                .isEqualTo("the year before is taken as the baseline");
        assertThat(objective.measures().get(0).targetFromCommitment()).isFalse();
        assertThat(objective.measures().get(1).targetFromCommitment()).isTrue();
        assertThat(objective.measures().get(1).baselineInferred()).isNull();
        assertThat(objective.measures().get(2).target())
                .isEqualTo(new Target.ChangeOnBaseline(
                        Target.Change.REDUCE, org.oversight.shared.ReportingPeriod.parse("2019/20"), null));
    }

    @Test
    void refusesAnInferredBaselineOnATargetWithoutABaselineWithItsLineAndField() {
        PlanFileException e = refused(WITH_PROVENANCE.replace(
                "target: { kind: change-by-percent, change: reduce, percent: 8, baseline: \"2012/13\" }",
                "target: { kind: threshold, comparator: below, value: 900 }"));

        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(21);
            assertThat(problem.field()).isEqualTo("versions[1].objectives[0].measures[0].baselineInferred");
            assertThat(problem.message()).contains("names no baseline period");
        });
    }

    @Test
    void refusesATargetFromTheCommitmentTextOnAMeasureWithoutATarget() {
        PlanFileException e = refused(WITH_PROVENANCE.replace("target: { kind: reach, value: 750 }", "unit: number"));

        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(25);
            assertThat(problem.field()).isEqualTo("versions[1].objectives[0].measures[1].targetFromCommitment");
            assertThat(problem.message()).contains("has no target");
        });
    }

    @Test
    void refusesNewFieldsOfTheWrongShapeWithTheirLines() {
        PlanFileException e = refused(WITH_PROVENANCE
                .replace("targetFromCommitment: true", "targetFromCommitment: \"yes\"")
                .replace("change: reduce, baseline: \"2019/20\"", "change: reduce"));

        assertThat(e.problems())
                .extracting(PlanFileProblem::line, PlanFileProblem::field)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                25, "versions[1].objectives[0].measures[1].targetFromCommitment"),
                        org.assertj.core.groups.Tuple.tuple(28, "versions[1].objectives[0].measures[2].target"));
    }
}
