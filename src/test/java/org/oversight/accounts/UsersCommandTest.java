package org.oversight.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.oversight.accounts.domain.UserAccounts;
import org.oversight.platform.CommandLineLauncher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/** {@code ./oversight users …}: roles, leads, disabling and reset links on the command line. */
@SpringBootTest
@AutoConfigureMockMvc
class UsersCommandTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    UserAccounts accounts;

    record Run(int status, String out, String err) {}

    private Run run(String... args) {
        CommandLine commandLine = CommandLineLauncher.commandLine(context);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return new Run(commandLine.execute(args), out.toString(), err.toString());
    }

    static String unique(String prefix) {
        return prefix + System.nanoTime() % 10_000_000;
    }

    @Test
    void addsALeadOfficerWithLeadsAndNoPasswordThenPrintsAOneTimeLink() {
        String name = unique("leo");
        Run added = run(
                "users",
                "add",
                "--role",
                "lead-officer",
                "--lead",
                "ACC Operations",
                "--email",
                name + "@example.org",
                "--no-password",
                name);
        assertThat(added.status()).isZero();
        assertThat(added.out()).contains("created " + name + " (lead-officer)");

        Run link = run("users", "reset-link", name, "--base-url", "https://oversight.example.org/");
        assertThat(link.status()).isZero();
        assertThat(link.out()).startsWith("https://oversight.example.org/reset-password/");
        String token = link.out().strip().substring(link.out().lastIndexOf('/') + 1);
        assertThat(accounts.resetTokenOwner(token)).contains(name);
    }

    @Test
    void changesRoleAndLeadsAndDisables() {
        String name = unique("x");
        accounts.add(name, Role.ANALYST, "correct horse battery staple".toCharArray());
        assertThat(run("users", "role", name, "lead-officer").out()).contains(name + "\tlead-officer\tenabled");
        assertThat(run("users", "leads", name, "--add", "DCC", "--add", "ACC Crime")
                        .out())
                .contains("lead-officer\tenabled\tACC Crime; DCC");
        assertThat(run("users", "leads", name, "--remove", "DCC").out()).contains("\tACC Crime");
        assertThat(run("users", "disable", name).out()).contains("\tdisabled");
        assertThat(accounts.byName(name).orElseThrow().enabled()).isFalse();
        assertThat(run("users", "list").out()).contains(name + "\tlead-officer\tdisabled\tACC Crime");
        assertThat(run("users", "enable", name).out()).contains("\tenabled");
    }

    @Test
    void refusesWhatIsWrongSayingWhy() {
        Run unknownRole = run("users", "add", "--role", "chief", "--no-password", unique("y"));
        assertThat(unknownRole.status()).isEqualTo(1);
        assertThat(unknownRole.err())
                .contains("refused: unknown role 'chief': use admin, analyst, board-member, lead-officer");

        String name = unique("z");
        accounts.add(name, Role.LEAD_OFFICER, "correct horse battery staple".toCharArray());
        Run unknownLead = run("users", "leads", name, "--add", "ACC Nowhere");
        assertThat(unknownLead.status()).isEqualTo(1);
        assertThat(unknownLead.err()).contains("'ACC Nowhere' is not a lead any plan names");
        Run notHeld = run("users", "leads", name, "--remove", "DCC");
        assertThat(notHeld.err()).contains("refused: " + name + " does not hold 'DCC'");
        assertThat(run("users", "disable", "nobody-at-all").err())
                .contains("there is no account called 'nobody-at-all'");
    }
}
