package org.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class OversightApplicationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void startsOnTheEmbeddedPostgresWithDurableSettings() {
        assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("show synchronous_commit").query(String.class).single())
                .isEqualTo("on");
        assertThat(jdbc.sql("show server_version").query(String.class).single()).startsWith("15.");
    }
}
