package org.oversight.board.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When an action is overdue, and which actions a meeting's tracker carries. */
class OverdueActionsTest {

    static final LocalDate MEETING = LocalDate.of(2014, 12, 2);
    static final LocalDate PREVIOUS = LocalDate.of(2014, 9, 30);

    @Test
    void anOutstandingActionPastItsDateIsOverdue() {
        assertThat(OverdueActions.overdue(ActionStatus.OPEN, LocalDate.of(2014, 12, 1), MEETING))
                .isTrue();
        assertThat(OverdueActions.overdue(ActionStatus.IN_PROGRESS, LocalDate.of(2014, 11, 1), MEETING))
                .isTrue();
    }

    @Test
    void anActionDueOnTheDayIsNotYetOverdue() {
        assertThat(OverdueActions.overdue(ActionStatus.OPEN, MEETING, MEETING)).isFalse();
    }

    @Test
    void aDoneOrDroppedActionIsNeverOverdue() {
        assertThat(OverdueActions.overdue(ActionStatus.DONE, LocalDate.of(2014, 1, 1), MEETING))
                .isFalse();
        assertThat(OverdueActions.overdue(ActionStatus.DROPPED, LocalDate.of(2014, 1, 1), MEETING))
                .isFalse();
    }

    @Test
    void anOutstandingActionIsCarriedToEveryLaterMeeting() {
        assertThat(OverdueActions.onTracker(LocalDate.of(2014, 6, 1), ActionStatus.OPEN, null, MEETING, PREVIOUS))
                .isTrue();
    }

    @Test
    void aFinishedActionShowsOnceAtTheFirstMeetingAfterItClosed() {
        assertThat(OverdueActions.onTracker(
                        LocalDate.of(2014, 6, 1), ActionStatus.DONE, LocalDate.of(2014, 10, 1), MEETING, PREVIOUS))
                .isTrue();
        assertThat(OverdueActions.onTracker(
                        LocalDate.of(2014, 6, 1), ActionStatus.DONE, LocalDate.of(2014, 9, 1), MEETING, PREVIOUS))
                .isFalse();
    }

    @Test
    void anActionSetAtALaterMeetingIsNotOnAnEarlierTracker() {
        assertThat(OverdueActions.onTracker(LocalDate.of(2015, 1, 1), ActionStatus.OPEN, null, MEETING, PREVIOUS))
                .isFalse();
    }
}
