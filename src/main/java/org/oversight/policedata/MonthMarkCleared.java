package org.oversight.policedata;

import java.time.YearMonth;
import org.oversight.shared.AuditJson;
import org.oversight.shared.AuditedChange;

/** A month's mark was cleared, so that the rule decides again; {@code previous} is the mark removed. */
public record MonthMarkCleared(String force, PoliceDataKind kind, YearMonth month, MonthMark previous, String by)
        implements AuditedChange {

    @Override
    public String module() {
        return "policedata";
    }

    @Override
    public String action() {
        return "month-mark-cleared";
    }

    @Override
    public String objectType() {
        return "month";
    }

    @Override
    public String objectId() {
        return MonthNames.of(force, month, kind);
    }

    @Override
    public String before() {
        return AuditJson.of(previous);
    }

    @Override
    public String summary() {
        return force + " " + kind.slug() + " " + month + ": the mark ("
                + (previous.complete() ? "complete" : "incomplete") + ") was cleared; the rule decides again";
    }
}
