package org.oversight.accounts.web;

import jakarta.servlet.http.HttpSession;
import org.oversight.accounts.PublicAccess;
import org.oversight.accounts.domain.SecurityConfiguration;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the form it posts. */
@Controller
@PublicAccess
class SignInController {

    @GetMapping("/sign-in")
    String signIn(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String locked,
            @RequestParam(name = "password-set", required = false) String passwordSet,
            HttpSession session,
            Model model) {
        model.addAttribute("passwordSet", passwordSet != null);
        Object lastUsername = session.getAttribute(SecurityConfiguration.LAST_USERNAME);
        model.addAttribute("username", error != null || locked != null ? lastUsername : null);
        if (locked != null) {
            Object exception = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute(
                    "errorMessage",
                    exception instanceof Exception e
                            ? e.getMessage()
                            : "Too many failed sign-in attempts. Try again later.");
        } else if (error != null) {
            model.addAttribute("errorMessage", "Enter a correct user name and password");
        }
        return "accounts/sign-in";
    }
}
