package org.oversight.finance;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.oversight.finance.budget.Budget;
import org.oversight.finance.budget.Budgets;
import org.oversight.finance.grant.GrantNotFound;
import org.oversight.finance.grant.Grants;
import org.oversight.finance.spending.SpendingFiles;
import org.oversight.shared.FinancialYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The finance register for other modules (the publication module publishes from it), read only:
 * budgets with their figures, grant schemes with their rounds and awards and the totals, and the
 * monthly spending files as published. Every record says whether it is example data.
 */
@Service
public class FinanceApi {

    private final Budgets budgets;
    private final Grants grants;
    private final SpendingFiles spending;

    FinanceApi(Budgets budgets, Grants grants, SpendingFiles spending) {
        this.budgets = budgets;
        this.grants = grants;
        this.spending = spending;
    }

    /** The years that have a budget, latest first. */
    @Transactional(readOnly = true)
    public List<FinancialYear> budgetYears() {
        return budgets.all().stream().map(Budget::year).toList();
    }

    /** A year's budget as published with Oversight's figures beside it; empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<BudgetStatement> budget(FinancialYear year) {
        return budgets.statement(year);
    }

    /** Every grant scheme with its years, by name. */
    @Transactional(readOnly = true)
    public List<GrantScheme> grantSchemes() {
        return grants.schemes();
    }

    /** The scheme named by its slug ({@code community-safety-fund}) or its name, in any case. */
    @Transactional(readOnly = true)
    public Optional<GrantScheme> grantScheme(String slugOrName) {
        return grants.findScheme(slugOrName);
    }

    /** A scheme's awards in a year with their totals; empty when the scheme has no such year. */
    @Transactional(readOnly = true)
    public Optional<GrantRound> grantRound(String schemeSlug, FinancialYear year) {
        try {
            return grants.round(schemeSlug, year);
        } catch (GrantNotFound e) {
            return Optional.empty();
        }
    }

    /** Awards added up by scheme and year, and by area and year. */
    @Transactional(readOnly = true)
    public GrantTotals grantTotals() {
        return grants.totals();
    }

    /** Every month's spending file, latest first. */
    @Transactional(readOnly = true)
    public List<SpendingFile> spendingFiles() {
        return spending.files();
    }

    @Transactional(readOnly = true)
    public Optional<SpendingFile> spendingFile(YearMonth month) {
        return spending.file(month);
    }

    /** A month's spending lines as published, with the checks' notes; empty when there is no file. */
    @Transactional(readOnly = true)
    public List<SpendingLine> spendingLines(YearMonth month) {
        return spending.lines(month);
    }
}
