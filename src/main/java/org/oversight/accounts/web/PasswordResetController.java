package org.oversight.accounts.web;

import java.util.Arrays;
import org.oversight.accounts.PublicAccess;
import org.oversight.accounts.domain.UserAccounts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Setting a password with a one-time link: public, since the person has no password yet; the link's
 * token is the credential (one use, 72 hours).
 */
@Controller
@PublicAccess
class PasswordResetController {

    private final UserAccounts accounts;

    PasswordResetController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/reset-password/{token}")
    String form(@PathVariable String token, Model model) {
        return accounts.resetTokenOwner(token)
                .map(username -> {
                    model.addAttribute("username", username);
                    model.addAttribute("token", token);
                    return "accounts/reset-password";
                })
                .orElse("accounts/reset-link-invalid");
    }

    @PostMapping("/reset-password/{token}")
    String reset(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        var owner = accounts.resetTokenOwner(token);
        if (owner.isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            return "accounts/reset-link-invalid";
        }
        char[] chars = password.toCharArray();
        try {
            if (!password.equals(confirmation)) {
                throw new IllegalArgumentException("The two passwords are not the same");
            }
            accounts.resetPassword(token, chars);
            redirect.addAttribute("password-set", "");
            return "redirect:/sign-in";
        } catch (IllegalArgumentException e) {
            model.addAttribute("username", owner.get());
            model.addAttribute("token", token);
            model.addAttribute("problem", capitalised(e.getMessage()));
            return "accounts/reset-password";
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
