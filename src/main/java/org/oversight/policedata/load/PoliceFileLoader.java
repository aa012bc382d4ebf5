package org.oversight.policedata.load;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.oversight.policedata.DataQuality;
import org.oversight.policedata.FileImportResult;
import org.oversight.policedata.ImportBatch;
import org.oversight.policedata.ImportLimits;
import org.oversight.policedata.ImportListener;
import org.oversight.policedata.ImportStatus;
import org.oversight.policedata.PoliceFileImported;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads one data.police.uk file in one transaction: checks its name, header and every row, streams
 * the rows into a new partition with binary COPY, writes the monthly counts and the batch's
 * provenance. A refused file, an error or a killed process leaves the database as it was. A file
 * identical to the batch already loaded (same SHA-256) changes nothing. Reading and checking the
 * rows is {@link CsvRows}'s work.
 */
@Component
public class PoliceFileLoader {

    private static final Logger log = LoggerFactory.getLogger(PoliceFileLoader.class);
    private static final int COPY_BUFFER = 1 << 16;

    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final ImportBatches batches;
    private final DataVersion version;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ImportLimits limits;
    private final ApplicationEventPublisher events;

    PoliceFileLoader(
            DataSource dataSource,
            PlatformTransactionManager transactions,
            ImportBatches batches,
            DataVersion version,
            JdbcClient jdbc,
            Clock clock,
            ImportLimits limits,
            ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        this.batches = batches;
        this.version = version;
        this.jdbc = jdbc;
        this.clock = clock;
        this.limits = limits;
        this.events = events;
    }

    /**
     * Loads a file, with at most {@code oversight.police-data.limits.max-rows-per-file} rows.
     *
     * @param displayName the name reported (for zip entries, the archive and the entry)
     * @param file the file's bytes on disk
     */
    public FileImportResult load(
            String displayName, Path file, boolean demonstration, String by, ImportListener listener) {
        return load(displayName, file, demonstration, by, listener, RowLimit.perFile(limits.maxRowsPerFile()));
    }

    /**
     * Loads a file with at most {@code rowLimit} rows. Imports of the same force, month and kind take
     * turns (a PostgreSQL advisory lock held by the loading transaction), and each decides what it
     * does only once it has its turn: the later of two uploads of the same month replaces what the
     * earlier stored, and says so, or finds it identical and says unchanged.
     */
    public FileImportResult load(
            String displayName,
            Path file,
            boolean demonstration,
            String by,
            ImportListener listener,
            RowLimit rowLimit) {
        Optional<PoliceFileName> parsed = PoliceFileName.parse(displayName);
        if (parsed.isEmpty()) {
            FileImportResult result = refused(
                    displayName,
                    null,
                    new FileRefused(
                            0,
                            0,
                            "the file name must say the month, force and kind, as data.police.uk names files:"
                                    + " 2024-04-wiltshire-street.csv, …-outcomes.csv or …-stop-and-search.csv"));
            listener.fileFinished(result);
            return result;
        }
        PoliceFileName name = parsed.get();
        try {
            long size = Files.size(file);
            listener.fileStarted(displayName, size);
            FileImportResult result = transaction.execute(status -> {
                batches.takeTurn(name.kind(), name.force(), name.month());
                Optional<ImportBatch> existing = batches.find(name.kind(), name.force(), name.month());
                if (existing.isPresent() && identical(existing.get(), file, size)) {
                    ImportBatch same = existing.get();
                    return new FileImportResult(
                            displayName,
                            name.kind(),
                            name.force(),
                            name.month(),
                            ImportStatus.UNCHANGED,
                            same.rows(),
                            0,
                            same.duplicateRows(),
                            same.id(),
                            null,
                            same.quality(),
                            null);
                }
                existing.ifPresent(batches::remove);
                long id = batches.insert(
                        name.kind(), name.force(), name.month(), displayName, size, demonstration, by, clock.instant());
                try {
                    long started = System.nanoTime();
                    Loaded loaded = copy(displayName, name, id, file, listener, rowLimit);
                    long copied = System.nanoTime();
                    writeCounts(name, id, loaded.loader());
                    batches.finish(id, loaded.sha256(), loaded.quality());
                    version.changed();
                    events.publishEvent(
                            new PoliceFileImported(batches.find(id).orElseThrow(), existing.orElse(null), by));
                    log.debug(
                            "event=police_file_timing file={} copyMs={} countsMs={}",
                            displayName,
                            (copied - started) / 1_000_000,
                            (System.nanoTime() - copied) / 1_000_000);
                    return new FileImportResult(
                            displayName,
                            name.kind(),
                            name.force(),
                            name.month(),
                            existing.isPresent() ? ImportStatus.REPLACED : ImportStatus.IMPORTED,
                            loaded.quality().rows(),
                            0,
                            loaded.quality().duplicateRows(),
                            id,
                            null,
                            loaded.quality(),
                            null);
                } catch (FileRefused e) {
                    status.setRollbackOnly();
                    return refused(displayName, name, e, dataRows(file));
                }
            });
            log.info(
                    "event=police_file_loaded file={} status={} rows={}",
                    displayName,
                    result.status().code(),
                    result.rowsAccepted());
            listener.fileFinished(result);
            return result;
        } catch (IOException e) {
            FileImportResult result =
                    refused(displayName, name, new FileRefused(0, 0, "could not be read: " + e.getMessage()));
            listener.fileFinished(result);
            return result;
        }
    }

