package org.oversight.updates.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When reminders go: before the deadline, on it, after it; escalation after the configured number. */
class ReminderPlanTest {

    static final LocalDate DEADLINE = LocalDate.of(2015, 3, 1);
    static final ReminderSettings SETTINGS = new ReminderSettings(7, 7, 3, 2, "oversight@example.org", false);

    @Test
    void noReminderBeforeTheFirstOccasion() {
        assertThat(ReminderPlan.current(DEADLINE, DEADLINE.minusDays(8), SETTINGS))
                .isEmpty();
    }

    @Test
    void theFirstReminderComesDaysBeforeTheDeadline() {
        ReminderPlan.Occasion occasion =
                ReminderPlan.current(DEADLINE, DEADLINE.minusDays(7), SETTINGS).orElseThrow();
        assertThat(occasion.code()).isEqualTo("before");
        assertThat(occasion.escalate()).isFalse();
    }

    @Test
    void onTheDeadlineTheDeadlineReminderApplies() {
        assertThat(ReminderPlan.current(DEADLINE, DEADLINE, SETTINGS)
                        .orElseThrow()
                        .code())
                .isEqualTo("on");
    }

    @Test
    void afterTheDeadlineAReminderEveryWeekEscalatingFromTheThird() {
        ReminderPlan.Occasion first =
                ReminderPlan.current(DEADLINE, DEADLINE.plusDays(7), SETTINGS).orElseThrow();
        assertThat(first.code()).isEqualTo("after-1");
        assertThat(first.number()).isEqualTo(3);
        assertThat(first.escalate()).isTrue();
        assertThat(ReminderPlan.current(DEADLINE, DEADLINE.plusDays(13), SETTINGS)
                        .orElseThrow()
                        .code())
                .isEqualTo("after-1");
        assertThat(ReminderPlan.current(DEADLINE, DEADLINE.plusDays(14), SETTINGS)
                        .orElseThrow()
                        .code())
                .isEqualTo("after-2");
    }

    @Test
    void remindersStopAfterTheLastOne() {
        assertThat(ReminderPlan.occasions(DEADLINE, SETTINGS)).hasSize(5);
        assertThat(ReminderPlan.current(DEADLINE, DEADLINE.plusDays(400), SETTINGS)
                        .orElseThrow()
                        .code())
                .isEqualTo("after-3");
    }

    @Test
    void escalationStartsAfterTheConfiguredNumber() {
        ReminderSettings later = new ReminderSettings(7, 7, 3, 3, null, false);
        assertThat(ReminderPlan.current(DEADLINE, DEADLINE.plusDays(7), later)
                        .orElseThrow()
                        .escalate())
                .isFalse();
        assertThat(ReminderPlan.current(DEADLINE, DEADLINE.plusDays(14), later)
                        .orElseThrow()
                        .escalate())
                .isTrue();
    }
}
