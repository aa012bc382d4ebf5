package org.oversight.platform.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * For tests that must set roles up as a deployment would (only a superuser can create roles): a
 * connection to the test application's embedded server as its superuser, with the password kept in
 * the data folder.
 */
public final class EmbeddedSuperuser {

    private EmbeddedSuperuser() {}

    /** A new connection as {@code postgres} to the database {@code name} of the application's server. */
    public static Connection connect(DataSource application, DatabaseProperties properties, String name)
            throws SQLException {
        String password =
                DatabasePasswords.read(properties.dataDir()).orElseThrow().superuser();
        return DriverManager.getConnection(urlOf(application, name), "postgres", password);
    }

    /** The JDBC address of another database on the application's server. */
    public static String urlOf(DataSource application, String name) throws SQLException {
        String url;
        try (Connection connection = application.getConnection()) {
            url = connection.getMetaData().getURL();
        }
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        return path.substring(0, path.lastIndexOf('/') + 1) + name + (query < 0 ? "" : url.substring(query));
    }
}
