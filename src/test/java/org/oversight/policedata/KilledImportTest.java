package org.oversight.policedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.OversightApplication;
import org.oversight.platform.database.DatabaseProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real kill: the command line runs in its own process against this test's database and is killed
 * (SIGKILL) while its COPY is streaming. Nothing of the file may remain.
 */
@SpringBootTest
class KilledImportTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DatabaseProperties database;

    @TempDir
    Path folder;

    @Test
    void anImportKilledMidwayLeavesNoBatchNoRowsAndNoPartition() throws Exception {
        Path file = folder.resolve("2023-11-west-midlands-street.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(PoliceFiles.STREET_HEADER);
            out.write('\n');
            for (int i = 0; i < 600_000; i++) {
                out.write(PoliceFiles.streetRow(
                        String.format("%064x", i),
                        "2023-11",
                        "Birmingham " + String.format("%03d", i % 640) + "A",
                        "Burglary",
                        "Under investigation"));
                out.write('\n');
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Doversight.cli=true",
                        OversightApplication.class.getName(),
                        "import",
                        "police-data",
                        file.toString(),
                        "--data-dir",
                        database.dataDir().toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("cli.log").toFile())
                .start();
        try {
            assertThat(waitFor(Duration.ofSeconds(90), () -> copyRunning() || !process.isAlive()))
                    .as("the command line reached its COPY")
                    .isTrue();
            assertThat(process.isAlive())
                    .as("still importing when killed: " + log())
                    .isTrue();
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(waitFor(Duration.ofSeconds(30), () -> !copyRunning())).isTrue();

        assertThat(jdbc.sql("SELECT count(*) FROM policedata.import_batch WHERE month = DATE '2023-11-01'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM policedata.street_crime WHERE month = '2023-11'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM policedata.street_count WHERE month = DATE '2023-11-01'")
                        .query(Long.class)
                        .single())
                .isZero();
        List<String> partitions = jdbc.sql(
                        "SELECT tablename FROM pg_tables WHERE schemaname = 'policedata' AND tablename ~ '_b[0-9]+$'")
                .query(String.class)
                .list();
        List<Long> batchIds = jdbc.sql("SELECT id FROM policedata.import_batch")
                .query(Long.class)
                .list();
        assertThat(partitions).allSatisfy(partition -> assertThat(batchIds)
                .contains(Long.parseLong(partition.substring(partition.lastIndexOf("_b") + 2))));
    }

    private boolean copyRunning() {
        return jdbc.sql(
                                "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'COPY policedata.%' AND state = 'active'")
                        .query(Long.class)
                        .single()
                > 0;
    }

    private String log() {
        try {
            return Files.readString(folder.resolve("cli.log"));
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    private static boolean waitFor(Duration limit, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }
}
