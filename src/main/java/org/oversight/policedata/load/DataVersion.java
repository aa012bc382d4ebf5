package org.oversight.policedata.load;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A number that changes, in the same transaction, with every import, removal or mark, so that it
 * becomes visible together with the change (another process, such as the command line, may make it).
 */
@Repository
public class DataVersion {

    private final JdbcClient jdbc;

    DataVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long current() {
        return jdbc.sql("SELECT version FROM policedata.data_version")
                .query(Long.class)
                .single();
    }

    /** Call late in a transaction: the row stays locked until it commits. */
    public void changed() {
        jdbc.sql("UPDATE policedata.data_version SET version = version + 1").update();
    }
}
