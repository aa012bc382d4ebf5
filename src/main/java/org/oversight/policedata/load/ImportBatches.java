package org.oversight.policedata.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.oversight.policedata.BatchFilter;
import org.oversight.policedata.DataQuality;
import org.oversight.policedata.ImportBatch;
import org.oversight.policedata.PoliceDataKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Import batches and their partitions of rows. */
@Repository
public class ImportBatches {

    private static final String COLUMNS =
            "id, kind, force_slug, month, file_name, sha256, byte_size, row_count, duplicate_rows,"
                    + " quality, demonstration, imported_by, imported_at";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ImportBatches(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Newest month first; within a month by force, then street, outcomes, stop and search. */
    private static final String NEWEST_FIRST =
            " ORDER BY month DESC, force_slug," + " CASE kind WHEN 'street' THEN 0 WHEN 'outcomes' THEN 1 ELSE 2 END";

    public List<ImportBatch> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM policedata.import_batch" + NEWEST_FIRST)
                .query(this::batch)
                .list();
    }

    /** The batches the filter lets through, newest month first: {@code limit} of them from {@code offset}. */
    public List<ImportBatch> find(BatchFilter filter, long offset, int limit) {
        return filtered(
                        "SELECT " + COLUMNS + " FROM policedata.import_batch",
                        filter,
                        NEWEST_FIRST + " LIMIT :limit OFFSET :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query(this::batch)
                .list();
    }

    public long count(BatchFilter filter) {
        return filtered("SELECT count(*) FROM policedata.import_batch", filter, "")
                .query(Long.class)
                .single();
    }

    /** The forces with batches, in alphabetical order of their slugs. */
    public List<String> forces() {
        return jdbc.sql("SELECT DISTINCT force_slug FROM policedata.import_batch ORDER BY force_slug")
                .query(String.class)
                .list();
    }

    /** The months with batches, newest first. */
    public List<YearMonth> months() {
        return jdbc.sql("SELECT DISTINCT month FROM policedata.import_batch ORDER BY month DESC")
                .query((rs, i) -> YearMonth.from(rs.getObject("month", LocalDate.class)))
                .list();
    }

    private JdbcClient.StatementSpec filtered(String select, BatchFilter filter, String tail) {
        // Only fixed conditions are put together here; every value is a parameter.
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        if (filter.force() != null) {
            where.append(" AND force_slug = :force");
        }
        if (filter.kind() != null) {
            where.append(" AND kind = :kind");
        }
        if (filter.from() != null) {
            where.append(" AND month >= :from");
        }
        if (filter.to() != null) {
            where.append(" AND month <= :to");
        }
        JdbcClient.StatementSpec statement = jdbc.sql(select + where + tail);
        if (filter.force() != null) {
            statement = statement.param("force", filter.force());
        }
        if (filter.kind() != null) {
            statement = statement.param("kind", filter.kind().slug());
        }
        if (filter.from() != null) {
            statement = statement.param("from", filter.from().atDay(1));
        }
        if (filter.to() != null) {
            statement = statement.param("to", filter.to().atDay(1));
        }
        return statement;
    }

    public Optional<ImportBatch> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM policedata.import_batch WHERE id = :id")
                .param("id", id)
                .query(this::batch)
                .optional();
    }

