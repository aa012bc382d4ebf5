package org.oversight.updates.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oversight.updates.UpdateState;

/** Where an item stands on a day: the requirement first, then the update's round; due turns overdue after the deadline. */
class ItemStateTest {

    static final LocalDate DEADLINE = LocalDate.of(2015, 3, 1);

    static CycleItem item(Requirement requirement, Workflow workflow) {
        return new CycleItem(
                1L,
                1L,
                1,
                "4.1-5",
                "4.1",
                "Confidence",
                "Stop and search",
                "ACC Operations",
                "quarterly",
                null,
                requirement,
                "why",
                requirement,
                "why",
                null,
                null,
                null,
                workflow,
                null,
                null,
                null,
                null,
                0);
    }

    @Test
    void aDueUpdateIsDueUpToAndOnTheDeadline() {
        assertThat(ItemState.of(item(Requirement.DUE, Workflow.NOT_STARTED), DEADLINE, DEADLINE))
                .isEqualTo(UpdateState.DUE);
        assertThat(ItemState.of(item(Requirement.DUE, Workflow.DRAFT), DEADLINE, DEADLINE.minusDays(3)))
                .isEqualTo(UpdateState.DUE);
    }

    @Test
    void aDueUpdateNotSubmittedIsOverdueTheDayAfterTheDeadline() {
        assertThat(ItemState.of(item(Requirement.DUE, Workflow.DRAFT), DEADLINE, DEADLINE.plusDays(1)))
                .isEqualTo(UpdateState.OVERDUE);
    }

    @Test
    void submittedReturnedAndAcceptedUpdatesSaySoWhateverTheDate() {
        LocalDate late = DEADLINE.plusDays(30);
        assertThat(ItemState.of(item(Requirement.DUE, Workflow.SUBMITTED), DEADLINE, late))
                .isEqualTo(UpdateState.SUBMITTED);
        assertThat(ItemState.of(item(Requirement.DUE, Workflow.RETURNED), DEADLINE, late))
                .isEqualTo(UpdateState.RETURNED);
        assertThat(ItemState.of(item(Requirement.DUE, Workflow.ACCEPTED), DEADLINE, late))
                .isEqualTo(UpdateState.ACCEPTED);
    }

    @Test
    void notRequiredAndDeferredItemsAreNeverOverdue() {
        LocalDate late = DEADLINE.plusDays(30);
        assertThat(ItemState.of(item(Requirement.NOT_REQUIRED, Workflow.NOT_STARTED), DEADLINE, late))
                .isEqualTo(UpdateState.NOT_REQUIRED);
        assertThat(ItemState.of(item(Requirement.DEFERRED, Workflow.NOT_STARTED), DEADLINE, late))
                .isEqualTo(UpdateState.DEFERRED);
    }
}
