package org.oversight.finance.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Locale;
import org.oversight.accounts.PublicAccess;
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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The finance register's pages, which anyone may read: budgets, grants and spending over £500. They
 * say that they are not yet published through the publication process, and label example data.
 */
@Controller
@PublicAccess
class FinanceController {

    private final Budgets budgets;
    private final Grants grants;
    private final SpendingFiles spending;
    private final DecisionsApi decisions;

    FinanceController(Budgets budgets, Grants grants, SpendingFiles spending, DecisionsApi decisions) {
        this.budgets = budgets;
        this.grants = grants;
        this.spending = spending;
        this.decisions = decisions;
    }

    @GetMapping("/finance")
    String overview(Model model) {
        model.addAttribute(
                "budgets",
                budgets.all().stream()
                        .map(b -> budgets.statement(b.year()).orElseThrow())
                        .toList());
        model.addAttribute("schemes", grants.schemes());
        model.addAttribute("spendingFiles", spending.files());
        return "finance/overview";
    }

    @GetMapping("/finance/budgets/{year}")
    String budget(@PathVariable String year, Model model) {
        FinancialYear financialYear = FinancePaths.year(year);
        BudgetStatement statement = budgets.statement(financialYear)
                .orElseThrow(() -> new BudgetNotFound("There is no budget for " + financialYear + "."));
        model.addAttribute("budget", statement);
        model.addAttribute("yearPath", FinancePaths.year(financialYear));
        model.addAttribute("decision", decisionLink(statement.details().decisionNumber()));
        return "finance/budget";
    }

    @GetMapping("/finance/budgets/{year}/budget.csv")
    ResponseEntity<String> budgetCsv(@PathVariable String year) {
        FinancialYear financialYear = FinancePaths.year(year);
        BudgetStatement statement = budgets.statement(financialYear)
                .orElseThrow(() -> new BudgetNotFound("There is no budget for " + financialYear + "."));
        return csv("budget-" + FinancePaths.year(financialYear) + ".csv", BudgetCsv.write(statement));
    }

    @GetMapping("/finance/grants")
    String grants(Model model) {
        model.addAttribute("schemes", grants.schemes());
        model.addAttribute("totals", grants.totals());
        return "finance/grants";
    }

    @GetMapping("/finance/grants/{scheme}")
    String scheme(@PathVariable String scheme, Model model) {
        model.addAttribute("scheme", grants.scheme(scheme));
        return "finance/scheme";
    }

    @GetMapping("/finance/grants/{scheme}/{year}")
    String round(@PathVariable String scheme, @PathVariable String year, Model model) {
        FinancialYear financialYear = FinancePaths.year(year);
        GrantRound round = grants.round(scheme, financialYear)
                .orElseThrow(() ->
                        new GrantNotFound(grants.scheme(scheme).name() + " has no awards for " + financialYear + "."));
        model.addAttribute("round", round);
        model.addAttribute("yearPath", FinancePaths.year(financialYear));
        model.addAttribute("decision", decisionLink(round.decisionNumber()));
        return "finance/round";
    }

    @GetMapping("/finance/grants/{scheme}/{year}/awards.csv")
    ResponseEntity<String> roundCsv(@PathVariable String scheme, @PathVariable String year) {
        FinancialYear financialYear = FinancePaths.year(year);
        GrantRound round = grants.round(scheme, financialYear)
                .orElseThrow(() ->
                        new GrantNotFound(grants.scheme(scheme).name() + " has no awards for " + financialYear + "."));
        return csv(scheme + "-" + FinancePaths.year(financialYear) + ".csv", GrantsCsv.write(round));
    }

    @GetMapping("/finance/grants/awards/{id}")
    String award(@PathVariable long id, Model model) {
        GrantAward award = grants.award(id);
        model.addAttribute("award", award);
        model.addAttribute("yearPath", FinancePaths.year(award.year()));
        model.addAttribute("decision", decisionLink(award.decisionNumber()));
        return "finance/award";
    }

    @GetMapping("/finance/spending")
    String spending(Model model) {
        model.addAttribute("files", spending.files());
        return "finance/spending";
    }

    @GetMapping("/finance/spending/{month}")
    String spendingFile(@PathVariable String month, Model model) {
        YearMonth yearMonth = FinancePaths.month(month);
        SpendingFile file = spending.file(yearMonth)
                .orElseThrow(() -> new BudgetNotFound("There is no spending file for " + yearMonth + "."));
        model.addAttribute("file", file);
        model.addAttribute("lines", spending.lines(yearMonth));
        return "finance/spending-file";
    }

    /** The month's file byte for byte as it was imported, with its own name. */
    @GetMapping("/finance/spending/{month}/file")
    ResponseEntity<byte[]> spendingDownload(@PathVariable String month) {
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
    private DecisionLink decisionLink(String number) {
        if (number == null) {
            return null;
        }
        return decisions
                .decision(number)
                .map(d -> new DecisionLink(number, d.title(), DecisionsApi.page(number)))
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
