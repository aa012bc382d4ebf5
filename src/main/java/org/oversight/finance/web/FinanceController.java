package org.oversight.finance.web;

import jakarta.servlet.http.HttpServletRequest;
import org.oversight.accounts.BoardMemberAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The office's working finance register, for board members, analysts and admins: budgets, grants and spending over
 * £500, with the analysts' controls (the changes themselves are in the edit controllers).
 */
@Controller
@BoardMemberAccess
class FinanceController {

    private static final FinanceView VIEW = FinanceView.REGISTER;

    private final FinancePages pages;

    FinanceController(FinancePages pages) {
        this.pages = pages;
    }

    @GetMapping("/finance")
    String overview(HttpServletRequest request, Model model) {
        return pages.overview(VIEW, request, model);
    }

    @GetMapping("/finance/budgets/{year}")
    String budget(HttpServletRequest request, @PathVariable String year, Model model) {
        return pages.budget(VIEW, request, year, model);
    }

    @GetMapping("/finance/budgets/{year}/budget.csv")
    ResponseEntity<String> budgetCsv(@PathVariable String year) {
        return pages.budgetCsv(year);
    }

    @GetMapping("/finance/grants")
    String grants(HttpServletRequest request, Model model) {
        return pages.grants(VIEW, request, model);
    }

    @GetMapping("/finance/grants/{scheme}")
    String scheme(HttpServletRequest request, @PathVariable String scheme, Model model) {
        return pages.scheme(VIEW, request, scheme, model);
    }

    @GetMapping("/finance/grants/{scheme}/{year}")
    String round(HttpServletRequest request, @PathVariable String scheme, @PathVariable String year, Model model) {
        return pages.round(VIEW, request, scheme, year, model);
    }

    @GetMapping("/finance/grants/{scheme}/{year}/awards.csv")
    ResponseEntity<String> roundCsv(@PathVariable String scheme, @PathVariable String year) {
        return pages.roundCsv(scheme, year);
    }

    @GetMapping("/finance/grants/awards/{id}")
    String award(HttpServletRequest request, @PathVariable long id, Model model) {
        return pages.award(VIEW, request, id, model);
    }

    @GetMapping("/finance/spending")
    String spending(HttpServletRequest request, Model model) {
        return pages.spending(VIEW, request, model);
    }

    @GetMapping("/finance/spending/{month}")
    String spendingFile(HttpServletRequest request, @PathVariable String month, Model model) {
        return pages.spendingFile(VIEW, request, month, model);
    }

    @GetMapping("/finance/spending/{month}/file")
    ResponseEntity<byte[]> spendingDownload(@PathVariable String month) {
        return pages.spendingDownload(month);
    }
}
