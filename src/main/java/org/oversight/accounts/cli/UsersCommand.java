package org.oversight.accounts.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.oversight.accounts.CurrentUser;
import org.oversight.accounts.Role;
import org.oversight.accounts.domain.UserAccount;
import org.oversight.accounts.domain.UserAccounts;
import org.oversight.accounts.domain.UserAccounts.Details;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./oversight users add|list|role|leads|disable|enable|reset-link}. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "users",
        description = "Manage who can sign in: accounts, roles, leads, disabling and password reset links.",
        mixinStandardHelpOptions = true,
        subcommands = {
            UsersCommand.Add.class,
            UsersCommand.ListUsers.class,
            UsersCommand.SetRole.class,
            UsersCommand.SetLeads.class,
            UsersCommand.Disable.class,
            UsersCommand.Enable.class,
            UsersCommand.ResetLink.class
        })
public class UsersCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** Run alone, it prints its usage (as platform's command groups do; accounts cannot depend on platform). */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Exit status when the change was refused. */
    static final int REFUSED = 1;

    /** Runs a change, printing what was done, or "refused: why" with status 1. */
    abstract static class Change implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try {
                spec.commandLine().getOut().println(change());
                spec.commandLine().getOut().flush();
                return 0;
            } catch (IllegalArgumentException e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("refused: " + e.getMessage());
                err.flush();
                return REFUSED;
            }
        }

        abstract String change() throws IOException;
    }

    static String describe(UserAccount account) {
        return account.username() + "\t" + account.role().code() + "\t" + (account.enabled() ? "enabled" : "disabled")
                + "\t" + String.join("; ", account.leads());
    }

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(
            name = "add",
            description = "Create an account. The password is read from the terminal (asked twice) or, when"
                    + " standard input is not a terminal, from its first line; with --no-password the account"
                    + " signs in only after its owner has set a password with a reset link (users reset-link).",
            mixinStandardHelpOptions = true)
    static class Add extends Change {
        private final UserAccounts accounts;

        @Option(
                names = "--role",
                required = true,
                paramLabel = "ROLE",
                description = "admin, analyst, board-member or lead-officer")
        String role;

        @Option(names = "--email", paramLabel = "ADDRESS", description = "Where reminders are sent.")
        String email;

        @Option(
                names = "--lead",
                paramLabel = "LEAD",
                description = "A lead the account holds, as plans name it (lead officers; repeatable).")
        List<String> leads = new ArrayList<>();

        @Option(names = "--manager", paramLabel = "NAME", description = "The account reminders escalate to.")
        String manager;

        @Option(names = "--no-password", description = "Create it without a password.")
        boolean noPassword;

        @Parameters(index = "0", paramLabel = "NAME", description = "The user name to sign in with.")
        String name;

        Add(UserAccounts accounts) {
            this.accounts = accounts;
        }

        @Override
        String change() throws IOException {
            Role chosen = Role.fromCode(role);
            char[] password = noPassword ? null : readPassword();
            try {
                UserAccount account = accounts.add(
                        name, new Details(chosen, email, manager, Set.copyOf(leads)), password, CurrentUser.name());
                return "created " + account.username() + " (" + account.role().code() + ")";
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
        }

        private char[] readPassword() throws IOException {
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("Password for %s: ", name);
                char[] second = console.readPassword("Repeat the password: ");
                if (first == null || second == null || !Arrays.equals(first, second)) {
                    throw new IllegalArgumentException("the passwords do not match: nothing was created");
                }
                Arrays.fill(second, '\0');
                return first;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line = reader.readLine();
            if (line == null) {
                throw new IllegalArgumentException("no password given: nothing was created");
            }
            return line.toCharArray();
        }
    }

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(
            name = "list",
            description = "List the accounts: name, role, enabled or disabled, leads.",
            mixinStandardHelpOptions = true)
    static class ListUsers implements Runnable {
        private final UserAccounts accounts;

        @Spec
        CommandSpec spec;

        ListUsers(UserAccounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public void run() {
            for (UserAccount account : accounts.all()) {
                spec.commandLine().getOut().println(describe(account));
            }
            spec.commandLine().getOut().flush();
        }
    }

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(
            name = "role",
            description = "Change an account's role (a lead officer's leads are dropped when it becomes another role).",
            mixinStandardHelpOptions = true)
    static class SetRole extends Change {
        private final UserAccounts accounts;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "ROLE", description = "admin, analyst, board-member or lead-officer")
        String role;

        SetRole(UserAccounts accounts) {
            this.accounts = accounts;
        }

        @Override
        String change() {
            Role chosen = Role.fromCode(role);
            UserAccount account = existing(accounts, name);
            Set<String> leads = chosen == Role.LEAD_OFFICER ? Set.copyOf(account.leads()) : Set.of();
            return describe(accounts.change(
                    name, new Details(chosen, account.email(), account.manager(), leads), CurrentUser.name()));
        }
    }

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(
            name = "leads",
            description = "Add or remove the leads a lead officer holds (names as the plans use them).",
            mixinStandardHelpOptions = true)
    static class SetLeads extends Change {
        private final UserAccounts accounts;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--add", paramLabel = "LEAD", description = "A lead to hold (repeatable).")
        List<String> add = new ArrayList<>();

        @Option(names = "--remove", paramLabel = "LEAD", description = "A lead to give up (repeatable).")
        List<String> remove = new ArrayList<>();

        SetLeads(UserAccounts accounts) {
            this.accounts = accounts;
        }

        @Override
        String change() {
            UserAccount account = existing(accounts, name);
            Set<String> leads = new LinkedHashSet<>(account.leads());
            for (String lead : remove) {
                if (!leads.remove(lead)) {
                    throw new IllegalArgumentException(name + " does not hold '" + lead + "'");
                }
            }
            leads.addAll(add);
            return describe(accounts.change(
                    name, new Details(account.role(), account.email(), account.manager(), leads), CurrentUser.name()));
        }
    }

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(
            name = "disable",
            description = "Disable an account: it can no longer sign in.",
            mixinStandardHelpOptions = true)
    static class Disable extends Change {
        private final UserAccounts accounts;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        Disable(UserAccounts accounts) {
            this.accounts = accounts;
        }

        @Override
        String change() {
            return describe(accounts.setEnabled(name, false, CurrentUser.name()));
        }
    }

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(name = "enable", description = "Enable a disabled account.", mixinStandardHelpOptions = true)
    static class Enable extends Change {
        private final UserAccounts accounts;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        Enable(UserAccounts accounts) {
            this.accounts = accounts;
        }

        @Override
        String change() {
            return describe(accounts.setEnabled(name, true, CurrentUser.name()));
        }
    }

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(
            name = "reset-link",
            description = "Print a one-time link that sets the account's password (valid for 72 hours; it voids"
                    + " any earlier link).",
            mixinStandardHelpOptions = true)
    static class ResetLink extends Change {
        private final UserAccounts accounts;
        private final String baseUrl;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(
                names = "--base-url",
                paramLabel = "URL",
                description = "Where Oversight is reached (default: the setting oversight.base-url).")
        String base;

        ResetLink(UserAccounts accounts, @Value("${oversight.base-url:http://localhost:8080}") String baseUrl) {
            this.accounts = accounts;
            this.baseUrl = baseUrl;
        }

        @Override
        String change() {
            String token = accounts.issueResetToken(name, CurrentUser.name());
            String root = base == null ? baseUrl : base;
            return (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + "/reset-password/" + token;
        }
    }

    static UserAccount existing(UserAccounts accounts, String name) {
        return accounts.byName(name)
                .orElseThrow(() -> new IllegalArgumentException("there is no account called '" + name + "'"));
    }
}
