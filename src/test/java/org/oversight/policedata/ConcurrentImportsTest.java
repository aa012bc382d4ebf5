package org.oversight.policedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.policedata.PoliceFiles.STREET_HEADER;
import static org.oversight.policedata.PoliceFiles.streetRow;
import static org.oversight.policedata.PoliceFiles.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Two imports of the same force, month and kind at the same moment take turns, and each is told
 * what it really did: the first imported, the second replaced the first's batch (or found it
 * identical). Both reach the start line together, before either looks at what is stored.
 */
@SpringBootTest
class ConcurrentImportsTest {

    @Autowired
    PoliceDataApi policeData;

    @TempDir
    Path folder;

    final ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeEach
    @AfterEach
    void startEmpty() {
        policeData.batches().forEach(batch -> policeData.removeBatch(batch.id(), "test"));
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private Path april(String name, String... crimeIds) throws IOException {
        StringBuilder text = new StringBuilder(STREET_HEADER).append('\n');
        for (String id : crimeIds) {
            text.append(streetRow(id, "2024-04", "Birmingham 001A", "Burglary", ""))
                    .append('\n');
        }
        return write(
                java.nio.file.Files.createDirectories(folder.resolve(name)),
                "2024-04-west-midlands-street.csv",
                text.toString());
    }

    /** Imports both files at once: each waits at the start of its file until the other is there too. */
    private List<FileImportResult> together(Path first, Path second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ImportListener atTheStartLine = new ImportListener() {
            @Override
            public void fileStarted(String file, long bytes) {
                try {
                    start.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        CompletableFuture<FileImportResult> a = CompletableFuture.supplyAsync(
                () -> policeData
                        .importPaths(List.of(first), false, "ana", atTheStartLine)
                        .get(0),
                threads);
        CompletableFuture<FileImportResult> b = CompletableFuture.supplyAsync(
                () -> policeData
                        .importPaths(List.of(second), false, "bob", atTheStartLine)
                        .get(0),
                threads);
        return List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));
    }

    @Test
    void twoDifferentFilesForTheSameMonthAreImportedThenReplacedAndEachIsToldSo() throws Exception {
        List<FileImportResult> results = together(april("first", "a1", "a2"), april("second", "b1", "b2", "b3"));

        assertThat(results)
                .extracting(FileImportResult::status)
                .containsExactlyInAnyOrder(ImportStatus.IMPORTED, ImportStatus.REPLACED);
        FileImportResult replacing = results.stream()
                .filter(r -> r.status() == ImportStatus.REPLACED)
                .findFirst()
                .orElseThrow();
        FileImportResult replaced = results.stream()
                .filter(r -> r.status() == ImportStatus.IMPORTED)
                .findFirst()
                .orElseThrow();
        assertThat(policeData.batches()).singleElement().satisfies(stored -> {
            assertThat(stored.id()).isEqualTo(replacing.batchId());
            assertThat(stored.rows()).isEqualTo(replacing.rowsAccepted());
        });
        assertThat(policeData.batch(replaced.batchId())).isEmpty();
    }

    @Test
    void theSameFileTwiceAtOnceIsImportedOnceAndFoundUnchangedOnce() throws Exception {
        List<FileImportResult> results = together(april("first", "a1", "a2"), april("second", "a1", "a2"));

        assertThat(results)
                .extracting(FileImportResult::status)
                .containsExactlyInAnyOrder(ImportStatus.IMPORTED, ImportStatus.UNCHANGED);
        assertThat(results).allSatisfy(r -> assertThat(r.problem()).isNull());
        assertThat(policeData.batches()).hasSize(1);
    }
}
