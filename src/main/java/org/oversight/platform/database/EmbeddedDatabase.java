package org.oversight.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server that Oversight runs when no external database is configured.
 *
 * <p>Data is kept in a folder ({@code ./data} by default) with durable settings: fsync, full page
 * writes and synchronous commit are on, unlike the test-oriented defaults of the embedded server.
 * When another Oversight process already runs a server on the same folder (the web application
 * while the command line is used), this one connects to it instead of starting a second server.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String USER = "postgres";
    private static final String DATABASE = "postgres";

    private final Path dataDir;
    private final EmbeddedPostgres server;
    private final int port;
    private final boolean deleteOnClose;

    private EmbeddedDatabase(Path dataDir, EmbeddedPostgres server, int port, boolean deleteOnClose) {
        this.dataDir = dataDir;
        this.server = server;
        this.port = port;
        this.deleteOnClose = deleteOnClose;
    }

    static EmbeddedDatabase startOrAttach(DatabaseProperties properties) {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        Optional<Integer> running = runningServerPort(dataDir);
        if (running.isPresent()) {
            log.info("event=embedded_database_attached dataDir={} port={}", dataDir, running.get());
            return new EmbeddedDatabase(dataDir, null, running.get(), false);
        }
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "50")
                    .setServerConfig("timezone", "Europe/London")
                    .start();
            log.info("event=embedded_database_started dataDir={} port={}", dataDir, server.getPort());
            return new EmbeddedDatabase(dataDir, server, server.getPort(), properties.deleteOnClose());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    String username() {
        return USER;
    }

    @Override
    public void close() throws IOException {
        if (server == null) {
            return;
        }
        server.close();
        log.info("event=embedded_database_stopped dataDir={}", dataDir);
        if (deleteOnClose) {
            try (Stream<Path> paths = Files.walk(dataDir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    /** The port of a server already running on this folder, read from its postmaster.pid. */
    private static Optional<Integer> runningServerPort(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            int port = Integer.parseInt(lines.get(3).trim());
            DriverManager.setLoginTimeout(2);
            try (var ignored =
                    DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + DATABASE, USER, "")) {
                return Optional.of(port);
            }
        } catch (IOException | NumberFormatException | SQLException e) {
            return Optional.empty();
        }
    }
}
