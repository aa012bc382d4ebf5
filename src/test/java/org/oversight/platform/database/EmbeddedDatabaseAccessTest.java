package org.oversight.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;

/**
 * The embedded PostgreSQL lets in only who has the password kept in its folder, only over the
 * loopback address, and the application itself only as a role that is not a superuser.
 */
class EmbeddedDatabaseAccessTest {

    @TempDir
    static Path folder;

    static EmbeddedDatabase database;

    @BeforeAll
    static void start() {
        database = EmbeddedDatabase.startOrAttach(
                new DatabaseProperties(folder.resolve("data"), false, Duration.ofMillis(200)));
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    private static Connection asTheApplication() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }

    private static Connection asTheSuperuser() throws SQLException {
        String password =
                DatabasePasswords.read(folder.resolve("data")).orElseThrow().superuser();
        return DriverManager.getConnection(database.jdbcUrl(), "postgres", password);
    }

    private static String show(String setting) throws SQLException {
        try (Connection connection = asTheSuperuser();
                var result = connection.createStatement().executeQuery("SHOW " + setting)) {
            result.next();
            return result.getString(1);
        }
    }

    @Test
    void theServerRefusesAConnectionWithoutThePassword() {
        for (String user : List.of("postgres", "oversight")) {
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), user, "")
                            .close())
                    .as(user + " without a password")
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), user, "guess")
                            .close())
                    .as(user + " with a wrong password")
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void noAccessRuleTrustsAConnection() throws Exception {
        List<String> rules = Files.readAllLines(folder.resolve("data/pg_hba.conf")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();

        assertThat(rules).isNotEmpty().allSatisfy(rule -> assertThat(rule.split("\\s+"))
                .containsExactly("host", "all", "all", "127.0.0.1/32", "scram-sha-256"));
        assertThat(show("password_encryption")).isEqualTo("scram-sha-256");
    }

    @Test
    void thePasswordFileIsReadableByItsOwnerOnly() throws Exception {
        Path file = folder.resolve("data").resolve(DatabasePasswords.FILE_NAME);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(file)).contains("application=" + database.password());
    }

    @Test
    void theServerListensOnTheLoopbackAddressOnlyAndOnNoUnixSocket() throws Exception {
        assertThat(show("listen_addresses")).isEqualTo("127.0.0.1");
        assertThat(show("unix_socket_directories")).isEmpty();
        int port = Integer.parseInt(show("port"));
        assertThat(Path.of("/tmp/.s.PGSQL." + port)).doesNotExist();

        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(network.getInetAddresses())) {
                if (!address.isLoopbackAddress()) {
                    assertThat(connects(address, port))
                            .as("listening on " + address)
                            .isFalse();
                }
            }
        }
        assertThat(connects(InetAddress.getByName("127.0.0.1"), port)).isTrue();
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 500);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void theApplicationConnectsAsARoleThatIsNoSuperuserAndCannotRunPrograms() throws Exception {
        try (Connection connection = asTheApplication();
                var statement = connection.createStatement()) {
            var result =
                    statement.executeQuery("SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user");
            result.next();
            assertThat(result.getString(1)).isEqualTo("oversight");
            assertThat(result.getBoolean(2)).isFalse();

            assertThatThrownBy(() -> statement.execute("COPY (SELECT 1) TO PROGRAM 'id'"))
                    .hasMessageContaining("must be superuser or have privileges of the pg_execute_server_program role");
            assertThatThrownBy(() -> statement.executeQuery("SELECT rolpassword FROM pg_authid"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("COPY (SELECT 1) TO '/tmp/oversight-copy-test'"))
                    .hasMessageContaining("must be superuser or have privileges of the pg_write_server_files role");
        }
    }

    @Test
    void theApplicationsRoleOwnsItsSchemasAndBulkLoadsWithCopyFromStandardInput() throws Exception {
        try (Connection connection = asTheApplication();
                var statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA copy_check");
            statement.execute("CREATE TABLE copy_check.row_value (id integer, name text)");

            long copied = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY copy_check.row_value FROM STDIN (FORMAT csv)", new StringReader("1,one\n2,two\n"));

            assertThat(copied).isEqualTo(2);
            var owner = statement.executeQuery(
                    "SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'copy_check'");
            owner.next();
            assertThat(owner.getString(1)).isEqualTo("oversight");
            statement.execute("DROP SCHEMA copy_check CASCADE");
        }
    }
}