    public Optional<ImportBatch> find(PoliceDataKind kind, String force, YearMonth month) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM policedata.import_batch WHERE kind = :kind AND force_slug = :force AND month = :month")
                .param("kind", kind.slug())
                .param("force", force)
                .param("month", month.atDay(1))
                .query(this::batch)
                .optional();
    }

    /**
     * Waits for, then holds until the transaction ends, the turn of a force, month and kind: imports
     * and removals of the same one take turns (a transaction-level advisory lock, so a killed
     * process gives its turn up with its connection).
     */
    public void takeTurn(PoliceDataKind kind, String force, YearMonth month) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('policedata.import_batch'), hashtext(:key))")
                .param("key", kind.slug() + "/" + force + "/" + month)
                .query()
                .listOfRows();
    }

    long insert(
            PoliceDataKind kind,
            String force,
            YearMonth month,
            String fileName,
            long byteSize,
            boolean demonstration,
            String by,
            Instant at) {
        return jdbc.sql(
                        """
                        INSERT INTO policedata.import_batch
                            (kind, force_slug, month, file_name, sha256, byte_size, row_count, duplicate_rows, quality,
                             demonstration, imported_by, imported_at)
                        VALUES (:kind, :force, :month, :file, '', :size, 0, 0, '{}', :demo, :by, :at)
                        RETURNING id
                        """)
                .param("kind", kind.slug())
                .param("force", force)
                .param("month", month.atDay(1))
                .param("file", fileName)
                .param("size", byteSize)
                .param("demo", demonstration)
                .param("by", by)
                .param("at", java.sql.Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    void createPartition(RowLoader loader, long id) {
        jdbc.sql("CREATE TABLE policedata." + loader.table() + "_b" + id + " PARTITION OF policedata." + loader.table()
                        + " FOR VALUES IN (" + id + ")")
                .update();
    }

    void finish(long id, String sha256, DataQuality quality) {
        jdbc.sql("UPDATE policedata.import_batch SET sha256 = :sha, row_count = :rows, duplicate_rows = :duplicates,"
                        + " quality = :quality WHERE id = :id")
                .param("sha", sha256)
                .param("rows", quality.rows())
                .param("duplicates", quality.duplicateRows())
                .param("quality", write(quality))
                .param("id", id)
                .update();
    }

    /** Removes a batch and exactly its rows (its partition) and counts. */
    public void remove(ImportBatch batch) {
        String table =
                switch (batch.kind()) {
                    case STREET -> "street_crime";
                    case OUTCOMES -> "outcome";
                    case STOP_AND_SEARCH -> "stop_search";
                };
        String counts =
                switch (batch.kind()) {
                    case STREET -> "street_count";
                    case OUTCOMES -> "outcome_count";
                    case STOP_AND_SEARCH -> "stop_search_count";
                };
        jdbc.sql("DROP TABLE IF EXISTS policedata." + table + "_b" + batch.id()).update();
        jdbc.sql("DELETE FROM policedata." + counts + " WHERE batch_id = :id")
                .param("id", batch.id())
                .update();
        if (batch.kind() == PoliceDataKind.STREET) {
            jdbc.sql("DELETE FROM policedata.street_district_count WHERE batch_id = :id")
                    .param("id", batch.id())
                    .update();
        }
        jdbc.sql("DELETE FROM policedata.import_batch WHERE id = :id")
                .param("id", batch.id())
                .update();
    }

    private String write(DataQuality quality) {
        try {
            return json.writeValueAsString(quality);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportBatch batch(ResultSet rs, int row) throws SQLException {
        try {
            String qualityJson = rs.getString("quality");
            DataQuality quality = "{}".equals(qualityJson) ? null : json.readValue(qualityJson, DataQuality.class);
            return new ImportBatch(
                    rs.getLong("id"),
                    PoliceDataKind.fromSlug(rs.getString("kind")).orElseThrow(),
                    rs.getString("force_slug"),
                    YearMonth.from(rs.getObject("month", LocalDate.class)),
                    rs.getString("file_name"),
                    rs.getString("sha256"),
                    rs.getLong("byte_size"),
                    rs.getLong("row_count"),
                    rs.getLong("duplicate_rows"),
                    quality,
                    rs.getBoolean("demonstration"),
                    rs.getString("imported_by"),
                    rs.getTimestamp("imported_at").toInstant());
        } catch (JsonProcessingException e) {
            throw new SQLException("quality summary of batch " + rs.getLong("id") + " is not valid JSON", e);
        }
    }
}
