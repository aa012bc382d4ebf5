package org.oversight.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder made by an earlier Oversight, whose server trusted every local connection and
 * whose objects all belonged to the superuser, is closed and handed over at its first start.
 */
class OlderDataFolderTest {

    @TempDir
    Path folder;

    @Test
    void aFolderThatTrustedEveryLocalConnectionGetsPasswordsAndItsObjectsGoToTheApplicationsRole() throws Exception {
        Path dataDir = folder.resolve("data");
        // As Oversight made and used its folders before: zonky's server, trusting local connections.
        try (EmbeddedPostgres older = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(false)
                        .setRegisterShutdownHook(false)
                        .start();
                Connection superuser = older.getPostgresDatabase().getConnection();
                var statement = superuser.createStatement()) {
            statement.execute("CREATE SCHEMA plan");
            statement.execute(
                    "CREATE TABLE plan.plan (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, title text)");
            statement.execute("INSERT INTO plan.plan (title) VALUES ('Police and Crime Plan 2014-15')");
            statement.execute("CREATE TABLE public.flyway_schema_history (version text)");
            statement.execute("CREATE TYPE plan.cadence AS ENUM ('monthly', 'quarterly')");
            statement.execute("CREATE FUNCTION plan.shout(text) RETURNS text LANGUAGE sql AS 'SELECT upper($1)'");
        }
        assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).containsPattern("(?m)^host.*trust");

        try (EmbeddedDatabase database =
                EmbeddedDatabase.startOrAttach(new DatabaseProperties(dataDir, false, Duration.ofMillis(200)))) {
            assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).doesNotContainPattern("(?m)^[^#].*trust");
            assertThat(PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(dataDir.resolve(DatabasePasswords.FILE_NAME))))
                    .isEqualTo("rw-------");
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", "")
                            .close())
                    .isInstanceOf(SQLException.class);

            try (Connection application =
                            DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                    var statement = application.createStatement()) {
                statement.execute("INSERT INTO plan.plan (title) VALUES ('Police and Crime Plan 2021-25')");
                statement.execute("INSERT INTO public.flyway_schema_history VALUES ('1')");
                var titles = statement.executeQuery("SELECT plan.shout(title) FROM plan.plan ORDER BY id");
                titles.next();
                assertThat(titles.getString(1)).isEqualTo("POLICE AND CRIME PLAN 2014-15");
                var owners = statement.executeQuery(
                        """
                        SELECT DISTINCT owner FROM (
                            SELECT nspowner::regrole::text AS owner FROM pg_namespace WHERE nspname = 'plan'
                            UNION ALL SELECT relowner::regrole::text FROM pg_class
                                WHERE relnamespace IN ('plan'::regnamespace, 'public'::regnamespace)
                            UNION ALL SELECT proowner::regrole::text FROM pg_proc WHERE pronamespace = 'plan'::regnamespace
                            UNION ALL SELECT typowner::regrole::text FROM pg_type WHERE typnamespace = 'plan'::regnamespace
                            UNION ALL SELECT datdba::regrole::text FROM pg_database WHERE datname = current_database()
                        ) owners""");
                owners.next();
                assertThat(owners.getString(1)).isEqualTo("oversight");
                assertThat(owners.next()).as("one owner only").isFalse();
            }
        }
    }
}
