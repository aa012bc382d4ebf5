package org.oversight.policedata.demo;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Whether the demonstration data have been loaded (or removed, which counts as done: they are not
 * loaded again), or a load was started and not finished, to be resumed.
 */
@Repository
public class DemonstrationRecord {

    static final String DONE = "demonstration-data";
    static final String STARTED = "demonstration-data-started";

    private final JdbcClient jdbc;

    DemonstrationRecord(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean done() {
        return has(DONE);
    }

    boolean started() {
        return has(STARTED);
    }

    void markStarted(Instant at) {
        mark(STARTED, at);
    }

    /** Done: the demonstration data are never loaded (or resumed) again in this database. */
    public void markDone(Instant at) {
        mark(DONE, at);
    }

    private boolean has(String name) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM policedata.seed_record WHERE name = :name)")
                .param("name", name)
                .query(Boolean.class)
                .single();
    }

    private void mark(String name, Instant at) {
        jdbc.sql("INSERT INTO policedata.seed_record (name, done_at) VALUES (:name, :at) ON CONFLICT (name) DO NOTHING")
                .param("name", name)
                .param("at", Timestamp.from(at))
                .update();
    }
}
