package org.oversight.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.platform.database.DatabaseProperties;

/**
 * Oversight's temporary folder: a start deletes what processes that are gone left behind (after a
 * crash), and leaves the folders of processes still running alone.
 */
class TemporaryFilesTest {

    @TempDir
    Path root;

    @Test
    void aStartDeletesWhatACrashedProcessLeftBehind() throws IOException {
        Path crashed = Files.createDirectories(root.resolve("p-crashed/oversight-upload-1/1"));
        Files.write(crashed.resolve("2024-04-west-midlands-street.csv"), new byte[1 << 20]);
        Files.createFile(root.resolve("p-crashed.lock"));
        Path lockless = Files.createDirectories(root.resolve("p-crashed-before-its-lock"));
        Path notOurs = Files.createDirectories(root.resolve("something-else"));

        TemporaryFiles files = new TemporaryFiles(root);
        try {
            assertThat(root.resolve("p-crashed")).doesNotExist();
            assertThat(root.resolve("p-crashed.lock")).doesNotExist();
            assertThat(lockless).doesNotExist();
            assertThat(notOurs)
                    .as("what is not a process's folder is never touched")
                    .exists();
            assertThat(files.folder()).isDirectory().startsWith(root);
        } finally {
            files.destroy();
        }
    }

    @Test
    void aStartLeavesTheFolderOfAProcessStillRunning() throws IOException {
        Path running = Files.createDirectories(root.resolve("p-running"));
        Files.writeString(running.resolve("entry.csv"), "being read");
        try (FileChannel lock = FileChannel.open(
                        root.resolve("p-running.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                var held = lock.lock()) {
            TemporaryFiles files = new TemporaryFiles(root);
            files.destroy();
        }
        assertThat(running.resolve("entry.csv")).hasContent("being read");
    }

    @Test
    void twoProcessesWorkInFoldersOfTheirOwnAndEachDeletesItsOwnWhenItStops() throws IOException {
        TemporaryFiles first = new TemporaryFiles(root);
        TemporaryFiles second = new TemporaryFiles(root);
        Path file = first.newFile("upload-", ".csv");
        Path folder = second.newFolder("police-data-");

        assertThat(first.folder()).isNotEqualTo(second.folder());
        assertThat(file).startsWith(first.folder());
        second.destroy();
        assertThat(folder).doesNotExist();
        assertThat(file).exists();
        first.destroy();
        assertThat(file).doesNotExist();
    }

    @Test
    void onlyItsOwnFilesCanBeDeletedThroughIt() throws IOException {
        TemporaryFiles files = new TemporaryFiles(root.resolve("temp"));
        try {
            Path elsewhere = Files.createFile(root.resolve("keep.txt"));
            assertThatThrownBy(() -> files.delete(elsewhere)).isInstanceOf(IllegalArgumentException.class);
            assertThat(elsewhere).exists();
        } finally {
            files.destroy();
        }
    }

    @Test
    void withoutASettingTheFolderIsBesideTheDatabasesNamedAfterIt() {
        TemporaryFiles files = new TemporaryFiles(
                new TemporaryFilesProperties(null),
                new DatabaseProperties(root.resolve("data"), false, Duration.ofMillis(200)));
        try {
            assertThat(files.root()).isEqualTo(root.resolve("data-temp"));
            assertThat(List.of(files.folder().getParent())).containsExactly(root.resolve("data-temp"));
        } finally {
            files.destroy();
        }
    }
}
