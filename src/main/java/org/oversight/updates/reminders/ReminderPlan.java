package org.oversight.updates.reminders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The occasions on which a due update is chased, and which one applies on a day: the latest whose
 * date has come. Earlier occasions that were missed (a cycle opened late, the application stopped)
 * are not sent late: a lead gets the reminder for where things stand, once.
 */
public final class ReminderPlan {

    private ReminderPlan() {}

    /** One occasion: its code ({@code before}, {@code on}, {@code after-1} …), number, date, and escalation. */
    public record Occasion(String code, int number, LocalDate date, boolean escalate) {

        public String words() {
            if (code.equals("before")) {
                return "before the deadline";
            }
            if (code.equals("on")) {
                return "on the deadline";
            }
            return "overdue (reminder " + number + ")";
        }
    }

    public static List<Occasion> occasions(LocalDate deadline, ReminderSettings settings) {
        List<Occasion> occasions = new ArrayList<>();
        occasions.add(occasion("before", 1, deadline.minusDays(settings.daysBefore()), settings));
        occasions.add(occasion("on", 2, deadline, settings));
        for (int after = 1; after <= settings.maxAfter(); after++) {
            occasions.add(occasion(
                    "after-" + after,
                    2 + after,
                    deadline.plusDays((long) after * settings.afterEveryDays()),
                    settings));
        }
        return occasions;
    }

    /** The occasion that applies on the day, if any has come. */
    public static Optional<Occasion> current(LocalDate deadline, LocalDate today, ReminderSettings settings) {
        return occasions(deadline, settings).stream()
                .filter(occasion -> !occasion.date().isAfter(today))
                .reduce((first, second) -> second);
    }

    private static Occasion occasion(String code, int number, LocalDate date, ReminderSettings settings) {
        return new Occasion(code, number, date, number > settings.escalateAfter());
    }
}
