package org.oversight.decisions.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;

/**
 * Which of the two readings of the decisions register a page is: the office's working register
 * ({@code /decisions}, for board members, analysts and admins, with the analysts' controls) or the public's labelled
 * pages ({@code /public/decisions}, with no controls and no staff names). The same templates render
 * both; their links start from {@code db}.
 */
record DecisionView(String base, boolean publicView) {

    static final DecisionView REGISTER = new DecisionView("/decisions", false);
    static final DecisionView PUBLIC = new DecisionView("/public/decisions", true);

    /** Puts the view's base in the model, and on a register page the address of its public page. */
    void describe(Model model, HttpServletRequest request) {
        describe(
                model,
                request.getRequestURI().substring(request.getContextPath().length() + base.length()));
    }

    /** The same, for the page at {@code path} under the view's base ("" for the register itself). */
    void describe(Model model, String path) {
        model.addAttribute("db", base);
        model.addAttribute("fb", publicView ? "/public/finance" : "/finance");
        model.addAttribute("publicView", publicView);
        if (!publicView) {
            model.addAttribute("publicPage", PUBLIC.base + path);
        }
    }

    /** The view an address belongs to. */
    static DecisionView of(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + PUBLIC.base) ? PUBLIC : REGISTER;
    }
}
