package org.oversight.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server that Oversight runs when no external database is configured.
 *
 * <p>Data is kept in a folder ({@code ./data} by default) with durable settings. The process that
 * starts the server owns it ({@link FolderOwnership}) and stops it when it closes; another Oversight
 * process on the same folder (the command line while the web application runs) uses that server
 * instead of starting a second one. A server left running by a process that died is stopped at the
 * next start. The server accepts only password sign-in on the loopback address
 * ({@link Postmaster}), the application connecting as a role that is not a superuser
 * ({@link ApplicationRole}) with the password kept in the folder ({@link DatabasePasswords}).
 *
 * <p>{@link #check} (called often by {@link EmbeddedDatabaseWatch}) notices a server that died and
 * starts it again on the same port, so that the connection pool finds it where it was.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String APPLICATION_ROLE = "oversight";
    static final String DATABASE = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration ATTACH_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration FIRST_RETRY = Duration.ofMillis(250);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(15);

    private final Postmaster postmaster;
    private final DatabasePasswords passwords;
    private final int port;
    private final boolean deleteOnClose;
    private final List<Runnable> whenDown = new CopyOnWriteArrayList<>();
    private final List<Runnable> whenBack = new CopyOnWriteArrayList<>();

    private FolderOwnership ownership;
    private volatile long pid;
    private volatile boolean running = true;
    private volatile boolean closed;
    private volatile int restarts;
    private volatile Instant downSince;
    private volatile Instant lastRestart;
    private volatile String lastFailure;
    private Duration retryDelay = FIRST_RETRY;
    private long nextAttempt;

    private EmbeddedDatabase(
            Postmaster postmaster,
            DatabasePasswords passwords,
            int port,
            long pid,
            FolderOwnership ownership,
            boolean deleteOnClose) {
        this.postmaster = postmaster;
        this.passwords = passwords;
        this.port = port;
        this.pid = pid;
        this.ownership = ownership;
        this.deleteOnClose = deleteOnClose;
    }

    /** Starts the folder's server, or uses the one another live Oversight process runs on it. */
    static EmbeddedDatabase startOrAttach(DatabaseProperties properties) {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        Postmaster postmaster = new Postmaster(PostgresBinaries.bundled(), dataDir);
        if (!postmaster.initialised()) {
            initialise(postmaster, properties.deleteOnClose());
        }
        Optional<FolderOwnership> ownership = FolderOwnership.claim(dataDir);
        if (ownership.isEmpty()) {
            return attach(postmaster, properties);
        }
        try {
            return start(postmaster, ownership.get(), properties);
        } catch (RuntimeException e) {
            ownership.get().close();
            throw e;
        }
    }

    private static void initialise(Postmaster postmaster, boolean throwAway) {
        Path dataDir = postmaster.dataDir();
        try {
            // Files of ours left from a folder whose server was never made; initdb wants the folder empty.
            Files.deleteIfExists(dataDir.resolve(FolderOwnership.FILE_NAME));
            Files.deleteIfExists(DatabasePasswords.file(dataDir));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare " + dataDir, e);
        }
        DatabasePasswords passwords = DatabasePasswords.random();
        postmaster.initialise(passwords, throwAway);
        passwords.write(dataDir);
        log.info("event=embedded_database_created dataDir={}", dataDir);
    }

    private static EmbeddedDatabase start(
            Postmaster postmaster, FolderOwnership ownership, DatabaseProperties properties) {
        Path dataDir = postmaster.dataDir();
        OptionalLong orphan = postmaster.runningPid();
        if (orphan.isPresent()) {
            log.warn(
                    "event=embedded_database_orphan_stopped dataDir={} pid={} reason=its_process_is_gone",
                    dataDir,
                    orphan.getAsLong());
            postmaster.stop();
        }
        DatabasePasswords passwords = DatabasePasswords.read(dataDir).orElseGet(() -> {
            // A folder made before Oversight used passwords: its superuser gets one before the server opens.
            DatabasePasswords fresh = DatabasePasswords.random();
            postmaster.setSuperuserPassword(fresh.superuser());
            fresh.write(dataDir);
            log.info("event=embedded_database_passwords_set dataDir={}", dataDir);
            return fresh;
        });
        int port = freePort();
        long pid = startWithRetries(postmaster, port);
        try {
            ApplicationRole.setUp(port, passwords);
        } catch (RuntimeException e) {
            postmaster.stop();
            throw e;
        }
        log.info("event=embedded_database_started dataDir={} port={} pid={}", dataDir, port, pid);
        return new EmbeddedDatabase(postmaster, passwords, port, pid, ownership, properties.deleteOnClose());
    }

    /** A server that has just died may leave processes behind for a moment; they hold its memory. */
    private static long startWithRetries(Postmaster postmaster, int port) {
        long end = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            try {
                return postmaster.start(port);
            } catch (RuntimeException e) {
                if (System.nanoTime() > end) {
                    throw e;
                }
                Postmaster.sleep(Duration.ofMillis(500));
            }
        }
    }

    private static EmbeddedDatabase attach(Postmaster postmaster, DatabaseProperties properties) {
        Path dataDir = postmaster.dataDir();
        long end = System.nanoTime() + ATTACH_TIMEOUT.toNanos();
        while (System.nanoTime() < end) {
            Optional<DatabasePasswords> passwords = DatabasePasswords.read(dataDir);
            OptionalLong pid = postmaster.runningPid();
            Optional<Integer> port = postmaster.runningPort();
            if (passwords.isPresent() && pid.isPresent() && port.isPresent() && answers(port.get(), passwords.get())) {
                log.info("event=embedded_database_attached dataDir={} port={}", dataDir, port.get());
                return new EmbeddedDatabase(
                        postmaster, passwords.get(), port.get(), pid.getAsLong(), null, properties.deleteOnClose());
            }
            Optional<FolderOwnership> ownership = FolderOwnership.claim(dataDir);
            if (ownership.isPresent()) {
                // The process that had it has gone meanwhile.
                try {
                    return start(postmaster, ownership.get(), properties);
                } catch (RuntimeException e) {
                    ownership.get().close();
                    throw e;
                }
            }
            Postmaster.sleep(Duration.ofMillis(200));
        }
        throw new IllegalStateException("Another Oversight process holds the database in " + dataDir
                + " but its server did not answer within " + ATTACH_TIMEOUT.toSeconds() + " s");
    }

    static String jdbcUrl(int port) {
        return "jdbc:postgresql://" + Postmaster.LOOPBACK + ":" + port + "/" + DATABASE;
    }

    String jdbcUrl() {
        return jdbcUrl(port);
    }

    String username() {
        return APPLICATION_ROLE;
    }

    String password() {
        return passwords.application();
    }

    Path dataDir() {
        return postmaster.dataDir();
    }

    /**
     * Whether the server runs: false from the moment its process has ended (asked of the operating
     * system now, a few microseconds, not at the watch's next look) until it runs again.
     */
    boolean running() {
        return running && ServerProcess.alive(pid);
    }

    /** The process id of the server (postmaster). */
    long pid() {
        return pid;
    }

    EmbeddedDatabaseStatus status() {
        return new EmbeddedDatabaseStatus(
                running(), ownership != null, port, restarts, downSince, lastRestart, lastFailure);
    }

    /** Runs the action when the server is found dead. */
    void whenDown(Runnable action) {
        whenDown.add(action);
    }

    /** Runs the action when the server runs again after it died. */
    void whenBack(Runnable action) {
        whenBack.add(action);
    }

    /**
     * Whether the server still runs; when it does not, starts it again (with waits that grow from
     * a quarter of a second to 15 s between attempts that fail). A process that uses another's
     * server waits for that one to bring it back, or takes the folder over when that process has gone.
     */
    synchronized void check(Clock clock) {
        if (closed) {
            return;
        }
        if (running) {
            if (ServerProcess.alive(pid)) {
                return;
            }
            running = false;
            downSince = clock.instant();
            retryDelay = FIRST_RETRY;
            nextAttempt = System.nanoTime();
            log.error("event=embedded_database_died dataDir={} pid={}", dataDir(), pid);
            whenDown.forEach(Runnable::run);
        }
        if (System.nanoTime() - nextAttempt < 0) {
            return;
        }
        try {
            bringBack(clock);
        } catch (RuntimeException e) {
            lastFailure = e.getMessage();
            nextAttempt = System.nanoTime() + retryDelay.toNanos();
            log.warn(
                    "event=embedded_database_restart_failed dataDir={} retryInMs={} reason={}",
                    dataDir(),
                    retryDelay.toMillis(),
                    e.getMessage());
            retryDelay = retryDelay.multipliedBy(2).compareTo(LONGEST_RETRY) > 0
                    ? LONGEST_RETRY
                    : retryDelay.multipliedBy(2);
        }
    }

    private void bringBack(Clock clock) {
        if (ownership == null) {
            ownership = FolderOwnership.claim(dataDir()).orElse(null);
        }
        long started;
        if (ownership != null) {
            started = postmaster.start(port);
        } else {
            OptionalLong other = postmaster.runningPid();
            if (other.isEmpty() || !postmaster.runningPort().equals(Optional.of(port)) || !answers(port, passwords)) {
                throw new IllegalStateException("waiting for the Oversight process that runs the server to restart it");
            }
            started = other.getAsLong();
        }
        Duration down = Duration.between(downSince, clock.instant());
        pid = started;
        restarts++;
        lastRestart = clock.instant();
        downSince = null;
        lastFailure = null;
        running = true;
        log.info(
                "event=embedded_database_restarted dataDir={} port={} pid={} downMs={}",
                dataDir(),
                port,
                started,
                down.toMillis());
        whenBack.forEach(Runnable::run);
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (ownership == null) {
            return;
        }
        postmaster.stop();
        ownership.close();
        ownership = null;
        log.info("event=embedded_database_stopped dataDir={}", dataDir());
        if (deleteOnClose) {
            try (Stream<Path> paths = Files.walk(dataDir())) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static boolean answers(int port, DatabasePasswords passwords) {
        Properties properties = new Properties();
        properties.setProperty("user", APPLICATION_ROLE);
        properties.setProperty("password", passwords.application());
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("loginTimeout", "2");
        try (Connection connection = DriverManager.getConnection(jdbcUrl(port), properties)) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(Postmaster.LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free port for the embedded PostgreSQL", e);
        }
    }
}
