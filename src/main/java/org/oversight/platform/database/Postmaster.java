package org.oversight.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.postgresql.util.PasswordUtil;

/**
 * The PostgreSQL server of one data folder, run with the bundled programs: creating the folder,
 * starting, stopping and finding the running server through its {@code postmaster.pid}.
 *
 * <p>The server listens on the loopback address only, on no Unix socket, and accepts only
 * password (SCRAM) sign-in: {@code pg_hba.conf} is written again before every start, so a folder
 * made by an earlier Oversight (which trusted every local connection) is closed at its next start.
 */
final class Postmaster {

    static final String LOOPBACK = "127.0.0.1";
    static final String SUPERUSER = "postgres";

    /** Every rule a server of Oversight's has: passwords, over the loopback interface only. */
    static final String ACCESS_RULES =
            """
            # Written by Oversight at every start of its embedded PostgreSQL: edits are lost.
            # Password (SCRAM) sign-in over the loopback interface only; no Unix socket is open.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            host    all       all   127.0.0.1/32  scram-sha-256
            """;

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final PostgresBinaries binaries;
    private final Path dataDir;

    Postmaster(PostgresBinaries binaries, Path dataDir) {
        this.binaries = binaries;
        this.dataDir = dataDir;
    }

    Path dataDir() {
        return dataDir;
    }

    boolean initialised() {
        return Files.isRegularFile(dataDir.resolve("PG_VERSION"));
    }

    /**
     * Creates the server's files in the (empty or missing) folder, the superuser having this
     * password. A throw-away folder (tests) is not synced to disk, which takes seconds on a busy disk.
     */
    void initialise(DatabasePasswords passwords, boolean throwAway) {
        Path passwordFile = null;
        try {
            passwordFile = passwords.superuserPasswordFile();
            List<String> arguments = new ArrayList<>(List.of(
                    "--pgdata=" + dataDir,
                    "--username=" + SUPERUSER,
                    "--pwfile=" + passwordFile,
                    "--auth=scram-sha-256",
                    "--encoding=UTF-8"));
            if (throwAway) {
                arguments.add("--no-sync");
            }
            run(binaries.command("initdb", arguments.toArray(String[]::new)), null, START_TIMEOUT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(passwordFile);
        }
    }

    /**
     * Sets the superuser's password with the server stopped, in PostgreSQL's single-user mode (no
     * connection is opened, so no connection can be trusted meanwhile). Only the SCRAM verifier
     * reaches the server, never the password.
     */
    void setSuperuserPassword(String password) {
        String verifier = PasswordUtil.encodeScramSha256(password.toCharArray());
        // A verifier holds only base64 characters, '$', ':' and digits: nothing to quote.
        String sql = "ALTER ROLE " + SUPERUSER + " PASSWORD '" + verifier + "';\n\n";
        run(
                binaries.command(
                        "postgres",
                        "--single",
                        "-j",
                        "-D",
                        dataDir.toString(),
                        "-c",
                        "exit_on_error=on",
                        "-c",
                        "listen_addresses=",
                        "postgres"),
                sql,
                START_TIMEOUT);
    }

    /** Starts the server on this port and waits until it accepts connections; its process id. */
    long start(int port) {
        try {
            removeStaleLockFile();
            Files.writeString(dataDir.resolve("pg_hba.conf"), ACCESS_RULES, StandardCharsets.UTF_8);
            Files.createDirectories(dataDir.resolve("log"));
            Files.deleteIfExists(startLog());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare " + dataDir, e);
        }
        try {
            run(
                    binaries.command(
                            "pg_ctl",
                            "start",
                            "--pgdata=" + dataDir,
                            "--wait",
                            "--timeout=" + START_TIMEOUT.toSeconds(),
                            "--log=" + startLog(),
                            "-o",
                            String.join(" ", serverOptions(port))),
                    null,
                    START_TIMEOUT.plusSeconds(10));
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + startLogTail(), e);
        }
        return runningPid()
                .orElseThrow(() -> new IllegalStateException("The embedded PostgreSQL in " + dataDir
                        + " said it started but is not running" + startLogTail()));
    }

