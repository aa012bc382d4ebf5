package org.oversight.finance.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;

/**
 * Which of the two readings of the finance register a page is: the office's working register
 * ({@code /finance}, for board members, analysts and admins, with the analysts' controls) or the public's labelled
 * pages ({@code /public/finance}, with no controls and no staff names). The same templates render
 * both; their links start from {@code fb} (finance) and {@code db} (decisions).
 */
record FinanceView(String financeBase, String decisionsBase, boolean publicView) {

    static final FinanceView REGISTER = new FinanceView("/finance", "/decisions", false);
    static final FinanceView PUBLIC = new FinanceView("/public/finance", "/public/decisions", true);

    /** Puts the view's bases in the model, and on a register page the address of its public page. */
    void describe(Model model, HttpServletRequest request) {
        model.addAttribute("fb", financeBase);
        model.addAttribute("db", decisionsBase);
        model.addAttribute("publicView", publicView);
        if (!publicView) {
            model.addAttribute(
                    "publicPage",
                    PUBLIC.financeBase
                            + request.getRequestURI()
                                    .substring(request.getContextPath().length() + financeBase.length()));
        }
    }

    /** The view an address belongs to. */
    static FinanceView of(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + PUBLIC.financeBase) ? PUBLIC : REGISTER;
    }
}
