package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.plan.domain.Commitment;
import org.oversight.plan.domain.Objective;
import org.oversight.plan.domain.PlanVersion;
import org.oversight.plan.domain.VariationSummary;
import org.oversight.plan.domain.VariationSummary.Change;

class VariationSummaryTest {

    private static Commitment commitment(String ref, String text) {
        return Commitment.of(ref, null, text, List.of(), null, null, null);
    }

    private static Objective objective(String number, String title, Commitment... commitments) {
        return new Objective(number, title, null, null, null, List.of(commitments), List.of());
    }

    private static PlanVersion version(String label, Objective... objectives) {
        return PlanVersion.create(1L, label, null, null, null, List.of(objectives));
    }

    @Test
    void marksKeptCommitmentsUnchangedAndNewOnesAdded() {
        PlanVersion before =
                version("2013-14", objective("4.1", "Confidence", commitment(null, "Increase confidence in policing")));
        PlanVersion after = version(
                "2014-15",
                objective(
                        "4.1",
                        "Confidence",
                        commitment(null, "Increase confidence in policing"),
                        commitment(null, "Improve perceptions of safety")));

        VariationSummary summary = VariationSummary.between(before, after);

        assertThat(summary.objectives().get(0).commitments())
                .extracting(VariationSummary.Line::change, VariationSummary.Line::after)
                .containsExactly(
                        tuple(Change.UNCHANGED, "Increase confidence in policing"),
                        tuple(Change.ADDED, "Improve perceptions of safety"));
    }

    @Test
    void pairsASimilarlyWordedCommitmentAsReworded() {
        PlanVersion before = version(
                "2013-14",
                objective(
                        "4.1",
                        "Confidence",
                        commitment(null, "Identify aspects of policing that have an adverse impact on confidence")));
        PlanVersion after = version(
                "2014-15",
                objective(
                        "4.1",
                        "Confidence",
                        commitment(
                                null,
                                "Identify and tackle aspects of policing that have an adverse impact on confidence")));

        assertThat(VariationSummary.between(before, after).objectives().get(0).commitments())
                .extracting(VariationSummary.Line::change)
                .containsExactly(Change.REWORDED);
    }

    @Test
    void matchesBySharedReferenceEvenWhenTheWordsDifferMuch() {
        PlanVersion before = version("a", objective("1", "One", commitment("1-1", "Reduce burglary by 8 per cent")));
        PlanVersion after = version("b", objective("1", "One", commitment("1-1", "Burglary: a 2% fall")));

        assertThat(VariationSummary.between(before, after).objectives().get(0).commitments())
                .extracting(VariationSummary.Line::change, VariationSummary.Line::before)
                .containsExactly(tuple(Change.REWORDED, "Reduce burglary by 8 per cent"));
    }

    @Test
    void listsWhatWasDroppedAsRemoved() {
        PlanVersion before = version(
                "a",
                objective(
                        "4.9",
                        "Communities",
                        commitment(null, "Reduce business crime by 6 per cent"),
                        commitment(null, "Review police community support officers' powers and deployment")));
        PlanVersion after = version(
                "b",
                objective(
                        "4.9",
                        "Communities",
                        commitment(null, "Develop community capacity to deal with local issues")));

        assertThat(VariationSummary.between(before, after).objectives().get(0).commitments())
                .extracting(VariationSummary.Line::change)
                .containsExactly(Change.ADDED, Change.REMOVED, Change.REMOVED);
    }

    @Test
    void pairsObjectivesByTitleThenByNumberAndReportsNewAndRemovedObjectives() {
        PlanVersion before = version(
                "a", objective("1", "Reduce crime"), objective("2", "Old priority", commitment(null, "Something old")));
        PlanVersion after = version("b", objective("7", "Reduce crime"), objective("3", "A new priority"));

        VariationSummary summary = VariationSummary.between(before, after);

        assertThat(summary.objectives())
                .extracting(
                        VariationSummary.ObjectiveChanges::title,
                        VariationSummary.ObjectiveChanges::added,
                        VariationSummary.ObjectiveChanges::removed)
                .containsExactly(
                        tuple("Reduce crime", false, false),
                        tuple("A new priority", true, false),
                        tuple("Old priority", false, true));
        assertThat(summary.objectives().get(2).commitments())
                .extracting(VariationSummary.Line::change)
                .containsExactly(Change.REMOVED);
    }
}
