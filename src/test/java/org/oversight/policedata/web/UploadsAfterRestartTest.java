package org.oversight.policedata.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.OversightApplication;
import org.oversight.platform.TemporaryFiles;
import org.oversight.policedata.FileImportResult;
import org.oversight.policedata.ImportStatus;
import org.oversight.policedata.PoliceDataKind;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Oversight stopped and started again on the same database, as after a restart or a crash: upload
 * pages are still there, an upload that was being imported says it was interrupted, and what a dead
 * process left in the temporary folder is gone.
 */
class UploadsAfterRestartTest {

    @TempDir
    static Path data;

    static ConfigurableApplicationContext restarted;
    static Path leftByACrash;

    private static ConfigurableApplicationContext start(boolean deleteDatabaseOnClose) {
        return new SpringApplicationBuilder(OversightApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(
                        "--server.port=0",
                        "--oversight.database.data-dir=" + data.resolve("database"),
                        "--oversight.database.delete-on-close=" + deleteDatabaseOnClose,
                        "--oversight.seed.example-plans=false");
    }

    @BeforeAll
    static void uploadThenRestart() throws IOException {
        try (ConfigurableApplicationContext first = start(false)) {
            ImportJobs jobs = first.getBean(ImportJobs.class);
            ImportJob finished = jobs.create("before-restart-finished", "ana", 1, false, List.of("a.csv"));
            finished.started();
            FileImportResult result = new FileImportResult(
                    "2024-04-west-midlands-street.csv",
                    PoliceDataKind.STREET,
                    "west-midlands",
                    YearMonth.of(2024, 4),
                    ImportStatus.IMPORTED,
                    430,
                    0,
                    0,
                    1L,
                    null,
                    null,
                    null);
            finished.fileFinished(result);
            finished.finished(List.of(result));
            ImportJob running = jobs.create("before-restart-running", "ana", 3, false, List.of("archive.zip"));
            running.started();
            running.fileStarted("archive.zip!/2024-04/2024-04-west-midlands-outcomes.csv", 1000);

            // What a process killed in the middle of an upload leaves: its folder, its lock no longer held.
            Path root = first.getBean(TemporaryFiles.class).root();
            leftByACrash = Files.createDirectories(root.resolve("p-killed/oversight-upload-1/1"));
            Files.write(leftByACrash.resolve("2024-04-west-midlands-street.csv"), new byte[64 * 1024]);
            Files.createFile(root.resolve("p-killed.lock"));
        }
        restarted = start(true);
    }

    @AfterAll
    static void stop() {
        if (restarted != null) {
            restarted.close();
        }
    }

    @Test
    void aFinishedUploadsPageIsStillThereWithItsResults() {
        ImportJob.View page = restarted
                .getBean(ImportJobs.class)
                .find("before-restart-finished")
                .orElseThrow();

        assertThat(page.state()).isEqualTo(ImportJob.State.FINISHED);
        assertThat(page.startedBy()).isEqualTo("ana");
        assertThat(page.results()).singleElement().satisfies(result -> {
            assertThat(result.status()).isEqualTo(ImportStatus.IMPORTED);
            assertThat(result.rowsAccepted()).isEqualTo(430);
            assertThat(result.month()).isEqualTo(YearMonth.of(2024, 4));
        });
    }

    @Test
    void anUploadBeingImportedWhenOversightStoppedSaysItWasInterruptedAndWhere() {
        ImportJob.View page = restarted
                .getBean(ImportJobs.class)
                .find("before-restart-running")
                .orElseThrow();

        assertThat(page.state()).isEqualTo(ImportJob.State.INTERRUPTED);
        assertThat(page.running()).isFalse();
        assertThat(page.stoppedAt()).isEqualTo("archive.zip!/2024-04/2024-04-west-midlands-outcomes.csv");
        assertThat(page.filesDone()).isZero();
    }

    @Test
    void whatADeadProcessLeftInTheTemporaryFolderIsDeletedAtStart() {
        assertThat(leftByACrash).doesNotExist();
        assertThat(restarted.getBean(TemporaryFiles.class).folder()).exists();
    }
}
