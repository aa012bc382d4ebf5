package org.oversight.finance;

import java.time.YearMonth;
import org.oversight.shared.AuditedChange;

/** A month's spending file was removed. */
public record SpendingFileRemoved(YearMonth month, String fileName, int lines, String by, String before)
        implements AuditedChange {

    @Override
    public String module() {
        return "finance";
    }

    @Override
    public String action() {
        return "spending-file-removed";
    }

    @Override
    public String objectType() {
        return "spending-file";
    }

    @Override
    public String objectId() {
        return month.toString();
    }

    @Override
    public String summary() {
        return "Removed the spending file for " + month + " (" + fileName + ", " + lines
                + (lines == 1 ? " line" : " lines") + ").";
    }
}
