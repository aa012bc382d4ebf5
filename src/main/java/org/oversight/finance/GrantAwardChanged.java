package org.oversight.finance;

import java.util.Locale;
import org.oversight.shared.AuditedChange;
import org.oversight.shared.FinancialYear;

/** An award was added, changed or removed, or its objectives or monitoring returns changed. */
public record GrantAwardChanged(
        long awardId,
        String schemeName,
        FinancialYear year,
        String recipient,
        Change change,
        String by,
        String before,
        String after)
        implements AuditedChange {

    /** What happened to the award. */
    public enum Change {
        ADDED("Added the award to "),
        CHANGED("Changed the award to "),
        REMOVED("Removed the award to "),
        OBJECTIVES_CHANGED("Changed the plan objectives served by the award to "),
        RETURN_SAVED("Recorded a monitoring return of the award to "),
        RETURN_REMOVED("Removed a monitoring return of the award to ");

        private final String words;

        Change(String words) {
            this.words = words;
        }
    }

    @Override
    public String module() {
        return "finance";
    }

    @Override
    public String action() {
        return "grant-award-" + change.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String objectType() {
        return "grant-award";
    }

    @Override
    public String objectId() {
        return Long.toString(awardId);
    }

    @Override
    public String summary() {
        return change.words + recipient + " (" + schemeName + " " + year + ").";
    }
}
