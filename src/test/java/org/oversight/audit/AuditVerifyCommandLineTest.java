package org.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.OversightApplication;
import org.oversight.platform.CommandLineLauncher;
import org.oversight.platform.database.DatabaseProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine;

/**
 * {@code ./oversight audit verify}: intact, it prints the number of entries and exits 0; after
 * someone able to bypass the triggers (a superuser disabling them) changed or removed an entry, it
 * exits 1 naming the first entry that does not verify. Each tampering is undone afterwards.
 */
@SpringBootTest
class AuditVerifyCommandLineTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AuditTrail trail;

    @Autowired
    DatabaseProperties database;

    @TempDir
    Path folder;

    record Run(int status, String out, String err) {}

    private Run run(String... args) {
        CommandLine commandLine = CommandLineLauncher.commandLine(context);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return new Run(commandLine.execute(args), out.toString(), err.toString());
    }

    /** Three entries of this test's own, the last of them the newest in the trail. */
    private List<AuditEntry> ownEntries() {
        String id = "verify-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            events.publishEvent(new TestChange(id + "-" + i));
        }
        List<AuditEntry> entries =
                new java.util.ArrayList<>(trail.page(new AuditFilter(null, "test", id, null, null), 1, 3, true)
                        .entries());
        java.util.Collections.reverse(entries);
        return entries;
    }

    /**
     * Runs statements as someone who got round the database's protection: the application's role,
     * which owns the table, gives itself back UPDATE and DELETE and disables the triggers (a superuser
     * could do the same). In one transaction, which puts both back, so nobody else sees it.
     */
    private void bypassingTheTriggers(String... statements) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("GRANT UPDATE, DELETE ON audit.audit_entry TO CURRENT_USER")
                    .update();
            jdbc.sql("ALTER TABLE audit.audit_entry DISABLE TRIGGER USER").update();
            for (String statement : statements) {
                jdbc.sql(statement).update();
            }
            jdbc.sql("ALTER TABLE audit.audit_entry ENABLE TRIGGER USER").update();
            jdbc.sql("REVOKE UPDATE, DELETE ON audit.audit_entry FROM CURRENT_USER")
                    .update();
        });
    }

    private static String restore(AuditEntry entry) {
        return "INSERT INTO audit.audit_entry (sequence, recorded_at, username, address, module, action, object_type,"
                + " object_id, before_state, after_state, summary, previous_hash, hash) VALUES ("
                + entry.sequence() + ", '" + entry.recordedAt() + "', '" + entry.user() + "', "
                + (entry.address() == null ? "NULL" : "'" + entry.address() + "'") + ", '" + entry.module() + "', '"
                + entry.action() + "', '" + entry.objectType() + "', '" + entry.objectId() + "', '" + entry.before()
                + "', '" + entry.after() + "', '" + entry.summary() + "', '" + entry.previousHash() + "', '"
                + entry.hash() + "')";
    }

    @BeforeEach
    void theTrailIsIntactToStartWith() {
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void anIntactTrailPrintsItsNumberOfEntriesAndExitsZero() throws Exception {
        ownEntries();
        long entries = trail.page(AuditFilter.none(), 1, 1, false).total();

        Run text = run("audit", "verify");
        Run json = run("audit", "verify", "--json");

        assertThat(text.status()).as(text.err()).isZero();
        assertThat(text.out())
                .startsWith("The audit trail is intact: " + entries + " entries verified; the latest hash is ");
        assertThat(json.status()).isZero();
        JsonNode document = new ObjectMapper().readTree(json.out());
        assertThat(document.get("intact").asBoolean()).isTrue();
        assertThat(document.get("entries").asLong()).isEqualTo(entries);
        assertThat(document.get("latestHash").asText()).matches("[0-9a-f]{64}");
        assertThat(document.has("firstBrokenEntry")).isFalse();
    }

    @Test
    void anEntryEditedInTheDatabaseMakesItExitOneNamingThatEntry() throws Exception {
        AuditEntry edited = ownEntries().get(1);
        bypassingTheTriggers(
                "UPDATE audit.audit_entry SET username = 'someone-else' WHERE sequence = " + edited.sequence());
        try {
            Run text = run("audit", "verify");
            Run json = run("audit", "verify", "--json");

            assertThat(text.status()).isEqualTo(1);
            assertThat(text.out())
                    .startsWith("The audit trail does not verify at entry " + edited.sequence()
                            + ": its fields do not match its hash: it was changed after it was recorded ("
                            + (edited.sequence() - 1) + " entries before it verified).");
            assertThat(json.status()).isEqualTo(1);
            JsonNode broken = new ObjectMapper().readTree(json.out()).get("firstBrokenEntry");
            assertThat(broken.get("sequence").asLong()).isEqualTo(edited.sequence());
        } finally {
            bypassingTheTriggers("UPDATE audit.audit_entry SET username = '" + edited.user() + "' WHERE sequence = "
                    + edited.sequence());
        }
        assertThat(run("audit", "verify").status()).isZero();
    }

    @Test
    void anEntryDeletedFromTheDatabaseMakesItExitOneNamingTheEntryAfterIt() {
        List<AuditEntry> own = ownEntries();
        AuditEntry deleted = own.get(1);
        bypassingTheTriggers("DELETE FROM audit.audit_entry WHERE sequence = " + deleted.sequence());
        try {
            Run run = run("audit", "verify");

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.out())
                    .startsWith("The audit trail does not verify at entry "
                            + own.get(2).sequence() + ": entry " + deleted.sequence() + " is missing");
        } finally {
            bypassingTheTriggers(restore(deleted));
        }
        assertThat(run("audit", "verify").status()).isZero();
    }

    @Test
    void theLastEntryDeletedFromTheDatabaseIsFoundToo() {
        AuditEntry last = ownEntries().get(2);
        bypassingTheTriggers("DELETE FROM audit.audit_entry WHERE sequence = " + last.sequence());
        try {
            Run run = run("audit", "verify");

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.out())
                    .startsWith("The audit trail does not verify at entry " + last.sequence() + ": it is missing");
        } finally {
            bypassingTheTriggers(restore(last));
        }
    }

    @Test
    void runOnItsOwnAgainstTheDatabaseItExitsOneNamingTheEditedEntry() throws Exception {
        AuditEntry edited = ownEntries().get(0);
        bypassingTheTriggers(
                "UPDATE audit.audit_entry SET after_state = '{\"n\":3}' WHERE sequence = " + edited.sequence());
        try {
            Process process = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            "-Doversight.cli=true",
                            OversightApplication.class.getName(),
                            "audit",
                            "verify",
                            "--data-dir",
                            database.dataDir().toString())
                    .redirectOutput(folder.resolve("out.txt").toFile())
                    .redirectError(folder.resolve("err.txt").toFile())
                    .start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
            String out = Files.readString(folder.resolve("out.txt"), StandardCharsets.UTF_8);
            String err = Files.readString(folder.resolve("err.txt"), StandardCharsets.UTF_8);

            assertThat(process.exitValue()).as(out + err).isEqualTo(1);
            assertThat(out)
                    .isEqualTo("The audit trail does not verify at entry " + edited.sequence()
                            + ": its fields do not match its hash: it was changed after it was recorded ("
                            + (edited.sequence() - 1) + " entries before it verified)." + System.lineSeparator());
        } finally {
            bypassingTheTriggers("UPDATE audit.audit_entry SET after_state = '" + edited.after() + "' WHERE sequence = "
                    + edited.sequence());
        }
    }
}
