package org.oversight.policedata.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Expands what a user names (files, folders, the archive zip as published) into the CSV files to
 * load, in order. Zip entries are copied to a temporary file one at a time.
 */
public final class PoliceDataSources {

    private PoliceDataSources() {}

    /** A file to load, or a path that could not be used. */
    public record Source(String displayName, Path file, boolean temporary, String problem) {}

    /** What each path holds, in order. Zip entries are extracted lazily by {@link #each}. */
    public interface Visitor {
        void visit(Source source) throws IOException;
    }

    public static void each(List<Path> paths, Visitor visitor) throws IOException {
        each(paths, null, visitor);
    }

    /** Files found in a folder are named from the folder: {@code archive/2024-04/2024-04-…-street.csv}. */
    private static void each(List<Path> paths, Path folder, Visitor visitor) throws IOException {
        for (Path path : paths) {
            // Provenance keeps the file's own name (and where it sits in a folder or archive), not
            // the server's paths; a path that does not exist is reported as it was written.
            String displayName = folder == null
                    ? String.valueOf(path.getFileName())
                    : folder.getFileName() + "/"
                            + folder.relativize(path).toString().replace('\\', '/');
            if (!Files.exists(path)) {
                visitor.visit(new Source(path.toString(), path, false, "no such file or folder"));
            } else if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(Files::isRegularFile)
                            .filter(file -> isCsv(file.toString()) || isZip(file.toString()))
                            .sorted()
                            .toList();
                }
                each(files, folder == null ? path : folder, visitor);
            } else if (isZip(path.toString())) {
                zip(path, displayName, visitor);
            } else {
                visitor.visit(new Source(displayName, path, false, null));
            }
        }
    }

    private static void zip(Path archive, String displayName, Visitor visitor) throws IOException {
        List<String> seen = new ArrayList<>();
        try {
            zipEntries(archive, displayName, visitor, seen);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            visitor.visit(new Source(
                    displayName,
                    archive,
                    false,
                    "the zip archive is damaged (" + e.getMessage() + "): the files after it"
                            + (seen.isEmpty() ? "" : " (" + seen.get(seen.size() - 1) + ")") + " were not read"));
            return;
        }
        if (seen.isEmpty()) {
            visitor.visit(new Source(displayName, archive, false, "the zip archive holds no CSV files"));
        }
    }

    private static void zipEntries(Path archive, String displayName, Visitor visitor, List<String> seen)
            throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory() || !isCsv(entry.getName())) {
                    continue;
                }
                seen.add(entry.getName());
                Path temporary = Files.createTempFile("oversight-police-", ".csv");
                try {
                    Files.copy(new NonClosing(zip), temporary, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    visitor.visit(new Source(displayName + "!/" + entry.getName(), temporary, true, null));
                } finally {
                    Files.deleteIfExists(temporary);
                }
            }
        }
    }

    private static boolean isCsv(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
    }

    private static boolean isZip(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
    }

    /** Lets Files.copy read one entry without closing the archive. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {}
    }
}
