package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.oversight.plan.domain.Commitment;
import org.oversight.plan.domain.Measure;
import org.oversight.plan.domain.Objective;
import org.oversight.plan.file.PlanFile;
import org.oversight.plan.file.PlanFileReader;

/** The example plans say what the seed documents say. */
class ExamplePlansTest {

    private static PlanFile example(String name) throws IOException {
        try (InputStream input = ExamplePlansTest.class.getResourceAsStream("/plan/examples/" + name)) {
            return new PlanFileReader().read(name, input);
        }
    }

    private static Stream<Measure> measures(PlanFile.Version version) {
        return version.objectives().stream().flatMap(o -> o.measures().stream());
    }

    private static Stream<Commitment> commitments(PlanFile.Version version) {
        return version.objectives().stream().flatMap(o -> o.commitments().stream());
    }

    @Test
    void the2014PlanHasObjectives4Point1To4Point10AndIsAVariationOfThe2013Plan() throws IOException {
        PlanFile plan = example("wm-police-and-crime-plan-2014-15.yaml");

        assertThat(plan.versions()).extracting(PlanFile.Version::label).containsExactly("2013-14", "2014-15");
        PlanFile.Version varied = plan.versions().get(1);
        assertThat(varied.variationOf()).isEqualTo("2013-14");
        assertThat(varied.objectives())
                .extracting(Objective::number)
                .containsExactly("4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8", "4.9", "4.10");
    }

    @Test
    void the2014MilestonesCarryTheLeadAndCadenceGivenInTheDecember2014BoardReport() throws IOException {
        PlanFile.Version varied =
                example("wm-police-and-crime-plan-2014-15.yaml").versions().get(1);

        Commitment confidence = commitments(varied)
                .filter(c -> c.text().equals("Increase confidence in policing"))
                .findFirst()
                .orElseThrow();
        assertThat(confidence.leads()).containsExactly("ACC Local Policing");
        assertThat(confidence.cadence()).isEqualTo(ReportingCadence.SIX_MONTHLY);
        assertThat(commitments(varied).map(Commitment::cadence))
                .contains(
                        ReportingCadence.MONTHLY,
                        ReportingCadence.QUARTERLY,
                        ReportingCadence.QUARTERLY_UNTIL_COMPLETE);
    }

    @Test
    void the2014BurglaryTargetIsATwoPerCentReductionOn2013To14() throws IOException {
        PlanFile.Version varied =
                example("wm-police-and-crime-plan-2014-15.yaml").versions().get(1);

        assertThat(measures(varied).map(m -> m.target().words(m.unit())))
                .contains(
                        "Reduce by 2% compared with 2013/14 (2014/15)", "Reduce by 5% compared with 2013/14 (2014/15)");
    }

    @Test
    void the2021PlanStatesItsNumericTargets() throws IOException {
        PlanFile.Version plan =
                example("wm-police-and-crime-plan-2021-2025.yaml").versions().get(0);

        List<Target> targets = measures(plan).map(Measure::target).toList();
        assertThat(targets)
                .contains(
                        new Target.Threshold(Target.Comparator.AT_LEAST, new BigDecimal("50"), null),
                        new Target.Threshold(Target.Comparator.ABOVE, new BigDecimal("6"), null),
                        new Target.Threshold(Target.Comparator.ABOVE, new BigDecimal("5"), null),
                        new Target.Threshold(Target.Comparator.ABOVE, new BigDecimal("8"), null),
                        new Target.Maintain(Target.MaintainComparator.AT_OR_ABOVE, new BigDecimal("480"), null));
        assertThat(targets)
                .filteredOn(t -> t instanceof Target.ChangeByAmount)
                .extracting(t -> ((Target.ChangeByAmount) t).amount())
                .contains(new BigDecimal("1200"), new BigDecimal("450"));
        assertThat(targets)
                .filteredOn(t -> t instanceof Target.Maintain m && m.baseline() != null)
                .extracting(t -> ((Target.Maintain) t).baseline().code())
                .contains("2019/20");
    }

    @Test
    void the2008PlanHasAnnualMilestonesOnTheWayToThreeYearTargets() throws IOException {
        PlanFile.Version plan =
                example("wm-strategic-policing-plan-2008-2011.yaml").versions().get(0);

        Measure seriousViolence = measures(plan)
                .filter(m -> m.text().equals("Reduce serious violence"))
                .findFirst()
                .orElseThrow();
        Target.Milestones milestones = (Target.Milestones) seriousViolence.target();
        assertThat(milestones.steps()).hasSize(3);
        assertThat(milestones.steps()).allSatisfy(step -> assertThat(((Target.ChangeByPercent) step.target()).percent())
                .isEqualByComparingTo("4"));
        assertThat(((Target.ChangeByPercent) milestones.overall()).percent()).isEqualByComparingTo("11");
        assertThat(plan.objectives()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(commitments(plan).filter(c -> c.leads().contains("ACC Crime")))
                .isNotEmpty();
    }

    /** Every commitment and measure text of the examples is written in its seed document. */
    @Test
    void exampleTextsAreTheSeedDocumentsOwnWords() throws IOException {
        Path seeds = Path.of(System.getProperty("oversight.shared-dir", "../shared"), "seeds");
        assumeTrue(
                Files.isDirectory(seeds),
                "skipped: the seed documents are not in this clone (looked in "
                        + seeds.toAbsolutePath().normalize()
                        + "; set -Doversight.shared-dir to the folder that holds seeds/)");
        assertWordsFromSeed(
                example("wm-police-and-crime-plan-2014-15.yaml").versions().get(1),
                seeds.resolve("000_dd2e77f12f2cd0b6.txt"));
        assertWordsFromSeed(
                example("wm-strategic-policing-plan-2008-2011.yaml").versions().get(0),
                seeds.resolve("003_9ce646dd8d2effbd.txt"));
    }

    private static void assertWordsFromSeed(PlanFile.Version version, Path seed) throws IOException {
        String source = squash(Files.readString(seed, StandardCharsets.UTF_8));
        List<String> notInSeed = commitments(version)
                .map(Commitment::text)
                .filter(text -> !source.contains(squash(text)))
                .toList();
        assertThat(notInSeed)
                .as("commitments not written in " + seed.getFileName())
                .isEmpty();
    }

    private static String squash(String text) {
        // Footnote markers (superscript digits) are dropped, as the examples drop them.
        return text.toLowerCase(Locale.UK).replaceAll("\\p{No}", "").replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
