package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.oversight.plan.domain.Commitment;
import org.oversight.plan.domain.Measure;
import org.oversight.plan.domain.Objective;
import org.oversight.plan.file.PlanFile;
import org.oversight.plan.file.PlanFileReader;
import org.oversight.testdata.SeedDocuments;

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

    private static org.oversight.shared.ReportingPeriod period(String text) {
        return org.oversight.shared.ReportingPeriod.parse(text);
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
    }

    /** "Achieving reductions on the numbers/rates seen in 2019/20": a reduction is strictly below, not "at or below". */
    @Test
    void the2021ReductionsOn2019To20AreTargetsToBeStrictlyBelowThe2019To20Level() throws IOException {
        PlanFile.Version plan =
                example("wm-police-and-crime-plan-2021-2025.yaml").versions().get(0);
        Target below2019To20 = new Target.ChangeOnBaseline(Target.Change.REDUCE, period("2019/20"), null);

        List<Measure> reductions = measures(plan)
                .filter(m -> (m.text() + " " + m.heading()).contains("achieving reductions on the numbers/rates"))
                .toList();
        assertThat(reductions).extracting(Measure::ref).containsExactly("7-m1", "7-m2", "7-m3", "7-m4", "30-m2");
        assertThat(reductions).allSatisfy(m -> assertThat(m.target()).isEqualTo(below2019To20));
        assertThat(below2019To20.words(MeasureUnit.COUNT)).isEqualTo("Reduce below the 2019/20 level");
    }

    /** The sentences an outside audit found missing (seed 002 lines 227, 229, 1080, 1106 and 1340). */
    @Test
    void the2021PlanHasEveryCommitmentSentenceTheAuditFoundMissing() throws IOException {
        PlanFile.Version plan =
                example("wm-police-and-crime-plan-2021-2025.yaml").versions().get(0);

        assertThat(commitments(plan).map(c -> c.heading() + ": " + c.text()))
                .contains(
                        "Introduction: My objectives are to prevent and to reduce crime and to ensure the police service"
                                + " is effective and efficient.",
                        "Introduction: I also want to see community priorities in the West Midlands met and continue to"
                                + " improve local relationships through a relentless focus on the building of trust and"
                                + " confidence in policing.",
                        "Mental Health: There is more that policing and criminal justice partners can do; for example, we"
                                + " want to see the judiciary have the confidence to further increase the use of Mental"
                                + " Health Treatment Requirements, rather than impose custodial sentences on those whose"
                                + " offending is related to poor mental health.",
                        "Young people and children: We want to see young people given the opportunity to achieve their"
                                + " full potential and avoid entering the criminal justice system.",
                        "Young people and children: We want to ensure that young people are appropriately supported and"
                                + " provided with opportunities for diversion, education, training and employment.",
                        "Public affairs: We will focus on the Commissioner's activity, our projects, and the partnership"
                                + " work in which we participate.",
                        "Public affairs: We will collaborate with partners in our communications activity, seeing it as"
                                + " an opportunity to engage with and learn from the public, stakeholders, service users"
                                + " and providers.");
    }

    /** Commitment refs are assigned in document order, as the version's note says. */
    @Test
    void the2021CommitmentRefsFollowTheDocumentOrder() throws IOException {
        PlanFile.Version plan =
                example("wm-police-and-crime-plan-2021-2025.yaml").versions().get(0);

        for (Objective objective : plan.objectives()) {
            List<String> refs =
                    objective.commitments().stream().map(Commitment::ref).toList();
            List<String> expected = java.util.stream.IntStream.rangeClosed(1, refs.size())
                    .mapToObj(n -> objective.number() + "-" + n)
                    .toList();
            assertThat(refs)
                    .as("commitments of objective %s", objective.number())
                    .isEqualTo(expected);
        }
    }

    /**
     * "I will keep open the 10 Public Contact Offices" and "maintain a zero gender and ethnicity pay
     * gap" are commitment sentences, not items of a "How we will measure success" list.
     */
    @Test
    void the2021CommitmentSentencesAreCommitmentsAndNotMeasures() throws IOException {
        PlanFile.Version plan =
                example("wm-police-and-crime-plan-2021-2025.yaml").versions().get(0);

        assertThat(measures(plan).map(Measure::ref)).doesNotContain("23-m1", "41-m1");
        assertThat(measures(plan).map(Measure::text))
                .noneMatch(text -> text.contains("Public Contact Offices") || text.contains("pay gap"));
        assertThat(commitments(plan).map(Commitment::text))
                .contains("I will keep open the 10 Public Contact Offices across West Midlands Police.")
                .anyMatch(text ->
                        text.contains("to maintain a zero gender and ethnicity pay gap for the staff in the OPCC"));
        List<String> commitmentTexts =
                commitments(plan).map(c -> squash(c.text())).toList();
        assertThat(measures(plan).map(m -> squash(m.text()))).noneMatch(commitmentTexts::contains);
    }

    /**
     * A 2021 target whose figure is not in the measure's own words came from the commitment text and
     * says so: the cadets' 750 is written in a commitment, not in the "How we will measure success" item.
     */
    @Test
    void a2021TargetWhoseFigureIsNotInItsMeasureIsMarkedAsTakenFromTheCommitmentText() throws IOException {
        PlanFile.Version plan =
                example("wm-police-and-crime-plan-2021-2025.yaml").versions().get(0);

        Measure cadets =
                measures(plan).filter(m -> m.ref().equals("11-m1")).findFirst().orElseThrow();
        assertThat(cadets.target()).isEqualTo(new Target.Reach(new BigDecimal("750"), null));
        assertThat(cadets.targetFromCommitment()).isTrue();
        assertThat(cadets.targetNotes())
                .containsExactly("Target taken from the plan's commitment text, not from this measure's own words");
        assertThat(plan.objectives().stream()
                        .filter(o -> "11".equals(o.number()))
                        .flatMap(o -> o.commitments().stream())
                        .map(Commitment::text))
                .anyMatch(text -> text.contains("grow to 750"));
        List<String> unmarked = measures(plan)
                .filter(m -> !m.targetFromCommitment())
                .filter(m -> figures(m.target()).stream()
                        .anyMatch(figure -> !(m.text() + " " + m.heading()).contains(figure)))
                .map(Measure::ref)
                .toList();
        assertThat(unmarked)
                .as("targets whose figure is not in the measure's words")
                .isEmpty();
    }

    /** A target's figures as a plan writes them: 1,200 and 50. */
    private static List<String> figures(Target target) {
        BigDecimal figure = null;
        if (target instanceof Target.Threshold t) {
            figure = t.value();
        } else if (target instanceof Target.Reach t) {
            figure = t.value();
        } else if (target instanceof Target.Maintain t) {
            figure = t.value();
        } else if (target instanceof Target.ChangeByAmount t) {
            figure = t.amount();
        } else if (target instanceof Target.ChangeByPercent t) {
            figure = t.percent();
        }
        return figure == null
                ? List.of()
                : List.of(new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(Locale.UK))
                        .format(figure));
    }

    /** 2013-14 targets read against 2012/13, and the 2008-11 chain read against 2007/08: the plans name no baseline. */
    @Test
    void baselinesThePlansDoNotStateAreMarkedAsInferred() throws IOException {
        PlanFile plan2013 = example("wm-police-and-crime-plan-2014-15.yaml");
        PlanFile.Version plan2008 =
                example("wm-strategic-policing-plan-2008-2011.yaml").versions().get(0);

        assertThat(measures(plan2013.versions().get(0)).filter(m -> m.target() instanceof Target.ChangeByPercent))
                .hasSize(5)
                .allSatisfy(m -> assertThat(m.baselineInferred()).contains("2012/13"));
        assertThat(measures(plan2013.versions().get(1)))
                .as("the December 2014 board report compares 2014/15 with 2013/14")
                .allSatisfy(m -> assertThat(m.baselineInferred()).isNull());
        assertThat(measures(plan2008).filter(m -> m.baselineInferred() != null))
                .extracting(Measure::ref)
                .containsExactly("pi-1", "pi-2", "pi-3", "pi-19", "pi-20", "pi-22");
        assertThat(measures(plan2008)
                        .filter(m -> m.ref().equals("pi-1"))
                        .findFirst()
                        .orElseThrow()
                        .targetNotes())
                .singleElement()
                .asString()
                .startsWith("Baseline inferred, not stated in the plan: ")
                .contains("2007/08");
    }

    /** The 2014-15 plan's rationale for changes is "contained within each section": every objective holds its own. */
    @Test
    void the2014VariationHoldsTheReasonsForChangeOfEveryObjective() throws IOException {
        PlanFile.Version varied =
                example("wm-police-and-crime-plan-2014-15.yaml").versions().get(1);

        assertThat(varied.objectives()).allSatisfy(o -> assertThat(o.reasonsForChange())
                .as("reasons for change of %s", o.number())
                .isNotBlank());
        assertThat(varied.objectives().get(0).reasonsForChange())
                .isEqualTo("The deliverables and milestones have been revised to reflect public consultations and"
                        + " national concerns that have emerged around the integrity of incidents reported as crimes.");
        assertThat(example("wm-police-and-crime-plan-2014-15.yaml")
                        .versions()
                        .get(0)
                        .objectives())
                .allSatisfy(o -> assertThat(o.reasonsForChange()).isNull());
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

    /** The folder of the seed documents the examples were written from ({@link SeedDocuments}). */
    private static Path seedDocuments() {
        return SeedDocuments.folder();
    }

    /** Every commitment and measure text of the examples is written in its seed document. */
    @Test
    void exampleTextsAreTheSeedDocumentsOwnWords() throws IOException {
        Path seeds = seedDocuments();
        assertWordsFromSeed(
                example("wm-police-and-crime-plan-2014-15.yaml").versions().get(1),
                seeds.resolve("000_dd2e77f12f2cd0b6.txt"));
        assertWordsFromSeed(
                example("wm-strategic-policing-plan-2008-2011.yaml").versions().get(0),
                seeds.resolve("003_9ce646dd8d2effbd.txt"));
        assertWordsFromSeed(
                example("wm-police-and-crime-plan-2021-2025.yaml").versions().get(0),
                seeds.resolve("002_523bc6de93a93682.txt"));
    }

    /**
     * Every update, heading, lead line and wording of the example reporting cycle (the December 2014
     * board report) is written in seed 001: paragraph by paragraph, list item by list item.
     */
    @Test
    @SuppressWarnings("unchecked")
    void exampleCycleUpdatesAreTheBoardReportsOwnWords() throws IOException {
        Path seeds = seedDocuments();
        String seedText = Files.readString(seeds.resolve("001_bd7793fc1852ee61.txt"), StandardCharsets.UTF_8);
        String source = squash(seedText);
        Map<String, Object> cycle;
        try (var input = ExamplePlansTest.class.getResourceAsStream("/updates/examples/wm-december-2014-board.yaml")) {
            cycle = new org.yaml.snakeyaml.Yaml().load(input);
        }
        List<String> notInSeed = new java.util.ArrayList<>();
        int pieces = 0;
        for (Map<String, Object> item : (List<Map<String, Object>>) cycle.get("items")) {
            List<String> texts = new java.util.ArrayList<>();
            texts.add((String) item.get("heading"));
            texts.add((String) item.get("leadLine"));
            texts.add((String) item.get("wording"));
            String narrative = (String) item.get("narrative");
            if (narrative != null) {
                for (String piece : narrative.split("\n")) {
                    texts.add(piece.replaceFirst("^(### |- |\\d+\\. )", ""));
                }
            }
            for (String text : texts) {
                if (text != null && !text.isBlank()) {
                    pieces++;
                    if (!source.contains(squash(text))) {
                        notInSeed.add(item.get("ref") + ": " + text);
                    }
                }
            }
        }
        assertThat(pieces).isGreaterThan(300);
        assertThat(notInSeed).as("example cycle texts not written in seed 001").isEmpty();
    }

    private static void assertWordsFromSeed(PlanFile.Version version, Path seed) throws IOException {
        String seedText = Files.readString(seed, StandardCharsets.UTF_8);
        String source = squash(seedText);
        List<String> notInSeed = Stream.concat(
                        commitments(version).map(Commitment::text),
                        version.objectives().stream()
                                .map(Objective::reasonsForChange)
                                .filter(java.util.Objects::nonNull)
                                .flatMap(reasons -> Stream.of(reasons.split("\n")))
                                .map(line -> line.replaceFirst("^- ", "")))
                .filter(text -> !writtenIn(text, source, seedText))
                .toList();
        assertThat(notInSeed)
                .as("commitments and reasons for change not written in " + seed.getFileName())
                .isEmpty();
    }

    /**
     * Whether a text is written in the seed. A row of the 2021 plan's grants table ("Active Citizens
     * Funding (£000's): 400") is written there as cells whose lines the extraction interleaved: its
     * words and its figure must each be there.
     */
    private static boolean writtenIn(String text, String squashedSeed, String seedText) {
        if (squashedSeed.contains(squash(text))) {
            return true;
        }
        int cell = text.indexOf(" (£000's): ");
        if (cell < 0) {
            return false;
        }
        String lower = seedText.toLowerCase(Locale.UK);
        return seedText.contains("\t" + text.substring(cell + " (£000's): ".length()))
                && Stream.of(text.substring(0, cell).toLowerCase(Locale.UK).split(" "))
                        .allMatch(lower::contains);
    }

    private static String squash(String text) {
        // Footnote markers (superscript digits) are dropped, as the examples drop them.
        return text.toLowerCase(Locale.UK).replaceAll("\\p{No}", "").replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
