package org.oversight.finance.spending;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oversight.finance.FileProblem;
import org.oversight.finance.FinanceFileRefused;
import org.oversight.finance.SpendingFile;
import org.oversight.finance.SpendingFileImported;
import org.oversight.finance.SpendingFileRemoved;
import org.oversight.finance.SpendingLine;
import org.oversight.finance.change.Snapshots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly transparency files of spending over £500: imported all or nothing after their checks,
 * kept byte for byte as published (and served back so), one file a month.
 */
@Service
public class SpendingFiles {

    private static final Logger log = LoggerFactory.getLogger(SpendingFiles.class);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Snapshots snapshots;
    private final Clock clock;

    SpendingFiles(JdbcClient jdbc, ApplicationEventPublisher events, Snapshots snapshots, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /** The file as published, with its name. */
    public record Published(String fileName, byte[] content) {}

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return jdbc.sql("SELECT count(*) FROM finance.spending_file")
                        .query(Long.class)
                        .single()
                == 0;
    }

    /** Every month's file, latest first. */
    @Transactional(readOnly = true)
    public List<SpendingFile> files() {
        return jdbc.sql(SELECT_FILE + " ORDER BY f.month DESC")
                .query(this::fileRow)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<SpendingFile> file(YearMonth month) {
        return jdbc.sql(SELECT_FILE + " WHERE f.month = :month")
                .param("month", month.atDay(1))
                .query(this::fileRow)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<SpendingLine> lines(YearMonth month) {
        return jdbc.sql(
                        """
                        SELECT l.* FROM finance.spending_line l JOIN finance.spending_file f ON f.id = l.file_id
                        WHERE f.month = :month ORDER BY l.line_number
                        """)
                .param("month", month.atDay(1))
                .query((rs, n) -> new SpendingLine(
                        rs.getInt("line_number"),
                        strings(rs.getArray("cells")),
                        rs.getObject("transaction_date", LocalDate.class),
                        rs.getString("supplier"),
                        rs.getBigDecimal("amount"),
                        rs.getString("description"),
                        rs.getString("category"),
                        rs.getString("department"),
                        rs.getString("transaction_number"),
                        rs.getBoolean("redacted"),
                        strings(rs.getArray("notes"))))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Published> published(YearMonth month) {
        return jdbc.sql("SELECT file_name, content FROM finance.spending_file WHERE month = :month")
                .param("month", month.atDay(1))
                .query((rs, n) -> new Published(rs.getString("file_name"), rs.getBytes("content")))
                .optional();
    }

    /**
     * Checks and imports a month's file, all or nothing. A month that already has a file is refused
     * unless {@code replace}; the same file (byte for byte) imported for another month is refused.
     */
    @Transactional
    public SpendingFile importFile(YearMonth month, String fileName, byte[] content, boolean replace, String by) {
        String sha256 = sha256(content);
        List<FileProblem> refusals = new ArrayList<>();
        Optional<SpendingFile> existing = file(month);
        if (existing.isPresent() && !replace) {
            refusals.add(FileProblem.ofFile(month + " already has a spending file ("
                    + existing.get().fileName() + "): choose to replace it, or pick the month this file is for"));
        }
        jdbc.sql("SELECT month FROM finance.spending_file WHERE sha256 = :sha AND month <> :month")
                .param("sha", sha256)
                .param("month", month.atDay(1))
                .query(LocalDate.class)
                .optional()
                .ifPresent(other -> refusals.add(FileProblem.ofFile(
                        "this file was already imported, byte for byte, for " + YearMonth.from(other))));
        if (!refusals.isEmpty()) {
            throw new FinanceFileRefused(fileName, refusals);
        }
        SpendingFileReader.Read read = new SpendingFileReader().read(fileName, content, month, LocalDate.now(clock));
        String before = existing.map(snapshots::of).orElse(null);
        jdbc.sql("DELETE FROM finance.spending_file WHERE month = :month")
                .param("month", month.atDay(1))
                .update();
        BigDecimal total =
                read.lines().stream().map(SpendingLine::amount).reduce(new BigDecimal("0.00"), BigDecimal::add);
        long id = jdbc.sql(
                        """
                        INSERT INTO finance.spending_file (month, file_name, content, sha256, encoding, headings,
                            line_count, total, imported_by, imported_at)
                        VALUES (:month, :name, :content, :sha, :encoding, :headings, :lines, :total, :by, :at)
                        RETURNING id
                        """)
                .param("month", month.atDay(1))
                .param("name", fileName)
                .param("content", content)
                .param("sha", sha256)
                .param("encoding", read.table().encoding())
                .param("headings", read.table().header().toArray(String[]::new))
                .param("lines", read.lines().size())
                .param("total", total)
                .param("by", by)
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        for (SpendingLine line : read.lines()) {
            jdbc.sql(
                            """
                            INSERT INTO finance.spending_line (file_id, line_number, cells, transaction_date, supplier,
                                amount, description, category, department, transaction_number, redacted, notes)
                            VALUES (:file, :line, :cells, :date, :supplier, :amount, :description, :category,
                                :department, :number, :redacted, :notes)
                            """)
                    .params(Map.of(
                            "file",
                            id,
                            "line",
                            line.line(),
                            "cells",
                            line.cells().toArray(String[]::new)))
                    .param("date", line.date())
                    .param("supplier", line.supplier())
                    .param("amount", line.amount())
                    .param("description", line.description())
                    .param("category", line.category())
                    .param("department", line.department())
                    .param("number", line.transactionNumber())
                    .param("redacted", line.redacted())
                    .param("notes", line.notes().toArray(String[]::new))
                    .update();
        }
        SpendingFile imported = file(month).orElseThrow();
        events.publishEvent(new SpendingFileImported(
                month,
                fileName,
                imported.lines(),
                imported.notedLines(),
                existing.isPresent(),
                by,
                before,
                snapshots.of(imported)));
        log.info(
                "event=spending_file_imported month={} lines={} noted={} replaced={}",
                month,
                imported.lines(),
                imported.notedLines(),
                existing.isPresent());
        return imported;
    }

    @Transactional
    public boolean remove(YearMonth month, String by) {
        Optional<SpendingFile> file = file(month);
        if (file.isEmpty()) {
            return false;
        }
        jdbc.sql("DELETE FROM finance.spending_file WHERE month = :month")
                .param("month", month.atDay(1))
                .update();
        events.publishEvent(new SpendingFileRemoved(
                month, file.get().fileName(), file.get().lines(), by, snapshots.of(file.get())));
        return true;
    }

    private static final String SELECT_FILE =
            """
            SELECT f.month, f.file_name, f.encoding, f.headings, f.line_count, f.total, f.imported_by, f.imported_at,
                (SELECT count(*) FROM finance.spending_line l WHERE l.file_id = f.id AND cardinality(l.notes) > 0)
                    AS noted,
                (SELECT count(*) FROM finance.spending_line l WHERE l.file_id = f.id AND l.redacted) AS redacted
            FROM finance.spending_file f
            """;

    private SpendingFile fileRow(java.sql.ResultSet rs, int n) throws SQLException {
        return new SpendingFile(
                YearMonth.from(rs.getObject("month", LocalDate.class)),
                rs.getString("file_name"),
                rs.getString("encoding"),
                strings(rs.getArray("headings")),
                rs.getInt("line_count"),
                rs.getBigDecimal("total"),
                rs.getInt("noted"),
                rs.getInt("redacted"),
                rs.getString("imported_by"),
                rs.getTimestamp("imported_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
