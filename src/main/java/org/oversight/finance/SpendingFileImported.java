package org.oversight.finance;

import java.time.YearMonth;
import org.oversight.shared.AuditedChange;

/** A month's spending file was imported (replacing the month's earlier file when {@code replaced}). */
public record SpendingFileImported(
        YearMonth month,
        String fileName,
        int lines,
        int notedLines,
        boolean replaced,
        String by,
        String before,
        String after)
        implements AuditedChange {

    @Override
    public String module() {
        return "finance";
    }

    @Override
    public String action() {
        return "spending-file-imported";
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
        return "Imported the spending file for " + month + " (" + fileName + ", " + lines
                + (lines == 1 ? " line" : " lines") + (replaced ? ", replacing the earlier file" : "") + ").";
    }
}
