package org.oversight.policedata;

import java.time.YearMonth;
import org.oversight.shared.AuditJson;
import org.oversight.shared.AuditedChange;

/** An analyst marked a month complete or incomplete; {@code previous} is the mark it replaced, or {@code null}. */
public record MonthMarked(String force, PoliceDataKind kind, YearMonth month, MonthMark mark, MonthMark previous)
        implements AuditedChange {

    @Override
    public String module() {
        return "policedata";
    }

    @Override
    public String action() {
        return "month-marked";
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
    public String by() {
        return mark.markedBy();
    }

    @Override
    public String before() {
        return AuditJson.of(previous);
    }

    @Override
    public String after() {
        return AuditJson.of(mark);
    }

    @Override
    public String summary() {
        return force + " " + kind.slug() + " " + month + " marked " + (mark.complete() ? "complete" : "incomplete")
                + ": " + mark.note();
    }
}
