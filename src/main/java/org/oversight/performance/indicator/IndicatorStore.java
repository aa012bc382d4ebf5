package org.oversight.performance.indicator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Indicators and every version of their definitions, stored; a saved version is never changed. */
@Repository
class IndicatorStore {

    private static final String VERSION_COLUMNS = "v.code, v.version, v.definition, v.note, v.saved_by, v.saved_at";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    IndicatorStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A number that changes with every version saved. */
    long revision() {
        return jdbc.sql("SELECT revision FROM performance.indicator_revision")
                .query(Long.class)
                .single();
    }

    /** Every indicator's current version, by code. */
    List<IndicatorVersion> current() {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM performance.indicator i"
                        + " JOIN performance.indicator_version v ON v.code = i.code AND v.version = i.current_version"
                        + " ORDER BY v.code")
                .query(this::version)
                .list();
    }

    /** Every version of an indicator, oldest first; empty when there is no such indicator. */
    List<IndicatorVersion> versions(String code) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM performance.indicator_version v WHERE v.code = :code"
                        + " ORDER BY v.version")
                .param("code", code)
                .query(this::version)
                .list();
    }

    Optional<IndicatorVersion> version(String code, int number) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM performance.indicator_version v"
                        + " WHERE v.code = :code AND v.version = :version")
                .param("code", code)
                .param("version", number)
                .query(this::version)
                .optional();
    }

    /** Saves a new version (its number one more than the stored one's, or 1) and makes it current. */
    void save(Indicator indicator, String note, String by, Instant at) {
        if (indicator.version() == 1) {
            jdbc.sql("INSERT INTO performance.indicator (code, current_version) VALUES (:code, 1)")
                    .param("code", indicator.code())
                    .update();
        } else {
            int updated = jdbc.sql("UPDATE performance.indicator SET current_version = :version"
                            + " WHERE code = :code AND current_version = :previous")
                    .param("code", indicator.code())
                    .param("version", indicator.version())
                    .param("previous", indicator.version() - 1)
                    .update();
            if (updated != 1) {
                throw new IllegalStateException("indicator " + indicator.code() + " was changed meanwhile");
            }
        }
        jdbc.sql(
                        """
                        INSERT INTO performance.indicator_version
                            (code, version, name, unit, aggregation, source_kind, definition, note, saved_by, saved_at)
                        VALUES (:code, :version, :name, :unit, :aggregation, :kind, :definition, :note, :by, :at)
                        """)
                .param("code", indicator.code())
                .param("version", indicator.version())
                .param("name", indicator.name())
                .param("unit", indicator.unit().code())
                .param("aggregation", indicator.aggregation().name().toLowerCase(Locale.ROOT))
                .param("kind", indicator.source().kind().code())
                .param("definition", write(IndicatorCodec.toMap(indicator)))
                .param("note", note == null || note.isBlank() ? null : note.strip())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
        jdbc.sql("UPDATE performance.indicator_revision SET revision = revision + 1")
                .update();
    }

    private IndicatorVersion version(ResultSet rs, int row) throws SQLException {
        List<IndicatorProblem> problems = new ArrayList<>();
        Map<?, ?> definition;
        try {
            definition = json.readValue(rs.getString("definition"), Map.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("indicator " + rs.getString("code") + " is not stored as valid JSON", e);
        }
        Indicator indicator = IndicatorCodec.fromMap(definition, rs.getInt("version"), problems);
        if (indicator == null) {
            throw new SQLException("indicator " + rs.getString("code") + " version " + rs.getInt("version")
                    + " cannot be read: " + problems);
        }
        return new IndicatorVersion(
                indicator,
                rs.getString("note"),
                rs.getString("saved_by"),
                rs.getTimestamp("saved_at").toInstant());
    }

    private String write(Map<String, Object> definition) {
        try {
            return json.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
