package org.oversight.audit.entries;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.oversight.audit.AuditEntry;
import org.oversight.audit.AuditFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reading the trail: entries by number, and those a filter lets through. */
@Repository
public class AuditEntries {

    /** Days in the filter are days in London, where the office works. */
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final String FIELDS = "sequence, recorded_at, username, address, module, action, object_type,"
            + " object_id, summary, previous_hash, hash";
    private static final String STATES = ", before_state, after_state";

    private final JdbcClient jdbc;
    /** Reads rows 500 at a time: PostgreSQL streams them with a cursor inside a transaction. */
    private final JdbcClient streaming;

    AuditEntries(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(500);
        this.streaming = JdbcClient.create(template);
    }

    public Optional<AuditEntry> find(long sequence) {
        return jdbc.sql("SELECT " + FIELDS + STATES + " FROM audit.audit_entry WHERE sequence = :sequence")
                .param("sequence", sequence)
                .query((rs, row) -> entry(rs, true))
                .optional();
    }

    /**
     * The entries the filter lets through, newest first, {@code limit} of them from {@code offset}.
     *
     * @param withStates whether to read the before and after states (left {@code null} otherwise)
     */
    public List<AuditEntry> find(AuditFilter filter, long offset, int limit, boolean withStates) {
        return filtered(
                        "SELECT " + FIELDS + (withStates ? STATES : "") + " FROM audit.audit_entry",
                        filter,
                        " ORDER BY sequence DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> entry(rs, withStates))
                .list();
    }

    /** Every entry the filter lets through, oldest first, one at a time (in a transaction, with a cursor). */
    public void each(AuditFilter filter, Consumer<AuditEntry> consumer) {
        filtered(streaming, "SELECT " + FIELDS + STATES + " FROM audit.audit_entry", filter, " ORDER BY sequence")
                .query(rs -> {
                    consumer.accept(entry(rs, true));
                });
    }

    public long count(AuditFilter filter) {
        if (filter.isEmpty()) {
            // Entries are numbered without gaps, so the head's number is how many there are.
            return jdbc.sql("SELECT sequence FROM audit.chain_head")
                    .query(Long.class)
                    .single();
        }
        return filtered("SELECT count(*) FROM audit.audit_entry", filter, "")
                .query(Long.class)
                .single();
    }

    /** The modules that have entries, in alphabetical order. */
    public List<String> modules() {
        return jdbc.sql("SELECT DISTINCT module FROM audit.audit_entry ORDER BY module")
                .query(String.class)
                .list();
    }

    private JdbcClient.StatementSpec filtered(String select, AuditFilter filter, String tail) {
        return filtered(jdbc, select, filter, tail);
    }

    private static JdbcClient.StatementSpec filtered(JdbcClient jdbc, String select, AuditFilter filter, String tail) {
        // Only fixed conditions are put together here; every value is a parameter.
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        if (filter.user() != null) {
            where.append(" AND lower(username) = lower(:user)");
        }
        if (filter.module() != null) {
            where.append(" AND module = :module");
        }
        if (filter.exactObject() != null) {
            where.append(" AND (object_id = :object OR object_type || ' ' || object_id = :object)");
        } else if (filter.object() != null) {
            where.append(" AND (object_type || ' ' || object_id) ILIKE :object ESCAPE '\\'");
        }
        if (filter.from() != null) {
            where.append(" AND recorded_at >= :from");
        }
        if (filter.to() != null) {
            where.append(" AND recorded_at < :to");
        }
        JdbcClient.StatementSpec statement = jdbc.sql(select + where + tail);
        if (filter.user() != null) {
            statement = statement.param("user", filter.user());
        }
        if (filter.module() != null) {
            statement = statement.param("module", filter.module());
        }
        if (filter.exactObject() != null) {
            statement = statement.param("object", filter.exactObject());
        } else if (filter.object() != null) {
            statement = statement.param("object", "%" + likeLiteral(filter.object()) + "%");
        }
        if (filter.from() != null) {
            statement = statement.param(
                    "from", Timestamp.from(filter.from().atStartOfDay(LONDON).toInstant()));
        }
        if (filter.to() != null) {
            statement = statement.param(
                    "to",
                    Timestamp.from(filter.to().plusDays(1).atStartOfDay(LONDON).toInstant()));
        }
        return statement;
    }

    /** The text as a LIKE pattern that matches only itself: its wildcards and escapes escaped. */
    static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static AuditEntry entry(ResultSet rs, boolean withStates) throws SQLException {
        return new AuditEntry(
                rs.getLong("sequence"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("username"),
                rs.getString("address"),
                rs.getString("module"),
                rs.getString("action"),
                rs.getString("object_type"),
                rs.getString("object_id"),
                withStates ? rs.getString("before_state") : null,
                withStates ? rs.getString("after_state") : null,
                rs.getString("summary"),
                rs.getString("previous_hash").strip(),
                rs.getString("hash").strip());
    }
}
