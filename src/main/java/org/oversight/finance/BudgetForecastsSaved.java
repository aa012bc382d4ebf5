package org.oversight.finance;

import org.oversight.shared.AuditedChange;
import org.oversight.shared.FinancialYear;

/** Forecasts of a budget's outturn for one period (or the outturn) were recorded or changed. */
public record BudgetForecastsSaved(
        FinancialYear year, ForecastPeriod period, int changed, String by, String before, String after)
        implements AuditedChange {

    @Override
    public String module() {
        return "finance";
    }

    @Override
    public String action() {
        return "budget-forecasts-saved";
    }

    @Override
    public String objectType() {
        return "budget";
    }

    @Override
    public String objectId() {
        return year + "/" + period.slug();
    }

    @Override
    public String summary() {
        return "Recorded the " + period.shortWords().toLowerCase(java.util.Locale.ROOT) + " of the " + year
                + " budget: " + changed + (changed == 1 ? " line" : " lines") + " changed.";
    }
}
