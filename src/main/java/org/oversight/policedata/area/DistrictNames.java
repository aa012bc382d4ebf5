package org.oversight.policedata.area;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How a force's districts are shown: renamed, or grouped under one name. */
@Repository
public class DistrictNames {

    private final JdbcClient jdbc;

    DistrictNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The force's districts that are shown under another name: district → name shown. */
    public Map<String, String> of(String force) {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT district, shown_as FROM policedata.district_name WHERE force_slug = :force ORDER BY district")
                .param("force", force)
                .query(rs -> {
                    names.put(rs.getString("district"), rs.getString("shown_as"));
                });
        return names;
    }

    /** Replaces the force's names: each district given is shown as its name; the others as they are. */
    public void replace(String force, Map<String, String> shownAs, String by, Instant at) {
        jdbc.sql("DELETE FROM policedata.district_name WHERE force_slug = :force")
                .param("force", force)
                .update();
        shownAs.forEach((district, shown) -> jdbc.sql(
                        "INSERT INTO policedata.district_name (force_slug, district, shown_as, named_by, named_at)"
                                + " VALUES (:force, :district, :shown, :by, :at)")
                .param("force", force)
                .param("district", district)
                .param("shown", shown)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update());
    }
}
