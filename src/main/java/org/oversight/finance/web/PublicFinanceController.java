package org.oversight.finance.web;

import jakarta.servlet.http.HttpServletRequest;
import org.oversight.accounts.PublicAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public's finance pages, until the publication module publishes finance from approved
 * snapshots: the same figures as the register, labelled as not yet through publication, without
 * the office's controls, staff names or monitoring returns.
 */
@Controller
@PublicAccess
class PublicFinanceController {

    private static final FinanceView VIEW = FinanceView.PUBLIC;

    private final FinancePages pages;

    PublicFinanceController(FinancePages pages) {
        this.pages = pages;
    }

    @GetMapping("/public/finance")
    String overview(HttpServletRequest request, Model model) {
        return pages.overview(VIEW, request, model);
    }

    @GetMapping("/public/finance/budgets/{year}")
    String budget(HttpServletRequest request, @PathVariable String year, Model model) {
        return pages.budget(VIEW, request, year, model);
    }

    @GetMapping("/public/finance/budgets/{year}/budget.csv")
    ResponseEntity<String> budgetCsv(@PathVariable String year) {
        return pages.budgetCsv(year);
    }

    @GetMapping("/public/finance/grants")
    String grants(HttpServletRequest request, Model model) {
        return pages.grants(VIEW, request, model);
    }

    @GetMapping("/public/finance/grants/{scheme}")
    String scheme(HttpServletRequest request, @PathVariable String scheme, Model model) {
        return pages.scheme(VIEW, request, scheme, model);
    }

    @GetMapping("/public/finance/grants/{scheme}/{year}")
    String round(HttpServletRequest request, @PathVariable String scheme, @PathVariable String year, Model model) {
        return pages.round(VIEW, request, scheme, year, model);
    }

    @GetMapping("/public/finance/grants/{scheme}/{year}/awards.csv")
    ResponseEntity<String> roundCsv(@PathVariable String scheme, @PathVariable String year) {
        return pages.roundCsv(scheme, year);
    }

    @GetMapping("/public/finance/grants/awards/{id}")
    String award(HttpServletRequest request, @PathVariable long id, Model model) {
        return pages.award(VIEW, request, id, model);
    }

    @GetMapping("/public/finance/spending")
    String spending(HttpServletRequest request, Model model) {
        return pages.spending(VIEW, request, model);
    }

    @GetMapping("/public/finance/spending/{month}")
    String spendingFile(HttpServletRequest request, @PathVariable String month, Model model) {
        return pages.spendingFile(VIEW, request, month, model);
    }

    @GetMapping("/public/finance/spending/{month}/file")
    ResponseEntity<byte[]> spendingDownload(@PathVariable String month) {
        return pages.spendingDownload(month);
    }
}
