package org.oversight.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.oversight.accounts.AdminAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.accounts.Role;
import org.oversight.accounts.domain.UserAccount;
import org.oversight.accounts.domain.UserAccounts;
import org.oversight.accounts.domain.UserAccounts.Details;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Admins manage accounts: create, change role, leads, email and manager, disable, reset links. */
@Controller
@AdminAccess
class AccountsController {

    private final UserAccounts accounts;

    AccountsController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** What the account form holds. */
    record AccountForm(String username, String role, String email, String manager, List<String> leads) {
        AccountForm {
            leads = leads == null ? List.of() : List.copyOf(leads);
        }

        static AccountForm of(UserAccount account) {
            return new AccountForm(
                    account.username(), account.role().code(), account.email(), account.manager(), account.leads());
        }
    }

    @GetMapping("/accounts")
    String list(Model model) {
        model.addAttribute("accounts", accounts.all());
        return "accounts/list";
    }

    @GetMapping("/accounts/new")
    String newAccount(Model model) {
        return form(model, new AccountForm(null, Role.LEAD_OFFICER.code(), null, null, List.of()), null, true);
    }

    @PostMapping("/accounts/new")
    String create(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String manager,
            @RequestParam(required = false) List<String> leads,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        AccountForm form = new AccountForm(username.strip(), role, email, manager, leads);
        try {
            UserAccount account = accounts.add(form.username(), details(form), null, CurrentUser.name());
            String token = accounts.issueResetToken(account.username(), CurrentUser.name());
            redirect.addFlashAttribute("resetLink", resetLink(request, token));
            redirect.addFlashAttribute("message", "Account " + account.username() + " created.");
            return "redirect:/accounts/" + account.username();
        } catch (IllegalArgumentException e) {
            return form(model, form, e.getMessage(), true);
        }
    }

    @GetMapping("/accounts/{username}")
    String account(@PathVariable String username, Model model) {
        UserAccount account = find(username);
        model.addAttribute("account", account);
        return form(model, AccountForm.of(account), null, false);
    }

    @PostMapping("/accounts/{username}")
    String change(
            @PathVariable String username,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String manager,
            @RequestParam(required = false) List<String> leads,
            Model model,
            RedirectAttributes redirect) {
        UserAccount account = find(username);
        AccountForm form = new AccountForm(account.username(), role, email, manager, leads);
        try {
            accounts.change(account.username(), details(form), CurrentUser.name());
            redirect.addFlashAttribute("message", "Changes to " + account.username() + " saved.");
            return "redirect:/accounts/" + account.username();
        } catch (IllegalArgumentException e) {
            model.addAttribute("account", account);
            return form(model, form, e.getMessage(), false);
        }
    }

    @PostMapping("/accounts/{username}/disable")
    String disable(@PathVariable String username, RedirectAttributes redirect) {
        return enable(username, false, redirect);
    }

    @PostMapping("/accounts/{username}/enable")
    String enable(@PathVariable String username, RedirectAttributes redirect) {
        return enable(username, true, redirect);
    }

    @PostMapping("/accounts/{username}/reset-link")
    String resetLink(@PathVariable String username, HttpServletRequest request, RedirectAttributes redirect) {
        UserAccount account = find(username);
        String token = accounts.issueResetToken(account.username(), CurrentUser.name());
        redirect.addFlashAttribute("resetLink", resetLink(request, token));
        return "redirect:/accounts/" + account.username();
    }

    private String enable(String username, boolean on, RedirectAttributes redirect) {
        UserAccount account = find(username);
        try {
            accounts.setEnabled(account.username(), on, CurrentUser.name());
            redirect.addFlashAttribute(
                    "message",
                    on
                            ? account.username() + " is enabled: they can sign in."
                            : account.username() + " is disabled: they can no longer sign in.");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/accounts/" + account.username();
    }

    private String form(Model model, AccountForm form, String problem, boolean creating) {
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        model.addAttribute("creating", creating);
        model.addAttribute("roles", Role.values());
        model.addAttribute("knownLeads", knownLeads(form));
        model.addAttribute(
                "managers",
                accounts.all().stream()
                        .map(UserAccount::username)
                        .filter(name -> !name.equalsIgnoreCase(form.username() == null ? "" : form.username()))
                        .toList());
        return creating ? "accounts/new" : "accounts/account";
    }

    /** The plans' leads, and any lead the account holds that no plan names any more. */
    private List<String> knownLeads(AccountForm form) {
        List<String> names = new ArrayList<>(accounts.knownLeads());
        form.leads().stream().filter(lead -> !names.contains(lead)).forEach(names::add);
        return names;
    }

    private static Details details(AccountForm form) {
        Role role;
        try {
            role = Role.fromCode(form.role());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Select a role");
        }
        return new Details(role, form.email(), form.manager(), Set.copyOf(form.leads()));
    }

    private UserAccount find(String username) {
        return accounts.byName(username)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such account"));
    }

    private static String resetLink(HttpServletRequest request, String token) {
        return ServletUriComponentsBuilder.fromContextPath(request)
                .path("/reset-password/{token}")
                .buildAndExpand(token)
                .toUriString();
    }
}