    /** Whether the file is the batch's own (the same SHA-256); its bytes are read only when the sizes match. */
    private static boolean identical(ImportBatch batch, Path file, long size) {
        try {
            return batch.byteSize() == size && batch.sha256().equals(sha256(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Loaded(String sha256, DataQuality quality, RowLoader loader) {}

    private Loaded copy(
            String displayName, PoliceFileName name, long id, Path file, ImportListener listener, RowLimit rowLimit)
            throws FileRefused {
        RowLoader loader = RowLoader.of(name);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        MessageDigest digest = sha256Digest();
        try (InputStream raw = Files.newInputStream(file);
                CountingInputStream counted = new CountingInputStream(new DigestInputStream(raw, digest))) {
            batches.createPartition(loader, id);
            PGCopyOutputStream copy = new PGCopyOutputStream(
                    connection.unwrap(PGConnection.class),
                    "COPY policedata." + loader.table() + "_b" + id + " (" + loader.columns()
                            + ") FROM STDIN (FORMAT binary)",
                    COPY_BUFFER);
            try {
                BinaryCopyWriter out = new BinaryCopyWriter(copy);
                try {
                    CsvRows.read(displayName, name, loader, id, counted, out, listener, rowLimit, file);
                } catch (FileRefused e) {
                    if (e.column == -1) {
                        long[] at = StrictUtf8Reader.lineAndColumn(file, e.line);
                        throw new FileRefused(at[0], (int) at[1], e.getMessage());
                    }
                    throw e;
                }
                out.finish();
                copy.close();
            } catch (FileRefused | RuntimeException | IOException e) {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
                throw e;
            }
            return new Loaded(HexFormat.of().formatHex(digest.digest()), loader.quality.summary(), loader);
        } catch (IOException | SQLException e) {
            throw new UncheckedIOException(new IOException("loading " + displayName + " failed: " + e.getMessage(), e));
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Writes the counts gathered while the rows streamed past (cheaper than grouping the stored rows
     * again); they come from the same rows, so their totals equal the rows stored.
     */
    private void writeCounts(PoliceFileName name, long id, RowLoader loader) {
        java.time.LocalDate month = name.month().atDay(1);
        copyCounts(
                "COPY policedata." + loader.countTable() + " (batch_id, month, force_slug, " + loader.countColumns()
                        + ", n) FROM STDIN (FORMAT binary)",
                loader.counts,
                (out, key) -> {
                    out.startRow(key.size() + 4);
                    out.bigint(id);
                    out.date(month);
                    out.text(name.force());
                });
        if (loader.summaryTable() != null) {
            Map<List<String>, long[]> summary = new HashMap<>();
            loader.counts.forEach(
                    (key, n) -> summary.computeIfAbsent(loader.summaryKey(key), k -> new long[1])[0] += n[0]);
            copyCounts(
                    "COPY policedata." + loader.summaryTable() + " (batch_id, " + loader.summaryColumns()
                            + ", n) FROM STDIN (FORMAT binary)",
                    summary,
                    (out, key) -> {
                        out.startRow(key.size() + 2);
                        out.bigint(id);
                    });
        }
    }

    /** Starts a count's row with the columns before its key. */
    @FunctionalInterface
    private interface RowStart {
        void write(BinaryCopyWriter out, List<String> key) throws IOException;
    }

    private void copyCounts(String sql, Map<List<String>, long[]> counts, RowStart start) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, COPY_BUFFER);
            BinaryCopyWriter out = new BinaryCopyWriter(copy);
            for (var entry : counts.entrySet()) {
                start.write(out, entry.getKey());
                for (String value : entry.getKey()) {
                    out.text(value);
                }
                out.integer((int) entry.getValue()[0]);
            }
            out.finish();
            copy.close();
        } catch (SQLException | IOException e) {
            throw new UncheckedIOException(new IOException("writing the counts failed: " + e.getMessage(), e));
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static FileImportResult refused(String displayName, PoliceFileName name, FileRefused e) {
        return refused(displayName, name, e, 0);
    }

    private static FileImportResult refused(String displayName, PoliceFileName name, FileRefused e, long rows) {
        return new FileImportResult(
                displayName,
                name == null ? null : name.kind(),
                name == null ? null : name.force(),
                name == null ? null : name.month(),
                ImportStatus.REFUSED,
                0,
                rows,
                0,
                null,
                new FileImportResult.Problem(e.line, e.column, e.getMessage()),
                null,
                null);
    }

    /** The data rows of a refused file (lines after the header), all of which were rejected. */
    private static long dataRows(Path file) {
        long lines = 0;
        boolean lastWasNewline = true;
        try (InputStream input = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            int b;
            while ((b = input.read()) >= 0) {
                if (b == '\n') {
                    lines++;
                }
                lastWasNewline = b == '\n';
            }
        } catch (IOException e) {
            return 0;
        }
        if (!lastWasNewline) {
            lines++;
        }
        return Math.max(0, lines - 1);
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256Digest();
        try (InputStream input = new DigestInputStream(Files.newInputStream(file), digest)) {
            input.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Counts the bytes read, for progress. */
    static final class CountingInputStream extends FilterInputStream {
        volatile long count;

        CountingInputStream(InputStream in) {
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
    }
}
