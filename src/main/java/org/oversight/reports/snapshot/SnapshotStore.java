package org.oversight.reports.snapshot;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.oversight.reports.Snapshot;
import org.oversight.reports.SnapshotId;
import org.oversight.reports.SnapshotStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Snapshot rows: reading them with their approval and supersession, writing drafts, freezing, approving. */
@Repository
class SnapshotStore {

    private static final String SELECT =
            """
            SELECT s.id, s.kind, s.key, s.version, s.status, s.document_json, s.provenance_json, s.sha256,
                   s.edited_sections, s.drafted_by, s.drafted_at, s.edited_by, s.edited_at, s.frozen_by, s.frozen_at,
                   s.supersedes_id, s.correction_note, a.approved_by, a.approved_at,
                   c.id AS superseded_by_id, c.version AS superseded_by_version
              FROM reports.snapshot s
              LEFT JOIN reports.snapshot_approval a ON a.snapshot_id = s.id
              LEFT JOIN reports.snapshot c ON c.supersedes_id = s.id AND c.status = 'frozen'
            """;

    private final JdbcClient jdbc;

    SnapshotStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredSnapshot> find(SnapshotId id) {
        return jdbc.sql(SELECT + " WHERE s.id = :id")
                .param("id", id.value())
                .query(this::row)
                .optional();
    }

    /** Locks the row until the transaction ends, so that edits, freezing and approval happen one at a time. */
    Optional<StoredSnapshot> lock(SnapshotId id) {
        jdbc.sql("SELECT id FROM reports.snapshot WHERE id = :id FOR UPDATE")
                .param("id", id.value())
                .query(Long.class)
                .optional();
        return find(id);
    }

    List<StoredSnapshot> versions(String kind, String key) {
        return jdbc.sql(SELECT + " WHERE s.kind = :kind AND s.key = :key ORDER BY s.version")
                .param("kind", kind)
                .param("key", key)
                .query(this::row)
                .list();
    }

    /** Every document's latest version, newest first. */
    List<StoredSnapshot> latestVersions(int limit) {
        return jdbc.sql(SELECT
                        + " WHERE s.version = (SELECT max(v.version) FROM reports.snapshot v"
                        + " WHERE v.kind = s.kind AND v.key = s.key) ORDER BY s.edited_at DESC, s.id DESC LIMIT :limit")
                .param("limit", limit)
                .query(this::row)
                .list();
    }

    SnapshotId insertDraft(
            String kind,
            String key,
            int version,
            String title,
            String documentJson,
            String provenanceJson,
            String by,
            Instant at,
            SnapshotId supersedes,
            String correctionNote) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                        INSERT INTO reports.snapshot (kind, key, version, status, title, document_json, provenance_json,
                                                      drafted_by, drafted_at, edited_by, edited_at, supersedes_id,
                                                      correction_note)
                        VALUES (:kind, :key, :version, 'draft', :title, :document, :provenance, :by, :at, :by, :at,
                                :supersedes, :note)
                        """)
                .param("kind", kind)
                .param("key", key)
                .param("version", version)
                .param("title", title)
                .param("document", documentJson)
                .param("provenance", provenanceJson)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("supersedes", supersedes == null ? null : supersedes.value())
                .param("note", correctionNote)
                .update(keys, "id");
        return SnapshotId.of(keys.getKeyAs(Long.class));
    }

    void updateDraft(
            SnapshotId id,
            String title,
            String documentJson,
            String provenanceJson,
            List<String> editedSections,
            String by,
            Instant at) {
        jdbc.sql(
                        """
                        UPDATE reports.snapshot
                           SET title = :title, document_json = :document, provenance_json = :provenance,
                               edited_sections = :edited, edited_by = :by, edited_at = :at
                         WHERE id = :id AND status = 'draft'
                        """)
                .param("id", id.value())
                .param("title", title)
                .param("document", documentJson)
                .param("provenance", provenanceJson)
                .param("edited", editedSections.toArray(String[]::new))
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    void freeze(SnapshotId id, String sha256, String by, Instant at) {
        jdbc.sql(
                        """
                        UPDATE reports.snapshot SET status = 'frozen', sha256 = :sha256, frozen_by = :by, frozen_at = :at
                         WHERE id = :id AND status = 'draft'
                        """)
                .param("id", id.value())
                .param("sha256", sha256)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    void approve(SnapshotId id, String by, Instant at) {
        jdbc.sql("INSERT INTO reports.snapshot_approval (snapshot_id, approved_by, approved_at) VALUES (:id, :by, :at)")
                .param("id", id.value())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    int latestVersion(String kind, String key) {
        return jdbc.sql("SELECT coalesce(max(version), 0) FROM reports.snapshot WHERE kind = :kind AND key = :key")
                .param("kind", kind)
                .param("key", key)
                .query(Integer.class)
                .single();
    }

    private StoredSnapshot row(ResultSet rs, int rowNumber) throws SQLException {
        long supersededBy = rs.getLong("superseded_by_id");
        boolean superseded = !rs.wasNull();
        SnapshotStatus status = "draft".equals(rs.getString("status"))
                ? SnapshotStatus.DRAFT
                : superseded ? SnapshotStatus.SUPERSEDED : SnapshotStatus.FROZEN;
        long supersedes = rs.getLong("supersedes_id");
        SnapshotId supersedesId = rs.wasNull() ? null : SnapshotId.of(supersedes);
        Array edited = rs.getArray("edited_sections");
        return new StoredSnapshot(
                SnapshotId.of(rs.getLong("id")),
                rs.getString("kind"),
                rs.getString("key"),
                rs.getInt("version"),
                status,
                rs.getString("document_json"),
                rs.getString("provenance_json"),
                rs.getString("sha256"),
                List.copyOf(Arrays.asList((String[]) edited.getArray())),
                stamp(rs, "drafted"),
                stamp(rs, "edited"),
                stamp(rs, "frozen"),
                stamp(rs, "approved"),
                supersedesId,
                rs.getString("correction_note"),
                superseded ? SnapshotId.of(supersededBy) : null,
                superseded ? rs.getInt("superseded_by_version") : 0);
    }

    private static Snapshot.Stamp stamp(ResultSet rs, String prefix) throws SQLException {
        String by = rs.getString(prefix + "_by");
        Timestamp at = rs.getTimestamp(prefix + "_at");
        return by == null || at == null ? null : new Snapshot.Stamp(by, at.toInstant());
    }
}
