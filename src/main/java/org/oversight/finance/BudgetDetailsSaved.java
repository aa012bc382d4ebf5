package org.oversight.finance;

import org.oversight.shared.AuditedChange;
import org.oversight.shared.FinancialYear;

/** A budget was created, or its details (sources, population, precept, published totals…) changed. */
public record BudgetDetailsSaved(FinancialYear year, boolean created, String by, String before, String after)
        implements AuditedChange {

    @Override
    public String module() {
        return "finance";
    }

    @Override
    public String action() {
        return created ? "budget-created" : "budget-details-saved";
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
        return created ? "Created the " + year + " budget." : "Changed the details of the " + year + " budget.";
    }
}
