package org.oversight.policedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.policedata.PoliceFiles.STOP_SEARCH_HEADER;
import static org.oversight.policedata.PoliceFiles.STREET_HEADER;
import static org.oversight.policedata.PoliceFiles.streetRow;
import static org.oversight.policedata.PoliceFiles.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Importing data.police.uk files into the embedded PostgreSQL. */
@SpringBootTest
class PoliceDataImportTest {

    static final YearMonth APRIL_2024 = YearMonth.of(2024, 4);

    @Autowired
    PoliceDataApi policeData;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @BeforeEach
    void startEmpty() {
        policeData.batches().forEach(batch -> policeData.removeBatch(batch.id(), "test"));
    }

    private List<FileImportResult> importPaths(Path... paths) {
        return policeData.importPaths(List.of(paths), false, "test", ImportListener.NONE);
    }

    private FileImportResult importOne(Path path) {
        List<FileImportResult> results = importPaths(path);
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    /** Everything stored: batches, rows and counts. */
    private String fingerprint() {
        return jdbc.sql(
                        """
                        SELECT md5(concat_ws('#',
                          (SELECT string_agg(t::text, '|' ORDER BY t::text) FROM policedata.import_batch t),
                          (SELECT string_agg(t::text, '|' ORDER BY t::text) FROM policedata.street_crime t),
                          (SELECT string_agg(t::text, '|' ORDER BY t::text) FROM policedata.outcome t),
                          (SELECT string_agg(t::text, '|' ORDER BY t::text) FROM policedata.stop_search t),
                          (SELECT string_agg(t::text, '|' ORDER BY t::text) FROM policedata.street_count t),
                          (SELECT string_agg(t::text, '|' ORDER BY t::text) FROM policedata.stop_search_count t),
                          (SELECT count(*) FROM pg_tables WHERE schemaname = 'policedata')::text))
                        """)
                .query(String.class)
                .single();
    }

    private long sumOfCounts(PoliceDataKind kind, String force, String field) {
        return policeData.counts(kind, force, APRIL_2024, List.of(field)).total();
    }

    @Test
    void theRealSamplesImportWithEveryRowAndCountsThatAddUpToTheFiles() throws IOException {
        List<FileImportResult> results = importPaths(PoliceFiles.realSamples(folder));

        assertThat(results).extracting(FileImportResult::status).containsOnly(ImportStatus.IMPORTED);
        assertThat(results).extracting(FileImportResult::rowsAccepted).containsExactlyInAnyOrder(430L, 231L, 137L);
        assertThat(sumOfCounts(PoliceDataKind.STREET, "west-midlands", "crime-type"))
                .isEqualTo(430);
        assertThat(policeData
                        .counts(PoliceDataKind.STREET, "west-midlands", APRIL_2024, List.of("crime-type"))
                        .rows())
                .contains(new PoliceCounts.Row(List.of("Anti-social behaviour"), 47));
        assertThat(policeData
                        .counts(PoliceDataKind.STREET, "west-midlands", APRIL_2024, List.of("last-outcome-category"))
                        .rows())
                .contains(
                        new PoliceCounts.Row(List.of("Court result unavailable"), 22),
                        new PoliceCounts.Row(List.of("Status update unavailable"), 5),
                        new PoliceCounts.Row(List.of(""), 47));
        assertThat(policeData
                        .counts(PoliceDataKind.OUTCOMES, "west-midlands", APRIL_2024, List.of("district"))
                        .rows())
                .contains(
                        new PoliceCounts.Row(List.of("Birmingham"), 92), new PoliceCounts.Row(List.of("Solihull"), 10));
        assertThat(policeData
                        .counts(
                                PoliceDataKind.STOP_AND_SEARCH,
                                "wiltshire",
                                APRIL_2024,
                                List.of("officer-defined-ethnicity"))
                        .rows())
                .contains(new PoliceCounts.Row(List.of(""), 19));
        assertThat(sumOfCounts(PoliceDataKind.STOP_AND_SEARCH, "wiltshire", "outcome"))
                .isEqualTo(137);
        FileImportResult stopSearch = results.stream()
                .filter(r -> r.kind() == PoliceDataKind.STOP_AND_SEARCH)
                .findFirst()
                .orElseThrow();
        assertThat(stopSearch.duplicateRows()).isEqualTo(1);
        assertThat(stopSearch.quality().missingCoordinates()).isEqualTo(2);
        assertThat(stopSearch.quality().missingEthnicity()).isEqualTo(19);
    }

    @Test
    void storedCountsForPerformanceWorkEqualTheStoredRows() throws IOException {
        importPaths(PoliceFiles.realSamples(folder));
        long rows = jdbc.sql("SELECT count(*) FROM policedata.street_crime")
                .query(Long.class)
                .single();
        long counted = jdbc.sql("SELECT sum(n) FROM policedata.street_count")
                .query(Long.class)
                .single();
        long searches = jdbc.sql("SELECT count(*) FROM policedata.stop_search")
                .query(Long.class)
                .single();
        List<Long> perField = jdbc.sql("SELECT sum(n) FROM policedata.stop_search_count GROUP BY field")
                .query(Long.class)
                .list();
        assertThat(counted).isEqualTo(rows).isEqualTo(430);
        assertThat(perField).hasSize(11).containsOnly(searches);
    }

    @Test
    void importingAnIdenticalFileAgainChangesNothingAndSaysSo() throws IOException {
        importPaths(PoliceFiles.realSamples(folder));
        String before = fingerprint();

        List<FileImportResult> again = importPaths(folder);

        assertThat(again).extracting(FileImportResult::status).containsOnly(ImportStatus.UNCHANGED);
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void reimportingTheSameForceMonthAndKindReplacesTheEarlierLoadExactly() throws IOException {
        Path file = write(
                folder,
                "2024-04-west-midlands-street.csv",
                STREET_HEADER + "\n"
                        + streetRow("a1", "2024-04", "Birmingham 001A", "Burglary", "Under investigation") + "\n"
                        + streetRow("a2", "2024-04", "Coventry 005A", "Robbery", "Under investigation") + "\n");
        importOne(file);
        write(
                folder,
                "2024-04-west-midlands-street.csv",
                STREET_HEADER + "\n" + streetRow("a1", "2024-04", "Birmingham 001A", "Burglary", "Suspect charged")
                        + "\n");

        FileImportResult result = importOne(file);

        assertThat(result.status()).isEqualTo(ImportStatus.REPLACED);
        assertThat(policeData.batches()).hasSize(1);
        assertThat(policeData
                        .counts(
                                PoliceDataKind.STREET,
                                "west-midlands",
                                APRIL_2024,
                                List.of("crime-type", "last-outcome-category"))
                        .rows())
                .containsExactly(new PoliceCounts.Row(List.of("Burglary", "Suspect charged"), 1));
    }

    @Test
    void aWrongHeaderIsRefusedWithItsLineAndColumnAndNothingChanges() throws IOException {
        importPaths(PoliceFiles.realSamples(folder));
        String before = fingerprint();
        Path file = write(
                folder,
                "2024-05-west-midlands-street.csv",
                STREET_HEADER.replace("Crime type", "Crime Type") + "\n"
                        + streetRow("a1", "2024-05", "Birmingham 001A", "Burglary", "") + "\n");

        FileImportResult result = importOne(file);

        assertThat(result.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(result.problem().line()).isEqualTo(1);
        assertThat(result.problem().column()).isEqualTo(10);
        assertThat(result.problem().message()).contains("'Crime Type' but must be 'Crime type'");
        assertThat(result.rowsRejected()).isEqualTo(1);
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aRowWithTheWrongNumberOfColumnsIsRefusedWithItsLine() throws IOException {
        Path file = write(
                folder,
                "2024-04-west-midlands-street.csv",
                STREET_HEADER + "\n"
                        + streetRow("a1", "2024-04", "Birmingham 001A", "Burglary", "") + "\n"
                        + streetRow("a2", "2024-04", "Birmingham 001A", "Burglary", "") + ",extra\n");

        FileImportResult result = importOne(file);

        assertThat(result.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(result.problem().toString())
                .startsWith("line 3, column 13: the row has 13 columns but a street file has 12");
        assertThat(policeData.batches()).isEmpty();
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM pg_tables WHERE schemaname = 'policedata' AND tablename ~ '_b[0-9]+$'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aMonthThatDisagreesWithTheFileNameIsRefused() throws IOException {
        Path file = write(
                folder,
                "2024-04-west-midlands-street.csv",
                STREET_HEADER + "\n"
                        + streetRow("a1", "2024-04", "Birmingham 001A", "Burglary", "") + "\n"
                        + streetRow("a2", "2024-03", "Birmingham 001A", "Burglary", "") + "\n");

        FileImportResult result = importOne(file);

        assertThat(result.problem().toString())
                .startsWith("line 3, column 2: Month is '2024-03' but the file name says 2024-04");
        assertThat(policeData.batches()).isEmpty();
    }

    @Test
    void aForceThatDisagreesWithTheFileNameIsRefused() throws IOException {
        Path file = write(
                folder,
                "2024-04-wiltshire-street.csv",
                STREET_HEADER + "\n" + streetRow("a1", "2024-04", "Birmingham 001A", "Burglary", "") + "\n");

        assertThat(importOne(file).problem().message()).contains("Falls within is 'West Midlands Police'");
    }

    @Test
    void bytesThatAreNotTextAreRefusedWithTheirLineAndColumn() throws IOException {
        byte[] good = (STREET_HEADER + "\n" + streetRow("a1", "2024-04", "Birmingham 001A", "Burglary", "") + "\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bad = ("a2,2024-04,West Midlands Police,West Midlands Police,-1.8,52.5,On or near X")
                .getBytes(StandardCharsets.UTF_8);
        Path file = folder.resolve("2024-04-west-midlands-street.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(good);
            out.write(bad);
            out.write(new byte[] {(byte) 0xC3, (byte) 0x28});
            out.write(",E01009417,Birmingham 001A,Burglary,,\n".getBytes(StandardCharsets.UTF_8));
        }

        FileImportResult result = importOne(file);

        assertThat(result.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(result.problem().line()).isEqualTo(3);
        assertThat(result.problem().column()).isEqualTo(bad.length + 1);
        assertThat(result.problem().message()).contains("not valid UTF-8");
    }

    @Test
    void readsAByteOrderMarkWindowsLineEndingsAndQuotedFields() throws IOException {
        String text = "\uFEFF" + STREET_HEADER + "\r\n"
                + "a1,2024-04,West Midlands Police,West Midlands Police,-1.8,52.5,\"On or near \"\"The\"\" Mall, Corner\","
                + "E01009417,Birmingham 001A,Burglary,Under investigation,\r\n";
        Path file = write(folder, "2024-04-west-midlands-street.csv", text);

        FileImportResult result = importOne(file);

        assertThat(result.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(jdbc.sql("SELECT location FROM policedata.street_crime")
                        .query(String.class)
                        .single())
                .isEqualTo("On or near \"The\" Mall, Corner");
    }

    @Test
    void valuesOutsideTheKnownSetsAreKeptAndListed() throws IOException {
        Path file = write(
                folder,
                "2024-04-west-midlands-street.csv",
                STREET_HEADER + "\n"
                        + streetRow("a1", "2024-04", "Birmingham 001A", "Fraud and forgery", "") + "\n"
                        + streetRow("", "2024-04", "Birmingham 001A", "Anti-social behaviour", "") + "\n"
                        + streetRow("", "2024-04", "Birmingham 001A", "Anti-social behaviour", "") + "\n");

        FileImportResult result = importOne(file);

        assertThat(result.rowsAccepted()).isEqualTo(3);
        assertThat(result.duplicateRows()).isEqualTo(1);
        assertThat(result.quality().unexpected()).containsKey("Crime type");
        assertThat(result.quality().unexpected().get("Crime type")).containsEntry("Fraud and forgery", 1L);
        assertThat(policeData
                        .counts(PoliceDataKind.STREET, "west-midlands", APRIL_2024, List.of("crime-type"))
                        .rows())
                .contains(
                        new PoliceCounts.Row(List.of("Fraud and forgery"), 1),
                        new PoliceCounts.Row(List.of("Anti-social behaviour"), 2));
    }

    @Test
    void aSearchBelongsToItsMonthInLondonTime() throws IOException {
        String row = ",,,51.6,-1.7,Male,18-24,Other ethnic group - Not stated,White,"
                + "Misuse of Drugs Act 1971 (section 23),Controlled drugs,A no further action disposal,,False";
        Path april = write(
                folder,
                "2024-04-wiltshire-stop-and-search.csv",
                STOP_SEARCH_HEADER + "\n" + "Person search,2024-03-31T23:00:00+00:00" + row + "\n");
        assertThat(importOne(april).status()).isEqualTo(ImportStatus.IMPORTED);

        Path march = write(
                folder,
                "2024-04-dorset-stop-and-search.csv",
                STOP_SEARCH_HEADER + "\n" + "Person search,2024-03-31T22:59:00+00:00" + row + "\n");
        assertThat(importOne(march).problem().toString())
                .contains("line 2, column 2")
                .contains("is in 2024-03 in Europe/London time");
    }

    @Test
    void removingABatchRemovesExactlyItsRows() throws IOException {
        importPaths(PoliceFiles.realSamples(folder));
        ImportBatch street = policeData
                .batch(PoliceDataKind.STREET, "west-midlands", APRIL_2024)
                .orElseThrow();

        assertThat(policeData.removeBatch(street.id(), "test")).isTrue();

        assertThat(jdbc.sql("SELECT count(*) FROM policedata.street_crime")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM policedata.street_count")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM policedata.outcome")
                        .query(Long.class)
                        .single())
                .isEqualTo(231);
        assertThat(jdbc.sql("SELECT count(*) FROM policedata.stop_search")
                        .query(Long.class)
                        .single())
                .isEqualTo(137);
    }

    @Test
    void importsTheArchiveZipAsPublished() throws IOException {
        PoliceFiles.realSamples(folder.resolve("unpacked"));
        Path zip = folder.resolve("archive.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            try (var files = Files.walk(folder.resolve("unpacked"))) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    out.putNextEntry(new ZipEntry("2024-04/" + file.getFileName()));
                    Files.copy(file, out);
                    out.closeEntry();
                }
            }
        }

        List<FileImportResult> results = importPaths(zip);

        assertThat(results).hasSize(3).allSatisfy(result -> {
            assertThat(result.status()).isEqualTo(ImportStatus.IMPORTED);
            assertThat(result.file()).startsWith("archive.zip!/2024-04/");
        });
    }

    @Test
    void aFileNameThatIsNotDataPoliceUksIsRefused() throws IOException {
        Path file = write(folder, "crimes.csv", STREET_HEADER + "\n");
        assertThat(importOne(file).problem().message()).contains("the file name must say the month, force and kind");
    }

    @Test
    void anImportThatFailsHalfwayLeavesNothingBehind() throws IOException {
        StringBuilder text = new StringBuilder(STREET_HEADER).append('\n');
        for (int i = 0; i < 50_000; i++) {
            text.append(streetRow("c" + i, "2024-04", "Birmingham 001A", "Burglary", ""))
                    .append('\n');
        }
        Path file = write(folder, "2024-04-west-midlands-street.csv", text.toString());
        ImportListener failing = new ImportListener() {
            @Override
            public void progressed(String name, long bytesRead, long rowsRead) {
                if (rowsRead >= 20_000) {
                    throw new IllegalStateException("the process stops here");
                }
            }
        };

        List<FileImportResult> results = policeData.importPaths(List.of(file, file), false, "test", failing);

        assertThat(results).hasSize(2).allSatisfy(result -> {
            assertThat(result.status()).isEqualTo(ImportStatus.REFUSED);
            // What went wrong is Oversight's, logged with a reference; the file's result says so in words.
            assertThat(result.problem().message())
                    .contains("a fault in Oversight, not in the file (reference ")
                    .contains("nothing was stored")
                    .doesNotContain("the process stops here");
        });

        assertThat(policeData.batches()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM policedata.street_crime")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void countsStreetCrimesByMonthForTheForceADistrictAndAnAreaSet() throws IOException {
        importPaths(PoliceFiles.realSamples(folder));
        policeData.importAreaSet(
                "Test impact area",
                "impact.csv",
                new java.io.ByteArrayInputStream("lsoa_code\nE01009417\n".getBytes(StandardCharsets.UTF_8)),
                "test");
        YearMonth march = YearMonth.of(2024, 3);

        assertThat(policeData.monthlyStreetCounts(Area.force("west-midlands"), List.of(), List.of(), march, APRIL_2024))
                .containsExactly(java.util.Map.entry(APRIL_2024, 430L));
        assertThat(policeData.monthlyStreetCounts(
                        Area.district("west-midlands", "Birmingham"),
                        List.of("Burglary"),
                        List.of(),
                        march,
                        APRIL_2024))
                .containsExactly(java.util.Map.entry(APRIL_2024, 13L));
        assertThat(policeData.monthlyStreetCounts(
                        Area.district("west-midlands", "Coventry"), List.of("Burglary"), List.of(), march, APRIL_2024))
                .as("a month with data but no such crimes counts 0; a month without data is absent")
                .containsExactly(java.util.Map.entry(APRIL_2024, 0L));
        long inArea = jdbc.sql("SELECT count(*) FROM policedata.street_crime WHERE lsoa_code = 'E01009417'")
                .query(Long.class)
                .single();
        assertThat(policeData.monthlyStreetCounts(
                        Area.areaSet("west-midlands", "Test impact area"), List.of(), List.of(), march, APRIL_2024))
                .containsExactly(java.util.Map.entry(APRIL_2024, inArea));
        assertThat(policeData.monthlyOutcomeCounts(
                        Area.force("west-midlands"), List.of("Suspect charged"), march, APRIL_2024))
                .containsKey(APRIL_2024);
    }
}
