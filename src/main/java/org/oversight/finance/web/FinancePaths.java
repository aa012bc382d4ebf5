package org.oversight.finance.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.oversight.finance.budget.BudgetNotFound;
import org.oversight.shared.FinancialYear;

/** How finance addresses name years and months: {@code /finance/budgets/2014-15}, {@code /finance/spending/2024-04}. */
final class FinancePaths {

    private FinancePaths() {}

    /** "2014/15" as an address writes it: "2014-15". */
    static String year(FinancialYear year) {
        return year.toString().replace('/', '-');
    }

    /** "2014-15" (or "2014/15") from an address; not found when it is no financial year. */
    static FinancialYear year(String text) {
        try {
            return FinancialYear.parse(text.replace('-', '/'));
        } catch (IllegalArgumentException e) {
            throw new BudgetNotFound("'" + text + "' is not a financial year such as 2014-15.");
        }
    }

    static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new BudgetNotFound("'" + text + "' is not a month such as 2024-04.");
        }
    }

    static String budget(FinancialYear year) {
        return "/finance/budgets/" + year(year);
    }
}
