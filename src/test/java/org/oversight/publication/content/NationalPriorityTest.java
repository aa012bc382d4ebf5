package org.oversight.publication.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.performance.MeasurePerformanceBuilder.aMeasurePerformance;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.performance.MeasurePerformance;

/** The six national priorities, and which of a plan's measures show the force's contribution. */
class NationalPriorityTest {

    @Test
    void thereAreTheSixNationalPrioritiesOfTheMeasuresInTheirOrder() {
        assertThat(Arrays.stream(NationalPriority.values()).map(NationalPriority::words))
                .containsExactly(
                        "Reduce murder and other homicides",
                        "Reduce serious violence",
                        "Disrupt drugs supply and county lines",
                        "Reduce neighbourhood crime",
                        "Tackle cyber crime",
                        "Improve victim satisfaction, with a focus on domestic abuse");
    }

    @Test
    void aBurglaryMeasureShowsTheContributionToNeighbourhoodCrimeAndNothingElse() {
        String text = "Reduce burglary dwelling by 5% compared with 2013/14";

        assertThat(Arrays.stream(NationalPriority.values()).filter(p -> p.isShownBy(text, "Burglary")))
                .containsExactly(NationalPriority.NEIGHBOURHOOD_CRIME);
    }

    @Test
    void termsMatchWholeWordsInTheMeasureOrItsIndicatorIgnoringCase() {
        assertThat(NationalPriority.DRUGS.isShownBy("Positive outcomes", "Drugs offences"))
                .isTrue();
        assertThat(NationalPriority.VICTIM_SATISFACTION.isShownBy("Domestic Abuse positive outcomes > 6%", null))
                .isTrue();
        // "drugstore" is not "drug"; "weaponry" is not "weapon"
        assertThat(NationalPriority.DRUGS.isShownBy("Thefts from a drugstore", null))
                .isFalse();
        assertThat(NationalPriority.SERIOUS_VIOLENCE.isShownBy("Weaponry", null))
                .isFalse();
    }

    @Test
    void aPriorityNoMeasureShowsIsDraftedAsApplicableAskingForTheContributionInWords() {
        assertThat(NationalMeasuresDocument.draftedAssessment(NationalPriority.CYBER_CRIME, List.of()))
                .startsWith("Applicable. The national priorities apply to every force")
                .contains("describe the contribution in words here, or explain why the priority is assessed as not"
                        + " applicable");
    }

    @Test
    void aPriorityMeasuresShowIsDraftedAsApplicableNamingThem() {
        List<MeasurePerformance> measures = List.of(
                aMeasurePerformance().withMeasure("4.6-m3", "Reduce burglary").build(),
                aMeasurePerformance().withMeasure("4.6-m4", "Reduce robbery").build());

        assertThat(NationalMeasuresDocument.draftedAssessment(NationalPriority.NEIGHBOURHOOD_CRIME, measures))
                .isEqualTo("Applicable. The force's contribution is shown by the plan's measures 4.6-m3, 4.6-m4,"
                        + " whose figures are above.");
    }
}
