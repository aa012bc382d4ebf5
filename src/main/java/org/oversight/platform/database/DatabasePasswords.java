package org.oversight.platform.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's two passwords, made at random by Oversight and kept in the data folder in
 * {@value #FILE_NAME}, readable only by its owner (0600): the superuser's (used only at start, to
 * set up the application's role) and the application's role's (every connection). The command line
 * reads them from there to use the web application's server.
 *
 * @param superuser the password of {@code postgres}, the server's superuser
 * @param application the password of {@value EmbeddedDatabase#APPLICATION_ROLE}, the role the
 *     application connects as
 */
record DatabasePasswords(String superuser, String application) {

    static final String FILE_NAME = "oversight-passwords.properties";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final Logger log = LoggerFactory.getLogger(DatabasePasswords.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String toString() {
        return "DatabasePasswords[hidden]";
    }

    /** Two new passwords of 256 random bits each. */
    static DatabasePasswords random() {
        return new DatabasePasswords(randomPassword(), randomPassword());
    }

    static Path file(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /** The passwords kept in the folder, if any; a file others could read is made private again. */
    static Optional<DatabasePasswords> read(Path dataDir) {
        Path file = file(dataDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                log.warn(
                        "event=database_password_file_permissions_fixed file={} was={}",
                        file,
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            String superuser = properties.getProperty("superuser");
            String application = properties.getProperty("application");
            if (superuser == null || application == null || superuser.isBlank() || application.isBlank()) {
                throw new IllegalStateException(file + " must hold a superuser and an application password; "
                        + "stop Oversight and delete the file to have new passwords made at the next start");
            }
            return Optional.of(new DatabasePasswords(superuser, application));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the database passwords in " + file, e);
        }
    }

    /** Writes the passwords to the folder: a new file, private from its creation, then moved in place. */
    void write(Path dataDir) {
        Path file = file(dataDir);
        Path next = dataDir.resolve(FILE_NAME + ".new");
        try {
            Files.deleteIfExists(next);
            if (posix()) {
                Files.createFile(next, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(next);
            }
            try (Writer writer = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
                writer.write(
                        "# Passwords of Oversight's embedded PostgreSQL, made at random. Keep this file private.\n");
                writer.write("# Delete it (with Oversight stopped) to have new passwords set at the next start.\n");
                writer.write("superuser=" + superuser + "\n");
                writer.write("application=" + application + "\n");
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the database passwords to " + file, e);
        }
    }

    /** A private temporary file holding the superuser's password, for {@code initdb --pwfile}. */
    Path superuserPasswordFile() throws IOException {
        Path file = posix()
                ? Files.createTempFile("oversight-initdb-", ".pw", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile("oversight-initdb-", ".pw");
        Files.writeString(file, superuser + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
