package org.oversight.policedata.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.OversightApplication;
import org.oversight.platform.database.DatabaseProperties;
import org.oversight.policedata.DemonstrationLoading;
import org.oversight.policedata.ImportBatch;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.load.PoliceFileLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loading the demonstration data: only a load that finished is recorded as done; a load that failed
 * (a real database error, injected with a trigger) is logged and shown, and the next start resumes
 * it; removing the data stops a load and keeps it from coming back; the command line never loads it.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
@org.springframework.test.context.event.RecordApplicationEvents
class DemonstrationLoadingTest {

    @Autowired
    org.springframework.test.context.event.ApplicationEvents published;

    @Autowired
    PoliceDataApi policeData;

    @Autowired
    PoliceFileLoader loader;

    @Autowired
    DemonstrationRecord record;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DatabaseProperties database;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.oversight.platform.TemporaryFiles temporaryFiles;

    @TempDir
    Path folder;

    /** Its own progress, so that other tests sharing this application see no banner. */
    DemonstrationProgress progress = new DemonstrationProgress();

    @BeforeEach
    @AfterEach
    void startEmpty() {
        jdbc.sql("DROP TRIGGER IF EXISTS test_fault ON policedata.import_batch").update();
        jdbc.sql("DROP FUNCTION IF EXISTS policedata.test_fault()").update();
        policeData.batches().forEach(batch -> policeData.removeBatch(batch.id(), "test"));
        jdbc.sql("DELETE FROM policedata.seed_record").update();
    }

    /** A first start's seed, loading on the calling thread. */
    private DemonstrationSeed seed() {
        return new DemonstrationSeed(
                policeData,
                loader,
                record,
                progress,
                Clock.systemUTC(),
                events,
                temporaryFiles,
                false,
                java.util.List.of("2012-04..2015-03"));
    }

    /** Runs {@code statement} in the transaction that stores the batch for 2013-01 (the 28th file). */
    private void whenJanuary2013IsStored(String statement) {
        jdbc.sql("CREATE FUNCTION policedata.test_fault() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN " + statement
                        + "; RETURN NEW; END $$")
                .update();
        jdbc.sql("CREATE TRIGGER test_fault BEFORE INSERT ON policedata.import_batch FOR EACH ROW"
                        + " WHEN (NEW.month = DATE '2013-01-01') EXECUTE FUNCTION policedata.test_fault()")
                .update();
    }

    private long demonstrationBatches() {
        return policeData.batches().stream().filter(ImportBatch::demonstration).count();
    }

    @Test
    void aFailedLoadIsLoggedAndShownNotRecordedAsDoneAndResumedOnTheNextStart(CapturedOutput output) {
        whenJanuary2013IsStored("RAISE EXCEPTION 'the disk is full'");

        seed().applicationReady();

        DemonstrationLoading failed = progress.current().orElseThrow();
        assertThat(failed.failed()).isTrue();
        assertThat(failed.filesDone()).isEqualTo(27);
        assertThat(failed.message())
                .startsWith("The demonstration police data could not be loaded: ")
                .contains("the disk is full")
                .endsWith("Oversight will try again when it next starts; its log has the details.");
        assertThat(output).contains("event=demonstration_data_failed files=27/108");
        assertThat(record.done()).isFalse();
        assertThat(demonstrationBatches()).isEqualTo(27);
        List<Long> loadedBefore =
                policeData.batches().stream().map(ImportBatch::id).sorted().toList();

        jdbc.sql("DROP TRIGGER test_fault ON policedata.import_batch").update();
        seed().applicationReady();

        assertThat(progress.current()).isEmpty();
        assertThat(record.done()).isTrue();
        assertThat(demonstrationBatches()).isEqualTo(108);
        assertThat(policeData.batches().stream().map(ImportBatch::id).toList())
                .as("the files loaded before were identical, so left as they were")
                .containsAll(loadedBefore);
        assertThat(output).contains("event=demonstration_data_loading periods=[2012-04+36] files=108 resume=true");
        assertThat(published.stream(org.oversight.policedata.DemonstrationDataLoaded.class))
                .singleElement()
                .satisfies(loaded -> {
                    assertThat(loaded.files()).isEqualTo(108);
                    assertThat(loaded.rows())
                            .isEqualTo(policeData.batches().stream()
                                    .mapToLong(ImportBatch::rows)
                                    .sum());
                });
        assertThat(published.stream(org.oversight.policedata.PoliceFileImported.class))
                .as("each batch once, the identical files left as they were")
                .hasSize(108);

        seed().applicationReady();
        assertThat(demonstrationBatches()).as("done: not loaded again").isEqualTo(108);
    }

    @Test
    void removingTheDataWhileTheyLoadStopsTheLoadAndRemovesWhatArrived() {
        // Another process removes them while January 2013 is being stored.
        whenJanuary2013IsStored("INSERT INTO policedata.seed_record (name, done_at) VALUES ('"
                + DemonstrationRecord.DONE + "', now())");

        seed().applicationReady();

        assertThat(demonstrationBatches()).isZero();
        assertThat(progress.current()).isEmpty();
        assertThat(record.done()).isTrue();
    }

    @Test
    void removingAnInterruptedLoadKeepsItFromBeingResumed() {
        whenJanuary2013IsStored("RAISE EXCEPTION 'killed'");
        seed().applicationReady();
        assertThat(demonstrationBatches()).isEqualTo(27);
        published.clear(); // leaving out batches other tests left, removed before this one began

        assertThat(policeData.removeDemonstrationData("test")).isEqualTo(27);
        assertThat(published.stream(org.oversight.policedata.DemonstrationDataRemoved.class))
                .containsExactly(new org.oversight.policedata.DemonstrationDataRemoved(27, "test"));
        assertThat(published.stream(org.oversight.policedata.ImportBatchRemoved.class))
                .hasSize(27)
                .allMatch(removed ->
                        removed.batch().demonstration() && removed.by().equals("test"));
        jdbc.sql("DROP TRIGGER test_fault ON policedata.import_batch").update();
        seed().applicationReady();

        assertThat(demonstrationBatches()).isZero();
    }

    @Test
    void aDatabaseWithOtherPoliceDataGetsNoDemonstrationData() throws Exception {
        Path file = folder.resolve("2015-04-west-midlands-street.csv");
        DemonstrationData.writeStreetFile(file, java.time.YearMonth.of(2015, 4), 10, 1);
        policeData.importPaths(List.of(file), false, "ana", org.oversight.policedata.ImportListener.NONE);

        seed().applicationReady();

        assertThat(demonstrationBatches()).isZero();
        assertThat(progress.current()).isEmpty();
    }

    @Test
    void theCommandLineNeverLoadsTheDemonstrationData() throws Exception {
        // Asked to load them (a system property beats the tests' configuration), in the foreground so
        // that the command would wait for them: the command line's own settings must win.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Doversight.cli=true",
                        "-Doversight.seed.demonstration-data=true",
                        "-Doversight.seed.demonstration-data-in-background=false",
                        OversightApplication.class.getName(),
                        "police-data",
                        "batches",
                        "--data-dir",
                        database.dataDir().toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("cli.log").toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue())
                .as(Files.readString(folder.resolve("cli.log")))
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM policedata.seed_record")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(policeData.batches()).isEmpty();
    }
}
