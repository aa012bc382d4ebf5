package org.oversight.policedata.load;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.oversight.platform.PrintableText;
import org.oversight.policedata.ImportLimits;

/**
 * Expands what a user names (files, folders, the archive zip as published) into the CSV files to
 * load, in order. Zip entries are copied to a temporary file one at a time, counting the bytes as
 * they come out (an archive's own statement of its sizes is never trusted): an entry larger than
 * the limit, or an archive expanding far more than real files do, stops the archive there.
 */
public final class PoliceDataSources {

    /** A file to load, or a path that could not be used. */
    public record Source(String displayName, Path file, boolean temporary, String problem) {}

    /** What each path holds, in order. Zip entries are extracted lazily by {@link #each}. */
    public interface Visitor {
        void visit(Source source) throws IOException;
    }

    /** Stops everything after the problem has been reported. */
    private static final class Stop extends Exception {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private final ImportLimits limits;
    private final Path temporaryFolder;
    private final Visitor visitor;
    private int files;

    private PoliceDataSources(ImportLimits limits, Path temporaryFolder, Visitor visitor) {
        this.limits = limits;
        this.temporaryFolder = temporaryFolder;
        this.visitor = visitor;
    }

    /**
     * Visits every CSV file the paths hold, zip entries extracted into {@code temporaryFolder} one at
     * a time and deleted once visited.
     */
    public static void each(List<Path> paths, ImportLimits limits, Path temporaryFolder, Visitor visitor)
            throws IOException {
        try {
            new PoliceDataSources(limits, temporaryFolder, visitor).each(paths, null);
        } catch (Stop stopped) {
            // Said in the last source visited.
        }
    }

    /** A name as it may be shown and logged: control characters and line breaks escaped. */
    static String printable(String name) {
        return PrintableText.escape(name);
    }

    /** Files found in a folder are named from the folder: {@code archive/2024-04/2024-04-…-street.csv}. */
    private void each(List<Path> paths, Path folder) throws IOException, Stop {
        for (Path path : paths) {
            // Provenance keeps the file's own name (and where it sits in a folder or archive), not
            // the server's paths; a path that does not exist is reported as it was written.
            String displayName = printable(
                    folder == null
                            ? String.valueOf(path.getFileName())
                            : folder.getFileName() + "/"
                                    + folder.relativize(path).toString().replace('\\', '/'));
            if (!Files.exists(path)) {
                visitor.visit(new Source(printable(path.toString()), path, false, "no such file or folder"));
            } else if (Files.isDirectory(path)) {
                List<Path> found;
                try (Stream<Path> walk = Files.walk(path)) {
                    found = walk.filter(Files::isRegularFile)
                            .filter(file -> isCsv(file.toString()) || isZip(file.toString()))
                            .sorted()
                            .toList();
                }
                each(found, folder == null ? path : folder);
            } else if (isZip(path.toString())) {
                zip(path, displayName);
            } else {
                counted(displayName);
                visitor.visit(new Source(displayName, path, false, null));
            }
        }
    }

    /** Counts a CSV file against the upload's limit; past it, says so and stops. */
    private void counted(String displayName) throws IOException, Stop {
        if (++files > limits.maxFilesPerUpload()) {
            visitor.visit(new Source(
                    displayName,
                    null,
                    false,
                    "not read: an import may hold at most " + limits.maxFilesPerUpload()
                            + " CSV files (oversight.police-data.limits.max-files-per-upload), and neither this file"
                            + " nor any after it was read"));
            throw new Stop();
        }
    }

    private void zip(Path archive, String displayName) throws IOException, Stop {
        int csvFiles = 0;
        String last = null;
        try (CountingInput compressed =
                        new CountingInput(new BufferedInputStream(Files.newInputStream(archive), 1 << 16));
                ZipInputStream zip = new ZipInputStream(compressed)) {
            Expansion expansion = new Expansion(compressed);
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = printable(entry.getName());
                String entryName = displayName + "!/" + name;
                if (entry.isDirectory()) {
                    continue;
                }
                if (!isCsv(name)) {
                    expansion.copy(zip, OutputStream.nullOutputStream(), entryName);
                    continue;
                }
                csvFiles++;
                last = name;
                counted(entryName);
                Path temporary = Files.createTempFile(temporaryFolder, "entry-", ".csv");
                try {
                    try (OutputStream out = Files.newOutputStream(temporary)) {
                        expansion.copy(zip, out, entryName);
                    }
                    visitor.visit(new Source(entryName, temporary, true, null));
                } finally {
                    Files.deleteIfExists(temporary);
                }
            }
        } catch (ZipException | EOFException e) {
            visitor.visit(new Source(
                    displayName,
                    archive,
                    false,
                    "the zip archive is damaged (" + e.getMessage() + "): the files after it"
                            + (last == null ? "" : " (" + last + ")") + " were not read"));
            return;
        } catch (TooLarge e) {
            visitor.visit(new Source(e.entry, null, false, e.getMessage()));
            return;
        }
        if (csvFiles == 0) {
            visitor.visit(new Source(displayName, archive, false, "the zip archive holds no CSV files"));
        }
    }

    /** An entry, or the archive, grew past a limit: the archive is not read further. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final String entry;

        TooLarge(String entry, String message) {
            super(message);
            this.entry = entry;
        }
    }

    /** Counts what comes out of an archive against what went in, and stops what grows past a limit. */
    private final class Expansion {
        private final CountingInput compressed;
        private long out;

        Expansion(CountingInput compressed) {
            this.compressed = compressed;
        }

        void copy(InputStream entry, OutputStream target, String entryName) throws IOException {
            byte[] buffer = new byte[1 << 16];
            long entryBytes = 0;
            int n;
            while ((n = entry.read(buffer)) > 0) {
                entryBytes += n;
                out += n;
                if (entryBytes > limits.maxEntrySize().toBytes()) {
                    throw new TooLarge(
                            entryName,
                            "it is larger than "
                                    + megabytes(limits.maxEntrySize().toBytes())
                                    + " once uncompressed (oversight.police-data.limits.max-entry-size), while"
                                    + " data.police.uk's largest monthly files are about 25 MB; the archive was not"
                                    + " read further");
                }
                if (out > ImportLimits.RATIO_CHECKED_AFTER_BYTES
                        && out > (double) limits.maxExpansionRatio() * compressed.count) {
                    throw new TooLarge(
                            entryName,
                            "the archive expands more than " + limits.maxExpansionRatio()
                                    + " times its compressed size by this file"
                                    + " (oversight.police-data.limits.max-expansion-ratio), as zip bombs do, while"
                                    + " data.police.uk's files expand 3 to 25 times; the archive was not read further");
                }
                target.write(buffer, 0, n);
            }
        }
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    private static boolean isCsv(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    private static boolean isZip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** Counts the compressed bytes an archive has given up so far. */
    private static final class CountingInput extends java.io.FilterInputStream {
        long count;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
