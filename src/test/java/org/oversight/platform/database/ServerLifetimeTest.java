package org.oversight.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server lives exactly as long as the process that runs it: it stops after the
 * application has closed (never while it is closing), and a server left behind by a process that
 * was killed is found and stopped at the next start.
 */
class ServerLifetimeTest {

    @TempDir
    Path folder;

    @Test
    void whenAskedToStopTheApplicationClosesFirstAndTheDatabaseAfterIt() throws Exception {
        Path dataDir = folder.resolve("data");
        try (ChildProcess application = new ChildProcess(folder, ClosingApplicationProcess.class, dataDir.toString())) {
            long server = Long.parseLong(application.awaitLine("server ", 90));

            application.process().destroy(); // SIGTERM, as a service manager stops a service

            assertThat(application.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(application.output()).contains("late work: answered 42");
            assertThat(ServerProcess.alive(server))
                    .as("the server stopped with the application")
                    .isFalse();
            assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
        }
    }

    @Test
    void aServerLeftBehindByAKilledProcessIsStoppedAtTheNextStart() throws Exception {
        Path dataDir = folder.resolve("data");
        long orphan;
        try (ChildProcess killed = new ChildProcess(folder, DatabaseOwnerProcess.class, dataDir.toString())) {
            orphan = Long.parseLong(killed.awaitLine("server ", 90));
            killed.process().destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertThat(killed.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(ServerProcess.alive(orphan))
                .as("the server outlived its process")
                .isTrue();

        long next;
        try (EmbeddedDatabase database =
                EmbeddedDatabase.startOrAttach(new DatabaseProperties(dataDir, false, Duration.ofMillis(200)))) {
            next = database.pid();
            assertThat(ServerProcess.alive(orphan)).as("the orphan was stopped").isFalse();
            assertThat(next).isNotEqualTo(orphan);
            assertThat(database.status().owner()).isTrue();
            try (var connection =
                    DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password())) {
                assertThat(connection.isValid(2)).isTrue();
            }
        }
        assertThat(ServerProcess.alive(next))
                .as("no server is left after the application stops")
                .isFalse();
        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
    }
}
