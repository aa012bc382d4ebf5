package org.oversight.publication.release;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.oversight.publication.PublishedSnapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code publication.prepared} and {@code publication.release}. */
@Repository
public class ReleaseStore {

    private static final String RELEASE_COLUMNS =
            "snapshot_id, kind, snapshot_key, version, period_code, period_slug, released_by, released_at";

    private final JdbcClient jdbc;

    ReleaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void prepared(Prepared prepared) {
        jdbc.sql(
                        """
                        INSERT INTO publication.prepared
                            (kind, snapshot_key, period_code, period_slug, plan_key, version_label, prepared_by, prepared_at)
                        VALUES (:kind, :key, :code, :slug, :plan, :version, :by, :at)
                        ON CONFLICT (kind, snapshot_key) DO NOTHING
                        """)
                .param("kind", prepared.kind())
                .param("key", prepared.key())
                .param("code", prepared.periodCode())
                .param("slug", prepared.periodSlug())
                .param("plan", prepared.planKey())
                .param("version", prepared.versionLabel())
                .param("by", prepared.preparedBy())
                .param("at", Timestamp.from(prepared.preparedAt()))
                .update();
    }

    public Optional<Prepared> findPrepared(String kind, String key) {
        return jdbc.sql("SELECT * FROM publication.prepared WHERE kind = :kind AND snapshot_key = :key")
                .param("kind", kind)
                .param("key", key)
                .query(ReleaseStore::prepared)
                .optional();
    }

    /** Every prepared document, newest period first. */
    public List<Prepared> allPrepared() {
        return jdbc.sql("SELECT * FROM publication.prepared ORDER BY period_slug DESC, kind")
                .query(ReleaseStore::prepared)
                .list();
    }

    public void release(PublishedSnapshot release) {
        jdbc.sql("INSERT INTO publication.release (" + RELEASE_COLUMNS
                        + ") VALUES (:id, :kind, :key, :version, :code, :slug, :by, :at)")
                .param("id", release.snapshotId())
                .param("kind", release.kind())
                .param("key", release.key())
                .param("version", release.version())
                .param("code", release.periodCode())
                .param("slug", release.periodSlug())
                .param("by", release.releasedBy())
                .param("at", Timestamp.from(release.releasedAt()))
                .update();
    }

    /** Every release, newest first. */
    public List<PublishedSnapshot> releases() {
        return jdbc.sql("SELECT " + RELEASE_COLUMNS
                        + " FROM publication.release ORDER BY released_at DESC, snapshot_id DESC")
                .query(ReleaseStore::release)
                .list();
    }

    /** How many releases there are: it changes whenever something is published (releases are never removed). */
    public long releaseCount() {
        return jdbc.sql("SELECT count(*) FROM publication.release")
                .query(Long.class)
                .single();
    }

    private static Prepared prepared(ResultSet rs, int row) throws SQLException {
        return new Prepared(
                rs.getString("kind"),
                rs.getString("snapshot_key"),
                rs.getString("period_code"),
                rs.getString("period_slug"),
                rs.getString("plan_key"),
                rs.getString("version_label"),
                rs.getString("prepared_by"),
                rs.getTimestamp("prepared_at").toInstant());
    }

    private static PublishedSnapshot release(ResultSet rs, int row) throws SQLException {
        Instant at = rs.getTimestamp("released_at").toInstant();
        return new PublishedSnapshot(
                rs.getLong("snapshot_id"),
                rs.getString("kind"),
                rs.getString("snapshot_key"),
                rs.getInt("version"),
                rs.getString("period_code"),
                rs.getString("period_slug"),
                rs.getString("released_by"),
                at);
    }
}
