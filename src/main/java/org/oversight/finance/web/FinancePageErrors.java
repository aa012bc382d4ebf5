package org.oversight.finance.web;

import jakarta.servlet.http.HttpServletRequest;
import org.oversight.finance.budget.BudgetNotFound;
import org.oversight.finance.grant.GrantNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The finance pages' answer to a budget, scheme, award or month that is not there. */
@ControllerAdvice(basePackageClasses = FinancePageErrors.class)
class FinancePageErrors {

    @ExceptionHandler({BudgetNotFound.class, GrantNotFound.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(RuntimeException e, HttpServletRequest request, Model model) {
        model.addAttribute("message", e.getMessage());
        model.addAttribute("fb", FinanceView.of(request).financeBase());
        return "finance/not-found";
    }
}
