package org.oversight.policedata.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oversight.policedata.FileImportResult;
import org.oversight.policedata.PoliceDataUploaded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploads and their files' results as stored, so that a status page outlives a restart. Each write
 * is a transaction of its own, even when the importing thread is inside a file's transaction: a
 * status must not wait for, or be rolled back with, the file it describes.
 */
@Repository
class UploadRecords {

    /** Uploads kept for each user; older ones are forgotten as new ones arrive (their batches stay). */
    static final int KEPT_PER_USER = 50;

    /** An upload as stored. {@code currentFile} is the file being read, or where the import stopped. */
    record Stored(
            String id,
            String startedBy,
            Instant startedAt,
            ImportJob.State state,
            int filesExpected,
            String currentFile,
            Instant endedAt,
            List<FileImportResult> results) {}

    /** An upload in a list: how far it got. */
    record Summary(String id, String startedBy, Instant startedAt, ImportJob.State state, int filesDone, int refused) {}

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;

    UploadRecords(JdbcClient jdbc, ObjectMapper json, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void create(String id, String by, Instant at, int filesExpected, boolean demonstration, List<String> files) {
        jdbc.sql(
                        """
                        INSERT INTO policedata.upload (id, started_by, started_at, state, files_expected, demonstration)
                        VALUES (:id, :by, :at, 'waiting', :expected, :demonstration)
                        """)
                .param("id", id)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("expected", filesExpected)
                .param("demonstration", demonstration)
                .update();
        jdbc.sql(
                        """
                        DELETE FROM policedata.upload WHERE id IN (
                            SELECT id FROM policedata.upload
                            WHERE started_by = :by AND state NOT IN ('waiting', 'running')
                            ORDER BY started_at DESC, id OFFSET :kept)
                        """)
                .param("by", by)
                .param("kept", KEPT_PER_USER)
                .update();
        events.publishEvent(new PoliceDataUploaded(id, files, demonstration, by));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void state(String id, ImportJob.State state, String currentFile, Instant endedAt) {
        jdbc.sql("UPDATE policedata.upload SET state = :state, current_file = :file, ended_at = :ended WHERE id = :id")
                .param("state", code(state))
                .param("file", currentFile)
                .param("ended", endedAt == null ? null : Timestamp.from(endedAt))
                .param("id", id)
                .update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void fileStarted(String id, String file) {
        jdbc.sql("UPDATE policedata.upload SET current_file = :file WHERE id = :id")
                .param("file", file)
                .param("id", id)
                .update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void fileFinished(String id, FileImportResult result) {
        jdbc.sql(
                        """
                        INSERT INTO policedata.upload_file (upload_id, position, result)
                        SELECT :id, coalesce(max(position), 0) + 1, CAST(:result AS jsonb)
                        FROM policedata.upload_file WHERE upload_id = :id
                        """)
                .param("id", id)
                .param("result", write(result))
                .update();
        jdbc.sql("UPDATE policedata.upload SET current_file = NULL WHERE id = :id")
                .param("id", id)
                .update();
    }

    /** Every upload still waiting or running, as Oversight starts: none of them is running any more. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int interruptUnfinished(Instant at) {
        return jdbc.sql("UPDATE policedata.upload SET state = 'interrupted', ended_at = :at"
                        + " WHERE state IN ('waiting', 'running')")
                .param("at", Timestamp.from(at))
                .update();
    }

    @Transactional(readOnly = true)
    public Optional<Stored> find(String id) {
        return jdbc.sql("SELECT id, started_by, started_at, state, files_expected, current_file, ended_at"
                        + " FROM policedata.upload WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> new Stored(
                        rs.getString("id"),
                        rs.getString("started_by"),
                        rs.getTimestamp("started_at").toInstant(),
                        state(rs.getString("state")),
                        rs.getInt("files_expected"),
                        rs.getString("current_file"),
                        instant(rs, "ended_at"),
                        results(id)))
                .optional();
    }

    /** The latest uploads, newest first: one user's, or everyone's when {@code by} is null. */
    @Transactional(readOnly = true)
    public List<Summary> recent(String by, int limit) {
        return jdbc.sql(
                        """
                        SELECT u.id, u.started_by, u.started_at, u.state,
                               (SELECT count(*) FROM policedata.upload_file f WHERE f.upload_id = u.id) AS done,
                               (SELECT count(*) FROM policedata.upload_file f WHERE f.upload_id = u.id
                                    AND f.result ->> 'status' = 'REFUSED') AS refused
                        FROM policedata.upload u
                        WHERE CAST(:by AS text) IS NULL OR u.started_by = :by
                        ORDER BY u.started_at DESC, u.id
                        LIMIT :limit
                        """)
                .param("by", by)
                .param("limit", limit)
                .query((rs, row) -> new Summary(
                        rs.getString("id"),
                        rs.getString("started_by"),
                        rs.getTimestamp("started_at").toInstant(),
                        state(rs.getString("state")),
                        rs.getInt("done"),
                        rs.getInt("refused")))
                .list();
    }

    private List<FileImportResult> results(String id) {
        return jdbc.sql("SELECT result FROM policedata.upload_file WHERE upload_id = :id ORDER BY position")
                .param("id", id)
                .query((rs, row) -> read(rs.getString("result")))
                .list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static String code(ImportJob.State state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    private static ImportJob.State state(String code) {
        return ImportJob.State.valueOf(code.toUpperCase(Locale.ROOT));
    }

    private String write(FileImportResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an import result could not be written as JSON", e);
        }
    }

    private FileImportResult read(String text) {
        try {
            return json.readValue(text, FileImportResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored import result is not valid JSON", e);
        }
    }
}
