package org.oversight.updates;

import org.oversight.shared.AuditedChange;

/** A reminder was recorded: sent by email, put in the outbox, or not deliverable. */
public record ReminderSent(
        String planKey, String cycle, String ref, String by, String recipient, String occasion, String delivery)
        implements AuditedChange {

    @Override
    public String module() {
        return "updates";
    }

    @Override
    public String action() {
        return "reminder-sent";
    }

    @Override
    public String objectType() {
        return "reminder";
    }

    @Override
    public String objectId() {
        return planKey + "/" + cycle + "/" + ref;
    }

    @Override
    public String summary() {
        return "Reminder (" + occasion + ") about " + ref + " in " + cycle + " to " + recipient + ": " + delivery;
    }
}
