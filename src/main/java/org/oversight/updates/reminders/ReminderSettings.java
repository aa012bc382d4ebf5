package org.oversight.updates.reminders;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When reminders go (ADR 0015): {@code daysBefore} days before the deadline, on it, then every
 * {@code afterEveryDays} days after it, at most {@code maxAfter} times; from reminder number
 * {@code escalateAfter + 1} on the lead's manager (or the cycle's analyst) is copied.
 */
@ConfigurationProperties("oversight.updates.reminders")
public record ReminderSettings(
        int daysBefore, int afterEveryDays, int maxAfter, int escalateAfter, String from, boolean scheduled) {

    public ReminderSettings {
        if (daysBefore < 1 || afterEveryDays < 1 || maxAfter < 0 || escalateAfter < 0) {
            throw new IllegalArgumentException("oversight.updates.reminders: days-before and after-every-days must be"
                    + " at least 1, max-after and escalate-after at least 0");
        }
        from = from == null || from.isBlank() ? "oversight@localhost" : from;
    }
}
