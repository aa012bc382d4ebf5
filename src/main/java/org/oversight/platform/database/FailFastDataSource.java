package org.oversight.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The connection pool of the embedded server, which refuses at once while the server is known to
 * be dead rather than letting every caller wait for the pool's timeout. When the server dies and
 * when it is back, the pool's connections are replaced (the old ones lead to a dead server).
 */
final class FailFastDataSource extends DelegatingDataSource implements AutoCloseable {

    /** SQLSTATE "connection exception: the client could not connect". */
    private static final String CANNOT_CONNECT = "08001";

    private final EmbeddedDatabase database;
    private final HikariDataSource pool;

    FailFastDataSource(EmbeddedDatabase database, HikariDataSource pool) {
        super(pool);
        this.database = database;
        this.pool = pool;
        database.whenDown(this::replaceConnections);
        database.whenBack(this::replaceConnections);
    }

    @Override
    public Connection getConnection() throws SQLException {
        refuseWhileDown();
        return super.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        refuseWhileDown();
        return super.getConnection(username, password);
    }

    private void refuseWhileDown() throws SQLException {
        if (!database.running()) {
            throw new SQLTransientConnectionException(
                    "The embedded database is not running; Oversight is starting it again", CANNOT_CONNECT);
        }
    }

    private void replaceConnections() {
        if (pool.getHikariPoolMXBean() != null) {
            pool.getHikariPoolMXBean().softEvictConnections();
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
