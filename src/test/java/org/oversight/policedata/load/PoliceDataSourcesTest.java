package org.oversight.policedata.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.policedata.ImportLimits;
import org.oversight.policedata.PoliceDataKind;
import org.springframework.util.unit.DataSize;

/**
 * Reading archives within limits: entries are counted as they come out, so an archive that expands
 * like a zip bomb, or an entry larger than any real file, stops before it fills the disk. The bombs
 * are made here, small but expanding as real ones do.
 */
class PoliceDataSourcesTest {

    @TempDir
    Path folder;

    /** What was visited, and the most bytes any extracted file had when it was visited. */
    final List<PoliceDataSources.Source> visited = new ArrayList<>();

    long largestExtracted;

    private void read(Path archive, ImportLimits limits) throws IOException {
        Path entries = Files.createDirectories(folder.resolve("entries"));
        PoliceDataSources.each(List.of(archive), limits, entries, source -> {
            visited.add(source);
            if (source.file() != null && source.temporary()) {
                largestExtracted = Math.max(largestExtracted, Files.size(source.file()));
            }
        });
        try (var left = Files.list(entries)) {
            assertThat(left).as("extracted files left behind").isEmpty();
        }
    }

    private Path zip(String name, Entry... entries) throws IOException {
        Path archive = folder.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            for (Entry entry : entries) {
                zip.putNextEntry(new ZipEntry(entry.name()));
                zip.write(entry.bytes());
                zip.closeEntry();
            }
        }
        return archive;
    }

    record Entry(String name, byte[] bytes) {}

    private static ImportLimits limits(long maxEntryBytes, int ratio) {
        return new ImportLimits(DataSize.ofBytes(maxEntryBytes), ratio, 1_000_000, 50_000_000, 10_000);
    }

    /** A street file of {@code rows} rows, identical or varied as real rows are. */
    private static byte[] street(int rows, boolean identical) {
        StringBuilder text = new StringBuilder(String.join(",", PoliceDataKind.STREET.header())).append('\n');
        Random random = new Random(7);
        for (int i = 0; i < rows; i++) {
            String id = identical ? "a".repeat(64) : Long.toHexString(random.nextLong()) + Long.toHexString(i);
            text.append(id)
                    .append(",2024-04,West Midlands Police,West Midlands Police,")
                    .append(identical ? "-1.849790" : String.format("%.6f", -2 + random.nextDouble()))
                    .append(',')
                    .append(identical ? "52.590937" : String.format("%.6f", 52 + random.nextDouble()))
                    .append(",On or near Walsall Road,E01009417,Birmingham 001A,Burglary,Under investigation,\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aZipOfZerosIsStoppedOnceItExpandsFarMoreThanRealFilesDo() throws IOException {
        // 16 MB of zeros compress to about 16 KB: a thousand times, as a zip bomb does.
        Path bomb = zip("bomb.zip", new Entry("2024-04/2024-04-west-midlands-street.csv", new byte[16 << 20]));
        assertThat(Files.size(bomb)).isLessThan(20_000);

        read(bomb, ImportLimits.defaults());

        assertThat(visited).singleElement().satisfies(source -> {
            assertThat(source.displayName()).isEqualTo("bomb.zip!/2024-04/2024-04-west-midlands-street.csv");
            assertThat(source.problem())
                    .contains("expands more than 100 times its compressed size")
                    .contains("oversight.police-data.limits.max-expansion-ratio")
                    .contains("not read further");
        });
        assertThat(largestExtracted).isZero();
    }

    @Test
    void aZipOfMillionsOfIdenticalRowsIsStoppedAsAnExpansionBomb() throws IOException {
        // The probe's 4 MB archive of 8.2 million identical rows, in small: 60,000 rows, about 12 MB.
        Path identical = zip("identical.zip", new Entry("2024-04-west-midlands-street.csv", street(60_000, true)));
        assertThat(Files.size(identical)).isLessThan(200_000);

        read(identical, ImportLimits.defaults());

        assertThat(visited).singleElement().satisfies(source -> assertThat(source.problem())
                .contains("expands more than 100 times"));
    }

    @Test
    void realisticallyVariedRowsAreNotMistakenForABomb() throws IOException {
        Path real = zip("real.zip", new Entry("2024-04-west-midlands-street.csv", street(20_000, false)));

        read(real, ImportLimits.defaults());

        assertThat(visited).singleElement().satisfies(source -> {
            assertThat(source.problem()).isNull();
            assertThat(source.temporary()).isTrue();
        });
        assertThat(largestExtracted).isEqualTo(street(20_000, false).length);
    }

    @Test
    void anEntryLargerThanTheLimitIsStoppedAsItComesOutWhateverTheArchiveSays() throws IOException {
        byte[] rows = street(10_000, false); // about 1.6 MB, expanding about 3 times
        Path archive = zip(
                "archive.zip",
                new Entry("2024-04-west-midlands-street.csv", rows),
                new Entry("2024-05-west-midlands-street.csv", rows));

        read(archive, limits(1024 * 1024, 100));

        assertThat(visited).singleElement().satisfies(source -> {
            assertThat(source.displayName()).isEqualTo("archive.zip!/2024-04-west-midlands-street.csv");
            assertThat(source.problem())
                    .startsWith("it is larger than 1 MB once uncompressed")
                    .contains("oversight.police-data.limits.max-entry-size")
                    .contains("the archive was not read further");
        });
    }

    @Test
    void anArchiveWithMoreFilesThanTheLimitStopsAtTheLimit() throws IOException {
        byte[] rows = street(2, false);
        Path archive = zip(
                "many.zip",
                new Entry("2024-01-west-midlands-street.csv", rows),
                new Entry("2024-02-west-midlands-street.csv", rows),
                new Entry("2024-03-west-midlands-street.csv", rows));

        read(archive, new ImportLimits(DataSize.ofMegabytes(256), 100, 1_000_000, 50_000_000, 2));

        assertThat(visited).hasSize(3);
        assertThat(visited.get(2).problem())
                .startsWith("not read: an import may hold at most 2 CSV files")
                .contains("oversight.police-data.limits.max-files-per-upload");
    }

    @Test
    void lineBreaksInAnEntryNameAreShownAsEscapesSoTheyCannotForgeALogLine() throws IOException {
        Path archive = zip(
                "names.zip",
                new Entry(
                        "x\nINFO event=user_added username=mallory/2024-04-west-midlands-street.csv",
                        street(2, false)));

        read(archive, ImportLimits.defaults());

        assertThat(visited).singleElement().satisfies(source -> assertThat(source.displayName())
                .isEqualTo("names.zip!/x\\nINFO event=user_added username=mallory/2024-04-west-midlands-street.csv")
                .doesNotContain("\n"));
    }
}
