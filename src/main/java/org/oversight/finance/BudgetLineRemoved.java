package org.oversight.finance;

import org.oversight.shared.AuditedChange;
import org.oversight.shared.FinancialYear;

/** A budget line was removed. */
public record BudgetLineRemoved(FinancialYear year, String lineKey, String name, String by, String before)
        implements AuditedChange {

    @Override
    public String module() {
        return "finance";
    }

    @Override
    public String action() {
        return "budget-line-removed";
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
        return "Removed the line " + name + " from the " + year + " budget.";
    }
}
