package org.oversight.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.performance.indicator.IndicatorCatalogue;
import org.oversight.plan.IndicatorLinkRefused;
import org.oversight.plan.MeasureIndicatorLinked;
import org.oversight.plan.PlanApi;
import org.oversight.plan.PlanMeasure;
import org.oversight.plan.domain.PlanRegister;
import org.oversight.plan.file.PlanFileException;
import org.oversight.plan.file.PlanFileProblem;
import org.oversight.plan.file.PlanFileReader;
import org.oversight.policedata.Area;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.yaml.snakeyaml.Yaml;

/**
 * A measure reads the indicator it is linked to, from its page, the API or its plan file; a link whose
 * indicator's unit the target cannot be judged in is refused, and figures say which version of the
 * indicator's definition produced them.
 */
@SpringBootTest
@RecordApplicationEvents
class MeasureLinksTest {

    static final String PLAN = "links-test-plan";

    @Autowired
    PlanRegister register;

    @Autowired
    PlanApi plans;

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    PerformanceApi performance;

    @Autowired
    ApplicationEvents events;

    private static String planFile(String burglaryLink, String outcomeLink) {
        return """
                format: oversight-plan/1
                plan:
                  key: links-test-plan
                  title: Links test plan
                  force: Test Police
                versions:
                  - label: "2024-25"
                    objectives:
                      - number: "1"
                        title: Fewer burglaries
                        measures:
                          - ref: m1
                            text: Reduce burglary
                            direction: decrease
                            unit: count
                %s
                          - ref: m2
                            text: Positive outcomes for at least 50 per cent of searches
                            direction: increase
                            unit: percent
                            target: {kind: threshold, comparator: at-least, value: 50}
                %s
                """
                .formatted(burglaryLink, outcomeLink);
    }

    private void importPlan(String yaml) {
        register.importPlan(
                new PlanFileReader()
                        .read("links.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))),
                "test");
    }

    @BeforeEach
    void aPlanWithoutLinks() {
        importPlan(planFile("", ""));
        plans.linkIndicator(PLAN, "2024-25", "1", "m1", null, null, "test");
        plans.linkIndicator(PLAN, "2024-25", "1", "m2", null, null, "test");
    }

    private PlanMeasure measure(String ref) {
        return plans.measures(PLAN, "2024-25").stream()
                .filter(m -> m.ref().equals(ref))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aMeasureLinkedToAnIndicatorReadsItAndTheLinkIsPublished() {
        plans.linkIndicator(PLAN, "2024-25", "1", "m1", "burglary", null, "analyst");

        assertThat(measure("m1").indicator()).isEqualTo("burglary");
        assertThat(events.stream(MeasureIndicatorLinked.class)).anySatisfy(e -> {
            assertThat(e.objectId()).isEqualTo(PLAN + "/2024-25/m1");
            assertThat(e.after()).isEqualTo("indicator: burglary");
            assertThat(e.by()).isEqualTo("analyst");
        });
        assertThat(performance.measure(PLAN, "2024-25", "1", "m1", performance.area(null), null))
                .hasValueSatisfying(m -> {
                    assertThat(m.indicatorCode()).isEqualTo("burglary");
                    assertThat(m.indicatorName()).isEqualTo("Burglary");
                });
    }

    @Test
    void aCountCannotServeAPercentageTarget() {
        assertThatThrownBy(() -> plans.linkIndicator(PLAN, "2024-25", "1", "m2", "burglary", null, "analyst"))
                .isInstanceOf(IndicatorLinkRefused.class)
                .hasMessage("'Burglary' (burglary) gives figures in a count, but this measure and its target (At least"
                        + " 50%) are in percent: link an indicator in percent");
        assertThat(measure("m2").indicator()).isNull();
    }

    @Test
    void anIndicatorThatDoesNotExistCannotBeLinked() {
        assertThatThrownBy(() -> plans.linkIndicator(PLAN, "2024-25", "1", "m1", "no-such-thing", null, "analyst"))
                .isInstanceOf(IndicatorLinkRefused.class)
                .hasMessageStartingWith("there is no indicator 'no-such-thing'");
    }

    @Test
    void aMeasureCanSayWhyNoIndicatorServesIt() {
        plans.linkIndicator(PLAN, "2024-25", "1", "m2", null, "The force's own figures are needed.", "analyst");

        assertThat(performance.measure(PLAN, "2024-25", "1", "m2", performance.area(null), null))
                .hasValueSatisfying(m -> assertThat(m.statement())
                        .isEqualTo("No data yet: no indicator can serve this measure. The force's own figures are"
                                + " needed."));
    }

    @Test
    void aPlanFileLinkingAPercentageTargetToACountIsRefusedWithTheLineOfTheLink() {
        String refused = planFile("", "            indicator: burglary");

        assertThatThrownBy(() -> importPlan(refused))
                .isInstanceOf(PlanFileException.class)
                .satisfies(e -> assertThat(((PlanFileException) e).problems())
                        .extracting(PlanFileProblem::toString)
                        .singleElement()
                        .asString()
                        .startsWith("links.yaml:22:13 versions[0].objectives[0].measures[1].indicator: 'Burglary'"));
        assertThat(measure("m2").indicator()).isNull();
    }

    @Test
    void aPlanFileCarriesItsMeasuresLinksBothWays() {
        importPlan(planFile("            indicator: burglary", "            noIndicator: Not published"));

        assertThat(measure("m1").indicator()).isEqualTo("burglary");
        assertThat(measure("m2").noIndicatorReason()).isEqualTo("Not published");
    }

    @Test
    void figuresSayWhichVersionOfTheIndicatorProducedThem() {
        catalogue.define(
                new Yaml()
                        .<Map<String, Object>>load(
                                "{code: versioned-burglary, name: Burglary, source: {kind: police-street-count, crimeTypes:"
                                        + " [Burglary]}}"),
                null,
                false,
                "analyst");
        plans.linkIndicator(PLAN, "2024-25", "1", "m1", "versioned-burglary", null, "analyst");
        Area force = performance.area(null);
        int before = performance
                .measure(PLAN, "2024-25", "1", "m1", force, null)
                .orElseThrow()
                .indicatorVersion();

        catalogue.define(
                new Yaml()
                        .<Map<String, Object>>load(
                                "{code: versioned-burglary, name: Burglary, source: {kind: police-street-count, crimeTypes:"
                                        + " [Burglary, Robbery]}}"),
                "Robbery too",
                false,
                "analyst");

        assertThat(performance
                        .measure(PLAN, "2024-25", "1", "m1", force, null)
                        .orElseThrow()
                        .indicatorVersion())
                .isEqualTo(before + 1);
        assertThat(catalogue.version("versioned-burglary", before)).isPresent();
    }
}