    /** Stops the server (fast: open transactions are rolled back) and waits until it has stopped. */
    void stop() {
        OptionalLong pid = runningPid();
        if (pid.isEmpty()) {
            return;
        }
        try {
            run(
                    binaries.command(
                            "pg_ctl",
                            "stop",
                            "--pgdata=" + dataDir,
                            "--mode=fast",
                            "--wait",
                            "--timeout=" + STOP_TIMEOUT.toSeconds()),
                    null,
                    STOP_TIMEOUT.plusSeconds(10));
        } catch (IllegalStateException e) {
            // Not stopping in time, or pg_ctl failing: end it outright (it recovers from its log at the next start).
            ProcessHandle.of(pid.getAsLong()).ifPresent(ProcessHandle::destroyForcibly);
        }
        awaitExit(pid.getAsLong(), STOP_TIMEOUT);
    }

    /**
     * Removes the {@code postmaster.pid} of a server that died. PostgreSQL removes it itself unless
     * the dead server's process is a zombie nobody has reaped yet (as in some containers), which it
     * takes for a live server. Its shared memory still guards the folder: a new server refuses to
     * start while any process of the dead one is left.
     */
    private void removeStaleLockFile() throws IOException {
        if (runningPid().isEmpty()) {
            Files.deleteIfExists(dataDir.resolve("postmaster.pid"));
        }
    }

    /** The process id of the server running on this folder, if one is. */
    OptionalLong runningPid() {
        Optional<List<String>> lines = pidFile();
        if (lines.isEmpty() || lines.get().isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            long pid = Long.parseLong(lines.get().get(0).trim());
            return ServerProcess.alive(pid) ? OptionalLong.of(pid) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The port the running server listens on, as its {@code postmaster.pid} says. */
    Optional<Integer> runningPort() {
        return pidFile().filter(lines -> lines.size() >= 4).flatMap(lines -> {
            try {
                return Optional.of(Integer.parseInt(lines.get(3).trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private Optional<List<String>> pidFile() {
        try {
            return Optional.of(Files.readAllLines(dataDir.resolve("postmaster.pid"), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Durable (fsync, full page writes, synchronous commit), on the loopback address only, no Unix
     * socket, and its log in the folder's {@code log/} (a week of daily files, each reused).
     */
    private static List<String> serverOptions(int port) {
        List<String> options = new ArrayList<>(List.of("-p", Integer.toString(port)));
        for (String setting : List.of(
                "listen_addresses=" + LOOPBACK,
                "unix_socket_directories=''",
                "password_encryption=scram-sha-256",
                "fsync=on",
                "synchronous_commit=on",
                "full_page_writes=on",
                "max_connections=50",
                "timezone=Europe/London",
                "logging_collector=on",
                "log_directory=log",
                "log_filename=postgresql-%a.log",
                "log_truncate_on_rotation=on",
                "log_rotation_age=1d",
                "log_rotation_size=0")) {
            options.add("-c");
            options.add(setting);
        }
        return options;
    }

    private Path startLog() {
        return dataDir.resolve("log").resolve("start.log");
    }

    /** The last lines the server wrote, in its start log or (once its collector runs) its newest log. */
    private String startLogTail() {
        try (Stream<Path> logs = Files.list(dataDir.resolve("log"))) {
            Optional<Path> newest = logs.filter(Files::isRegularFile).max(Comparator.comparing(Postmaster::modified));
            if (newest.isEmpty()) {
                return "";
            }
            List<String> lines = Files.readAllLines(newest.get(), StandardCharsets.UTF_8);
            return "; the server said: "
                    + String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void awaitExit(long pid, Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        while (ServerProcess.alive(pid) && System.nanoTime() < end) {
            sleep(Duration.ofMillis(20));
        }
    }

    /** Runs a program to its end; its output, or an exception with the output when it failed. */
    private static String run(List<String> command, String input, Duration timeout) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            if (input != null) {
                process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            }
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(programName(command) + " did not finish within " + timeout);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(programName(command) + " failed (exit status " + process.exitValue()
                        + "): " + withoutStatements(new String(output, StandardCharsets.UTF_8)));
            }
            return new String(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + programName(command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + programName(command), e);
        }
    }

    private static String programName(List<String> command) {
        return command.stream()
                .filter(part -> part.contains("/bin/"))
                .findFirst()
                .map(part -> part.substring(part.lastIndexOf('/') + 1))
                .orElse(command.get(0));
    }

    /** The server's messages without the statements it echoes, which may hold a password verifier. */
    private static String withoutStatements(String output) {
        return output.lines()
                .filter(line -> !line.contains("STATEMENT:") && !line.contains("PASSWORD"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .reduce((a, b) -> a + " | " + b)
                .orElse("");
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A temporary file readable only by its owner: the system's cleaning removes it.
            }
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
