package org.oversight.platform.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;

/**
 * The role Oversight connects as, {@value EmbeddedDatabase#APPLICATION_ROLE}: not a superuser, owner
 * of the database and of everything in it, as on an external PostgreSQL (see
 * docs/operations/external-postgresql.md). It may do all the application does (create schemas and
 * partitions, {@code COPY … FROM STDIN}) but nothing a superuser alone may: no {@code COPY … TO
 * PROGRAM} or server files, no reading of other roles' password hashes.
 *
 * <p>Set up by the superuser at every start of the embedded server, so that a data folder made by
 * an earlier Oversight (where everything was the superuser's) is handed over at its first start.
 */
final class ApplicationRole {

    private static final String CREATE =
            """
            DO $$
            BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'oversight') THEN
                    CREATE ROLE oversight;
                END IF;
            END $$""";

    private static final String LIMIT = "ALTER ROLE oversight LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE"
            + " NOREPLICATION NOBYPASSRLS CONNECTION LIMIT 40";

    private static final String OWN_DATABASE = "ALTER DATABASE postgres OWNER TO oversight";

    /**
     * Hands over every schema, table, view, sequence, routine and type outside the system's schemas
     * (objects of extensions stay with them). Sequences that belong to a column follow their table.
     */
    private static final String HAND_OVER =
            """
            DO $$
            DECLARE
                item record;
            BEGIN
                FOR item IN
                    SELECT n.nspname FROM pg_namespace n
                    WHERE n.nspowner <> 'oversight'::regrole
                      AND n.nspname NOT IN ('information_schema', 'public') AND n.nspname NOT LIKE 'pg\\_%'
                LOOP
                    EXECUTE format('ALTER SCHEMA %I OWNER TO oversight', item.nspname);
                END LOOP;
                FOR item IN
                    SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
                    JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE c.relowner <> 'oversight'::regrole AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
                      AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'
                      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
                LOOP
                    EXECUTE format('ALTER %s %s OWNER TO oversight',
                        CASE item.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                            WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, item.name);
                END LOOP;
                FOR item IN
                    SELECT c.oid::regclass AS name FROM pg_class c
                    JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE c.relowner <> 'oversight'::regrole AND c.relkind = 'S'
                      AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'
                      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
                LOOP
                    EXECUTE format('ALTER SEQUENCE %s OWNER TO oversight', item.name);
                END LOOP;
                FOR item IN
                    SELECT p.oid::regprocedure AS name FROM pg_proc p
                    JOIN pg_namespace n ON n.oid = p.pronamespace
                    WHERE p.proowner <> 'oversight'::regrole
                      AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'
                      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
                LOOP
                    EXECUTE format('ALTER ROUTINE %s OWNER TO oversight', item.name);
                END LOOP;
                FOR item IN
                    SELECT t.oid::regtype AS name, t.typtype FROM pg_type t
                    JOIN pg_namespace n ON n.oid = t.typnamespace
                    WHERE t.typowner <> 'oversight'::regrole AND t.typtype IN ('d', 'e', 'r', 'c')
                      AND (t.typrelid = 0 OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')
                      AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'
                      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')
                LOOP
                    EXECUTE format('ALTER %s %s OWNER TO oversight',
                        CASE item.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, item.name);
                END LOOP;
            END $$""";

    private ApplicationRole() {}

    /** Creates or updates the role with this password and hands it the database, as the superuser. */
    static void setUp(int port, DatabasePasswords passwords) {
        try (Connection connection = DriverManager.getConnection(
                EmbeddedDatabase.jdbcUrl(port), Postmaster.SUPERUSER, passwords.superuser())) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(CREATE);
                statement.execute(LIMIT);
                statement.execute(OWN_DATABASE);
                statement.execute(HAND_OVER);
            }
            connection
                    .unwrap(PGConnection.class)
                    .alterUserPassword(
                            EmbeddedDatabase.APPLICATION_ROLE,
                            passwords.application().toCharArray(),
                            "scram-sha-256");
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not set up the application's role in the embedded PostgreSQL (port " + port + "): "
                            + e.getMessage()
                            + (PASSWORD_REFUSED.equals(e.getSQLState())
                                    ? ". The superuser password in " + DatabasePasswords.FILE_NAME
                                            + " is not the server's: stop Oversight and delete that file to set new passwords"
                                    : ""),
                    e);
        }
    }

    private static final String PASSWORD_REFUSED = "28P01";
}
