package org.oversight.force.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.oversight.force.ForceSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one row of force settings. */
@Repository
public class ForceStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    ForceStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<ForceSettings> current() {
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
        return current().orElseThrow();
    }
}
