package org.oversight.finance;

import org.oversight.shared.AuditedChange;
import org.oversight.shared.FinancialYear;

/** A budget's lines were replaced by those of an imported file. */
public record BudgetLinesImported(
        FinancialYear year, String fileName, int lines, int replaced, String by, String before, String after)
        implements AuditedChange {

    @Override
    public String module() {
        return "finance";
    }

    @Override
    public String action() {
        return "budget-lines-imported";
    }

    @Override
    public String objectType() {
        return "budget";
    }

    @Override
    public String objectId() {
        return year.toString();
    }

    @Override
    public String summary() {
        return "Imported " + lines + (lines == 1 ? " line" : " lines") + " into the " + year + " budget from "
                + fileName + (replaced > 0 ? ", replacing " + replaced : "") + ".";
    }
}
