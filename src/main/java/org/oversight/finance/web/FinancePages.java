package org.oversight.finance.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Locale;
import org.oversight.decisions.DecisionsApi;
import org.oversight.finance.BudgetStatement;
import org.oversight.finance.GrantAward;
import org.oversight.finance.GrantRound;
import org.oversight.finance.SpendingFile;
import org.oversight.finance.budget.BudgetNotFound;
import org.oversight.finance.budget.Budgets;
import org.oversight.finance.export.BudgetCsv;
import org.oversight.finance.export.GrantsCsv;
import org.oversight.finance.grant.GrantNotFound;
import org.oversight.finance.grant.Grants;
import org.oversight.finance.spending.SpendingFiles;
import org.oversight.shared.FinancialYear;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the finance register's reading pages show (budgets, grants and spending over £500), for
 * {@link FinanceController} (signed in) and {@link PublicFinanceController} (the public) alike. Each
 * page says whether it has been through the publication process, and labels example data.
 */
@Component
class FinancePages {

    private static final String REGISTER_DECISIONS = FinanceView.REGISTER.decisionsBase();

    private final Budgets budgets;
    private final Grants grants;
    private final SpendingFiles spending;
    private final DecisionsApi decisions;

    FinancePages(Budgets budgets, Grants grants, SpendingFiles spending, DecisionsApi decisions) {
        this.budgets = budgets;
        this.grants = grants;
        this.spending = spending;
        this.decisions = decisions;
    }

    String overview(FinanceView view, HttpServletRequest request, Model model) {
        view.describe(model, request);
        model.addAttribute(
                "budgets",
                budgets.all().stream()
                        .map(b -> budgets.statement(b.year()).orElseThrow())
                        .toList());
        model.addAttribute("schemes", grants.schemes());
        model.addAttribute("spendingFiles", spending.files());
        return "finance/overview";
    }

    String budget(FinanceView view, HttpServletRequest request, String year, Model model) {
        view.describe(model, request);
        FinancialYear financialYear = FinancePaths.year(year);
        BudgetStatement statement = budgets.statement(financialYear)
                .orElseThrow(() -> new BudgetNotFound("There is no budget for " + financialYear + "."));
        model.addAttribute("budget", statement);
        model.addAttribute("yearPath", FinancePaths.year(financialYear));
        model.addAttribute("decision", decisionLink(view, statement.details().decisionNumber()));
        return "finance/budget";
    }

    ResponseEntity<String> budgetCsv(String year) {
        FinancialYear financialYear = FinancePaths.year(year);
        BudgetStatement statement = budgets.statement(financialYear)
                .orElseThrow(() -> new BudgetNotFound("There is no budget for " + financialYear + "."));
        return csv("budget-" + FinancePaths.year(financialYear) + ".csv", BudgetCsv.write(statement));
    }

    String grants(FinanceView view, HttpServletRequest request, Model model) {
        view.describe(model, request);
        model.addAttribute("schemes", grants.schemes());
        model.addAttribute("totals", grants.totals());
        return "finance/grants";
    }

    String scheme(FinanceView view, HttpServletRequest request, String scheme, Model model) {
        view.describe(model, request);
        model.addAttribute("scheme", grants.scheme(scheme));
        return "finance/scheme";
    }

    String round(FinanceView view, HttpServletRequest request, String scheme, String year, Model model) {
        view.describe(model, request);
        FinancialYear financialYear = FinancePaths.year(year);
        GrantRound round = grants.round(scheme, financialYear)
                .orElseThrow(() ->
                        new GrantNotFound(grants.scheme(scheme).name() + " has no awards for " + financialYear + "."));
        model.addAttribute("round", round);
        model.addAttribute("yearPath", FinancePaths.year(financialYear));
        model.addAttribute("decision", decisionLink(view, round.decisionNumber()));
        return "finance/round";
    }

    ResponseEntity<String> roundCsv(String scheme, String year) {
        FinancialYear financialYear = FinancePaths.year(year);
        GrantRound round = grants.round(scheme, financialYear)
                .orElseThrow(() ->
                        new GrantNotFound(grants.scheme(scheme).name() + " has no awards for " + financialYear + "."));
        return csv(scheme + "-" + FinancePaths.year(financialYear) + ".csv", GrantsCsv.write(round));
    }

    String award(FinanceView view, HttpServletRequest request, long id, Model model) {
        view.describe(model, request);
        GrantAward award = grants.award(id);
        model.addAttribute("award", award);
        model.addAttribute("yearPath", FinancePaths.year(award.year()));
        model.addAttribute("decision", decisionLink(view, award.decisionNumber()));
        return "finance/award";
    }

    String spending(FinanceView view, HttpServletRequest request, Model model) {
        view.describe(model, request);
        model.addAttribute("files", spending.files());
        return "finance/spending";
    }

    String spendingFile(FinanceView view, HttpServletRequest request, String month, Model model) {
        view.describe(model, request);
        YearMonth yearMonth = FinancePaths.month(month);
        SpendingFile file = spending.file(yearMonth)
                .orElseThrow(() -> new BudgetNotFound("There is no spending file for " + yearMonth + "."));
        model.addAttribute("file", file);
        model.addAttribute("lines", spending.lines(yearMonth));
        return "finance/spending-file";
    }

    /** The month's file byte for byte as it was imported, with its own name. */
    ResponseEntity<byte[]> spendingDownload(String month) {
        YearMonth yearMonth = FinancePaths.month(month);
        SpendingFiles.Published published = spending.published(yearMonth)
                .orElseThrow(() -> new BudgetNotFound("There is no spending file for " + yearMonth + "."));
        boolean excel = published.fileName().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        return ResponseEntity.ok()
                .contentType(
                        excel
                                ? MediaType.parseMediaType(
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                                : new MediaType("text", "csv"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(published.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(published.content());
    }

    /** The decision's page when the register has it; null when there is no number or no such decision. */
    private DecisionLink decisionLink(FinanceView view, String number) {
        if (number == null) {
            return null;
        }
        String page = DecisionsApi.page(number);
        String inView = view.decisionsBase() + page.substring(REGISTER_DECISIONS.length());
        return decisions
                .decision(number)
                .map(d -> new DecisionLink(number, d.title(), inView))
                .orElse(new DecisionLink(number, null, null));
    }

    /** A decision named by a budget or grant: its title and page when the register has it. */
    record DecisionLink(String number, String title, String page) {}

    static ResponseEntity<String> csv(String fileName, String body) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(body);
    }
}
