package org.oversight.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.plan.ImprovementDirection;
import org.oversight.plan.MeasureUnit;
import org.oversight.plan.PlanVersionEdited;
import org.oversight.plan.PlanVersionEdited.Change;
import org.oversight.plan.PlanVersionEdited.Item;
import org.oversight.plan.ReportingCadence;
import org.oversight.plan.Target;

/** An edit of a plan version is told item by item, each with its before and after. */
class VersionChangesTest {

    private static Commitment commitment(String ref, String text) {
        return Commitment.of(ref, null, text, List.of("ACC Local Policing"), ReportingCadence.QUARTERLY, null, null);
    }

    private static Measure measure(String ref, String text) {
        return Measure.of(
                ref,
                null,
                text,
                ImprovementDirection.DECREASE,
                MeasureUnit.COUNT,
                List.of(),
                new Target.Monitor(),
                null,
                false);
    }

    private static Objective objective(String number, String title, Commitment... commitments) {
        return new Objective(number, title, null, null, null, List.of(commitments), List.of());
    }

    private static PlanVersion version(Objective... objectives) {
        return PlanVersion.create(1, "2014-15", LocalDate.of(2014, 4, 1), "2013-14", null, List.of(objectives));
    }

    private static List<PlanVersionEdited> between(PlanVersion before, PlanVersion after) {
        return VersionChanges.between("wm", before, after, "ana");
    }

    private static final Objective ONE = objective("4.1", "Safer roads", commitment("C1", "Fewer collisions"));
    private static final Objective TWO = objective("4.2", "Fewer burglaries", commitment("C2", "Target hardening"));
    private static final Objective THREE = objective("4.3", "Less violence");

    @Test
    void anUnchangedVersionHasNoChanges() {
        assertThat(between(version(ONE, TWO), version(ONE, TWO))).isEmpty();
    }

    @Test
    void aCommitmentEditedIsOneChangeWithItsBeforeAndAfter() {
        PlanVersion after = version(
                ONE, objective("4.2", "Fewer burglaries", commitment("C2", "Target hardening in every district")));

        List<PlanVersionEdited> changes = between(version(ONE, TWO), after);

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.item()).isEqualTo(Item.COMMITMENT);
            assertThat(change.change()).isEqualTo(Change.EDITED);
            assertThat(change.action()).isEqualTo("commitment-edited");
            assertThat(change.objectId()).isEqualTo("wm/2014-15/C2");
            assertThat(change.before()).contains("\"text\":\"Target hardening\"");
            assertThat(change.after()).contains("\"text\":\"Target hardening in every district\"");
            assertThat(change.before()).contains("\"leads\":[\"ACC Local Policing\"]", "\"cadence\":\"quarterly\"");
            assertThat(change.summary()).isEqualTo("Commitment C2 of version 2014-15 of plan wm was edited");
        });
    }

    @Test
    void removingTheSecondOfThreeObjectivesIsOneRemoval() {
        List<PlanVersionEdited> changes = between(version(ONE, TWO, THREE), version(ONE, THREE));

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.action()).isEqualTo("objective-removed");
            assertThat(change.itemName()).isEqualTo("4.2");
            assertThat(change.before()).contains("\"title\":\"Fewer burglaries\"", "\"commitments\":[{\"ref\":\"C2\"");
            assertThat(change.after()).isNull();
        });
    }

    @Test
    void anObjectiveAddedCarriesItsCommitmentsAndMeasures() {
        Objective added = new Objective(
                null, "Victims first", null, null, null, List.of(), List.of(measure("M9", "Satisfaction")));

        List<PlanVersionEdited> changes = between(version(ONE), version(ONE, added));

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.action()).isEqualTo("objective-added");
            assertThat(change.itemName()).isEqualTo("objective 2");
            assertThat(change.before()).isNull();
            assertThat(change.after()).contains("\"measures\":[{\"ref\":\"M9\"", "\"target\":{\"kind\":\"monitor\"");
        });
    }

    @Test
    void anObjectivesHeadingEditedLeavesItsCommitmentsOut() {
        Objective renamed = objective("4.1", "Safer roads for everyone", commitment("C1", "Fewer collisions"));

        List<PlanVersionEdited> changes = between(version(ONE, TWO), version(renamed, TWO));

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.action()).isEqualTo("objective-edited");
            assertThat(change.before())
                    .isEqualTo("{\"number\":\"4.1\",\"title\":\"Safer roads\",\"section\":null,"
                            + "\"description\":null,\"reasonsForChange\":null}");
        });
    }

    @Test
    void theVersionsOwnDetailsAreOneChange() {
        PlanVersion before = version(ONE);
        PlanVersion after = before.withHeader("2014-15", LocalDate.of(2014, 5, 1), "2013-14", "Varied in May");

        List<PlanVersionEdited> changes = between(before, after);

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.action()).isEqualTo("version-edited");
            assertThat(change.objectType()).isEqualTo("plan-version");
            assertThat(change.objectId()).isEqualTo("wm/2014-15");
            assertThat(change.after()).contains("\"issuedOn\":\"2014-05-01\"", "\"note\":\"Varied in May\"");
        });
    }

    @Test
    void aCommitmentWithoutARefIsNamedByItsObjectiveAndPlace() {
        Objective before = objective("4.1", "Safer roads", commitment("C1", "Fewer collisions"));
        Objective after = objective(
                "4.1", "Safer roads", commitment("C1", "Fewer collisions"), commitment(null, "Average speed cameras"));

        List<PlanVersionEdited> changes = between(version(before), version(after));

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.action()).isEqualTo("commitment-added");
            assertThat(change.itemName()).isEqualTo("4.1 commitment 2");
        });
    }

    @Test
    void listsAreAlignedOnWhatStayedTheSame() {
        List<VersionChanges.Pair<String>> pairs =
                VersionChanges.align(List.of("a", "b", "c", "d"), List.of("a", "x", "c", "d", "e"));

        assertThat(pairs)
                .containsExactly(
                        new VersionChanges.Pair<>("a", "a"),
                        new VersionChanges.Pair<>("b", "x"),
                        new VersionChanges.Pair<>("c", "c"),
                        new VersionChanges.Pair<>("d", "d"),
                        new VersionChanges.Pair<>(null, "e"));
    }
}
