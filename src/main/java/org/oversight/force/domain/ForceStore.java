package org.oversight.force.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.oversight.force.ForceSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one row of force settings. Every page shows the office's name from it, so a read is kept for
 * {@link #KEPT} (a saving here forgets it at once, and again when its transaction ends; a change made
 * by another process, such as the command line, shows within that time).
 */
@Repository
public class ForceStore {

    static final Duration KEPT = Duration.ofSeconds(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Kept kept;

    ForceStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Kept(Optional<ForceSettings> settings, Instant readAt) {}

    public Optional<ForceSettings> current() {
        Kept known = kept;
        Instant now = clock.instant();
        if (known != null
                && !now.isBefore(known.readAt())
                && now.isBefore(known.readAt().plus(KEPT))) {
            return known.settings();
        }
        Optional<ForceSettings> read = read();
        kept = new Kept(read, now);
        return read;
    }

    private Optional<ForceSettings> read() {
        return jdbc.sql(
                        "SELECT slug, name, office_name, example, configured_by, configured_at FROM force.force_setting")
                .query((rs, row) -> new ForceSettings(
                        rs.getString("slug"),
                        rs.getString("name"),
                        rs.getString("office_name"),
                        rs.getBoolean("example"),
                        rs.getString("configured_by"),
                        rs.getTimestamp("configured_at").toInstant()))
                .optional();
    }

    public ForceSettings save(String slug, String name, String officeName, boolean example, String by) {
        jdbc.sql(
                        """
                        INSERT INTO force.force_setting (id, slug, name, office_name, example, configured_by, configured_at)
                        VALUES (TRUE, :slug, :name, :office, :example, :by, :at)
                        ON CONFLICT (id) DO UPDATE SET slug = EXCLUDED.slug, name = EXCLUDED.name,
                            office_name = EXCLUDED.office_name, example = EXCLUDED.example,
                            configured_by = EXCLUDED.configured_by, configured_at = EXCLUDED.configured_at
                        """)
                .param("slug", slug)
                .param("name", name)
                .param("office", officeName)
                .param("example", example)
                .param("by", by)
                .param("at", Timestamp.from(clock.instant()))
                .update();
        kept = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    kept = null;
                }
            });
        }
        return read().orElseThrow();
    }
}
