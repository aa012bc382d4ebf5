package org.oversight.policedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.policedata.PoliceFiles.STREET_HEADER;
import static org.oversight.policedata.PoliceFiles.streetRow;
import static org.oversight.policedata.PoliceFiles.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.unit.DataSize;

/**
 * Files that are refused, saying what is wrong and where: damaged text, broken quoting, a force that
 * only begins like the file's, more rows than an import may store.
 */
@SpringBootTest
class RefusedFilesTest {

    @Autowired
    PoliceDataApi policeData;

    @TempDir
    Path folder;

    @BeforeEach
    void startEmpty() {
        policeData.batches().forEach(batch -> policeData.removeBatch(batch.id(), "test"));
    }

    private FileImportResult importOne(Path path) {
        List<FileImportResult> results = policeData.importPaths(List.of(path), false, "test", ImportListener.NONE);
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private static String row(String crimeId) {
        return streetRow(crimeId, "2024-04", "Birmingham 001A", "Burglary", "") + "\n";
    }

    private Path streetFile(String... rows) throws IOException {
        return write(folder, "2024-04-west-midlands-street.csv", STREET_HEADER + "\n" + String.join("", rows));
    }

    @Test
    void aNulCharacterInAValueIsRefusedWithItsLineAndColumn() throws IOException {
        Path file = streetFile(
                row("a1"),
                "a2,2024-04,West Midlands Police,West Midlands Police,-1.8,52.5,On or near \0 Road,E01009417,"
                        + "Birmingham 001A,Burglary,,\n");

        FileImportResult result = importOne(file);

        assertThat(result.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(result.problem().toString())
                .startsWith("line 3, column 7: the value of column 7 (Location) holds a NUL character (byte 0)")
                .doesNotContain("COPY")
                .doesNotContain("\0");
        assertThat(policeData.batches()).isEmpty();
    }

    @Test
    void aQuoteNeverClosedIsRefusedWhereItOpensNotAsAColumnCount() throws IOException {
        Path file = streetFile(
                row("a1"),
                "a2,2024-04,West Midlands Police,West Midlands Police,-1.8,52.5,\"On or near X,E01009417,"
                        + "Birmingham 001A,Burglary,,\n",
                row("a3"),
                row("a4"));

        FileImportResult result = importOne(file);

        assertThat(result.problem().toString())
                .startsWith("line 3, column 64: the quote that opens the value of column 7 (Location) here is never"
                        + " closed, so the rest of the file (3 lines) would be read as that one value")
                .doesNotContain("columns but");
    }

    @Test
    void aQuoteNeverClosedInTheLastValueIsRefusedToo() throws IOException {
        Path file = streetFile(
                row("a1"),
                "a2,2024-04,West Midlands Police,West Midlands Police,-1.8,52.5,X,E01009417,Birmingham 001A,"
                        + "Burglary,,\"no end\n");

        FileImportResult result = importOne(file);

        assertThat(result.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(result.problem().toString())
                .startsWith("line 3, column 102: the quote that opens the value of column 12 (Context) here is never"
                        + " closed");
        assertThat(policeData.batches()).isEmpty();
    }

    @Test
    void aCharacterAfterAClosingQuoteIsRefusedWhereItStands() throws IOException {
        Path file = streetFile(
                row("a1"),
                "a2,2024-04,West Midlands Police,West Midlands Police,-1.8,52.5,\"On or near\"X,E01009417,"
                        + "Birmingham 001A,Burglary,,\n");

        FileImportResult result = importOne(file);

        assertThat(result.problem().toString())
                .startsWith(
                        "line 3, column 76: a value in column 7 (Location) has 'X' straight after its closing quote");
    }

    @Test
    void aFileNamedForAForceWhoseNameOnlyBeginsLikeTheRowsIsRefused() throws IOException {
        Path file = write(
                folder,
                "2022-04-west-street.csv",
                STREET_HEADER + "\n" + streetRow("a1", "2022-04", "Birmingham 001A", "Burglary", "") + "\n");

        FileImportResult result = importOne(file);

        assertThat(result.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(result.problem().toString())
                .startsWith("line 2, column 4: Falls within is 'West Midlands Police' but the file name says the force"
                        + " is 'west'");
        assertThat(policeData.forces()).doesNotContain("west");
    }

    @Test
    void aFileWithMoreRowsThanAFileMayHaveIsRefusedAtTheFirstRowTooMany() throws IOException {
        Path file = streetFile(row("a1"), row("a2"), row("a3"));

        FileImportResult result = policeData
                .importPaths(List.of(file), false, "test", ImportListener.NONE, limits(2, 100))
                .get(0);

        assertThat(result.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(result.problem().toString())
                .startsWith("line 4: the file has more than 2 rows: a file may have at most 2 rows"
                        + " (oversight.police-data.limits.max-rows-per-file)");
        assertThat(policeData.batches()).isEmpty();
    }

    private Path month(String month, int rows) throws IOException {
        StringBuilder text = new StringBuilder(STREET_HEADER).append('\n');
        for (int i = 0; i < rows; i++) {
            text.append(streetRow(month + "-" + i, month, "Birmingham 001A", "Burglary", ""))
                    .append('\n');
        }
        return write(folder, month + "-west-midlands-street.csv", text.toString());
    }

    @Test
    void aFilePastWhatIsLeftOfTheImportsRowsIsRefusedSayingSo() throws IOException {
        List<FileImportResult> results = policeData.importPaths(
                List.of(month("2024-04", 3), month("2024-05", 3)), false, "test", ImportListener.NONE, limits(10, 5));

        assertThat(results)
                .extracting(FileImportResult::status)
                .containsExactly(ImportStatus.IMPORTED, ImportStatus.REFUSED);
        assertThat(results.get(1).problem().toString())
                .startsWith("line 4: the file has more than 2 rows: the upload may store at most 5 rows"
                        + " (oversight.police-data.limits.max-rows-per-upload) and the files before this one stored 3");
        assertThat(policeData.batches()).hasSize(1);
    }

    @Test
    void filesAfterTheImportsLimitOfRowsAreNotRead() throws IOException {
        List<FileImportResult> results = policeData.importPaths(
                List.of(month("2024-04", 3), month("2024-05", 2), month("2024-06", 1)),
                false,
                "test",
                ImportListener.NONE,
                limits(10, 5));

        assertThat(results)
                .extracting(FileImportResult::status)
                .containsExactly(ImportStatus.IMPORTED, ImportStatus.IMPORTED, ImportStatus.REFUSED);
        assertThat(results.get(2).problem().toString())
                .isEqualTo("not read: the files before it stored the import's limit of 5 rows"
                        + " (oversight.police-data.limits.max-rows-per-upload)");
        assertThat(policeData.batches()).hasSize(2);
    }

    private static ImportLimits limits(long rowsPerFile, long rowsPerUpload) {
        return new ImportLimits(DataSize.ofMegabytes(256), 100, rowsPerFile, rowsPerUpload, 10_000);
    }
}
