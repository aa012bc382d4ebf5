package org.oversight.platform.database;

import java.time.Instant;

/**
 * How the embedded server is, for the health endpoint (details are shown to admins only).
 *
 * @param running whether the server answers (as far as its process tells)
 * @param owner whether this process runs the server (otherwise it uses another Oversight process's)
 * @param port the server's port, on the loopback address
 * @param restarts how often this process has brought the server back since it started
 * @param downSince when the server was found dead, while it is; null while it runs
 * @param lastRestart when the server was last brought back; null if never
 * @param lastFailure why the last attempt to bring it back failed; null if none did
 */
record EmbeddedDatabaseStatus(
        boolean running,
        boolean owner,
        int port,
        int restarts,
        Instant downSince,
        Instant lastRestart,
        String lastFailure) {}
