package org.oversight.accounts.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.oversight.accounts.Role;
import org.oversight.accounts.domain.UserAccount;
import org.oversight.accounts.domain.UserAccounts;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./oversight users add|list}. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "users",
        description = "Manage who can sign in.",
        mixinStandardHelpOptions = true,
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class})
public class UsersCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(
            name = "add",
            description = "Create an account. The password is read from the terminal (asked twice) or, when"
                    + " standard input is not a terminal, from its first line.",
            mixinStandardHelpOptions = true)
    static class Add implements Callable<Integer> {
        private final UserAccounts accounts;

        @Spec
        CommandSpec spec;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin or analyst")
        String role;

        @Parameters(index = "0", paramLabel = "NAME", description = "The user name to sign in with.")
        String name;

        Add(UserAccounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            char[] password = null;
            try {
                Role chosen = Role.fromCode(role);
                password = readPassword(err);
                if (password == null) {
                    err.println("no password given: nothing was created");
                    return 1;
                }
                UserAccount account = accounts.add(name, chosen, password);
                spec.commandLine()
                        .getOut()
                        .printf(
                                "created %s (%s)%n",
                                account.username(), account.role().name().toLowerCase(java.util.Locale.ROOT));
                spec.commandLine().getOut().flush();
                return 0;
            } catch (IllegalArgumentException e) {
                err.println("refused: " + e.getMessage());
                err.flush();
                return 1;
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
        }

        private char[] readPassword(PrintWriter err) throws IOException {
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("Password for %s: ", name);
                char[] second = console.readPassword("Repeat the password: ");
                if (first == null || second == null || !Arrays.equals(first, second)) {
                    err.println("the passwords do not match");
                    return null;
                }
                Arrays.fill(second, '\0');
                return first;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line = reader.readLine();
            return line == null ? null : line.toCharArray();
        }
    }

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(name = "list", description = "List the accounts.", mixinStandardHelpOptions = true)
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
                spec.commandLine()
                        .getOut()
                        .printf(
                                "%s\t%s%n",
                                account.username(), account.role().name().toLowerCase(java.util.Locale.ROOT));
            }
            spec.commandLine().getOut().flush();
        }
    }
}
