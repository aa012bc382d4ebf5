package org.oversight.audit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.platform.database.DatabaseProperties;
import org.oversight.platform.database.EmbeddedSuperuser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The migration leaves no role able to change or remove entries, however roles are set up: here
 * the migrations run as an ordinary (not superuser) owner, and an application role has been given
 * everything on new tables by default privileges, as a deployment with its own roles might do.
 */
@SpringBootTest
class AuditPrivilegesTest {

    private static final String ENTRY =
            "INSERT INTO audit.audit_entry (sequence, recorded_at, username, module, action,"
                    + " object_type, object_id, summary, previous_hash, hash)"
                    + " VALUES (1, now(), 'ana', 'test', 'thing-changed', 'thing', 'one', 'One thing changed', repeat('0', 64),"
                    + " repeat('a', 64))";

    @Autowired
    DataSource dataSource;

    @Autowired
    DatabaseProperties properties;

    /** Roles log in with a password, as every connection to the embedded server must. */
    static final String PASSWORD = "audit-privileges-test";

    String suffix;
    String owner;
    String application;
    String database;

    @BeforeEach
    void aDatabaseOwnedByAnOrdinaryRole() throws SQLException {
        suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        owner = "audit_owner_" + suffix;
        application = "audit_application_" + suffix;
        database = "audit_privileges_" + suffix;
        try (Connection connection = asSuperuser();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + owner + " LOGIN NOSUPERUSER PASSWORD '" + PASSWORD + "'");
            statement.execute("CREATE ROLE " + application + " LOGIN NOSUPERUSER PASSWORD '" + PASSWORD + "'");
            statement.execute("CREATE DATABASE " + database + " OWNER " + owner);
        }
        run(owner, "ALTER DEFAULT PRIVILEGES GRANT ALL ON TABLES TO " + application);
        run(owner, "ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO " + application);
        Flyway.configure()
                .dataSource(url(), owner, PASSWORD)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    @AfterEach
    void dropIt() throws SQLException {
        try (Connection connection = asSuperuser();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("DROP ROLE IF EXISTS " + application);
            statement.execute("DROP ROLE IF EXISTS " + owner);
        }
    }

    private Connection asSuperuser() throws SQLException {
        return EmbeddedSuperuser.connect(dataSource, properties, "postgres");
    }

    private String url() throws SQLException {
        return EmbeddedSuperuser.urlOf(dataSource, database);
    }

    private void run(String role, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(), role, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void theApplicationRoleMayAppendButNotChangeOrRemove() throws SQLException {
        run(application, ENTRY);

        assertThatThrownBy(() -> run(application, "UPDATE audit.audit_entry SET summary = 'nothing'"))
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> run(application, "DELETE FROM audit.audit_entry"))
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> run(application, "TRUNCATE audit.audit_entry"))
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> run(application, "DELETE FROM audit.chain_head"))
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> run(application, "UPDATE audit.chain_head SET sequence = 0"))
                .hasMessageContaining("the audit chain head moves only when an entry is appended");
    }

    @Test
    void theOwnerCannotChangeEntriesEvenWithTheTriggersDisabled() throws SQLException {
        run(owner, ENTRY);
        run(owner, "ALTER TABLE audit.audit_entry DISABLE TRIGGER USER");

        assertThatThrownBy(() -> run(owner, "UPDATE audit.audit_entry SET summary = 'nothing'"))
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> run(owner, "DELETE FROM audit.audit_entry")).hasMessageContaining("permission denied");
    }
}
