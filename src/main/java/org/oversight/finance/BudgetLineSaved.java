package org.oversight.finance;

import org.oversight.shared.AuditedChange;
import org.oversight.shared.FinancialYear;

/** A budget line was added or changed in the browser. */
public record BudgetLineSaved(
        FinancialYear year, String lineKey, String name, boolean added, String by, String before, String after)
        implements AuditedChange {

    @Override
    public String module() {
        return "finance";
    }

    @Override
    public String action() {
        return added ? "budget-line-added" : "budget-line-changed";
    }

    @Override
    public String objectType() {
        return "budget-line";
    }

    @Override
    public String objectId() {
        return year + "/" + lineKey;
    }

    @Override
    public String summary() {
        return (added ? "Added the line " : "Changed the line ") + name + " of the " + year + " budget.";
    }
}
