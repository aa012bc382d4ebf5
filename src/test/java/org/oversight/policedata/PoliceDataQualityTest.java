package org.oversight.policedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the data-quality summary says about malformed values and rows without a district, on the
 * real April 2024 West Midlands sample with a few of its rows spoiled as real files are.
 */
@SpringBootTest
class PoliceDataQualityTest {

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

    /** The real street sample (430 rows) as a month's file, each data line changed by {@code change}. */
    private Path realStreet(YearMonth month, Map<Integer, UnaryOperator<String[]>> changes) throws IOException {
        List<String> lines = Files.readAllLines(
                PoliceFiles.realData().resolve("2024-04-west-midlands-street-head.csv"), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        out.add(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            String[] fields = lines.get(i).split(",", -1);
            fields[1] = month.toString();
            int line = i + 1;
            if (changes.containsKey(line)) {
                fields = changes.get(line).apply(fields);
            }
            out.add(String.join(",", fields));
        }
        Path file = folder.resolve(month + "-west-midlands-street.csv");
        Files.write(file, out, StandardCharsets.UTF_8);
        return file;
    }

    private FileImportResult importOne(Path file) {
        List<FileImportResult> results = policeData.importPaths(List.of(file), false, "test", ImportListener.NONE);
        assertThat(results).hasSize(1);
        assertThat(results.get(0).status()).isEqualTo(ImportStatus.IMPORTED);
        return results.get(0);
    }

    private static UnaryOperator<String[]> set(int field, String value) {
        return fields -> {
            fields[field] = value;
            return fields;
        };
    }

    /** As data.police.uk publishes a crime it could not place: no coordinates, "No Location", no LSOA. */
    private static String[] noLocation(String[] fields) {
        fields[4] = "";
        fields[5] = "";
        fields[6] = "No Location";
        fields[7] = "";
        fields[8] = "";
        return fields;
    }

    @Test
    void aLongitudeThatIsNotANumberIsKeptAsPublishedAndListedAsInvalidWithItsLine() throws IOException {
        FileImportResult result = importOne(realStreet(APRIL_2024, Map.of(5, set(4, "notanumber"))));

        DataQuality quality = result.quality();
        assertThat(quality.rows()).isEqualTo(430);
        assertThat(quality.formatsChecked()).isTrue();
        assertThat(quality.invalidByField()).containsOnlyKeys("Longitude");
        assertThat(quality.invalidByField().get("Longitude"))
                .isEqualTo(new DataQuality.InvalidValues(1, List.of(5L), List.of("notanumber")));
        assertThat(quality.missingCoordinates()).isZero();
        assertThat(quality.invalidCoordinates()).isEqualTo(1);
        assertThat(quality.withCoordinates())
                .as("never counted as having coordinates")
                .isEqualTo(429);
        assertThat(jdbc.sql("SELECT longitude FROM policedata.street_crime WHERE line_number = 5")
                        .query(String.class)
                        .single())
                .isEqualTo("notanumber");
        assertThat(policeData.batch(result.batchId()).orElseThrow().quality())
                .as("stored with the batch")
                .isEqualTo(quality);
    }

    @Test
    void aSearchsLatitudeThatIsNotANumberIsListedAsInvalidWithItsLine() throws IOException {
        List<String> lines = Files.readAllLines(
                PoliceFiles.realData().resolve("2024-04-wiltshire-stop-and-search.csv"), StandardCharsets.UTF_8);
        String[] fields = lines.get(3).split(",", -1);
        fields[4] = "fifty-one";
        lines.set(3, String.join(",", fields));
        Path file = folder.resolve("2024-04-wiltshire-stop-and-search.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);

        DataQuality quality = importOne(file).quality();

        assertThat(quality.invalidByField()).containsOnlyKeys("Latitude");
        assertThat(quality.invalidByField().get("Latitude"))
                .isEqualTo(new DataQuality.InvalidValues(1, List.of(4L), List.of("fifty-one")));
        assertThat(quality.invalidCoordinates()).isEqualTo(1);
    }

    @Test
    void theFirstTwentyLinesOfEachFieldAreKeptAndTheRestCounted() throws IOException {
        Map<Integer, UnaryOperator<String[]>> changes = new java.util.HashMap<>();
        for (int line = 10; line < 35; line++) {
            changes.put(line, set(5, line % 2 == 0 ? "91.5" : "52.59.1"));
        }

        DataQuality.InvalidValues latitude = importOne(realStreet(APRIL_2024, changes))
                .quality()
                .invalidByField()
                .get("Latitude");

        assertThat(latitude.rows()).isEqualTo(25);
        assertThat(latitude.firstLines()).hasSize(20).startsWith(10L, 11L).endsWith(29L);
        assertThat(latitude.moreLines()).isEqualTo(5);
        assertThat(latitude.examples()).containsExactly("91.5", "52.59.1");
    }

    @Test
    void lsoaCodesNotShapedLikeEnglishOrWelshOnesAndPlacesOutsideEnglandAndWalesAreListed() throws IOException {
        DataQuality quality = importOne(
                        realStreet(APRIL_2024, Map.of(7, set(7, "E1009417"), 8, set(4, "2.5"), 9, fields -> {
                            fields[4] = fields[5];
                            fields[5] = "-1.8";
                            return fields;
                        })))
                .quality();

        assertThat(quality.invalidByField().get("LSOA code"))
                .isEqualTo(new DataQuality.InvalidValues(1, List.of(7L), List.of("E1009417")));
        assertThat(quality.outsideEnglandAndWales().rows()).isEqualTo(2);
        assertThat(quality.outsideEnglandAndWales().firstLines()).containsExactly(8L, 9L);
        assertThat(quality.invalidCoordinates()).isZero();
    }

    @Test
    void theDistrictsAndTheRowsWithNoDistrictAddUpToTheForce() throws IOException {
        // Lines 2-4 could not be placed (no LSOA at all); line 6's LSOA name gives no district.
        Map<Integer, UnaryOperator<String[]>> changes = Map.of(
                2, PoliceDataQualityTest::noLocation,
                3, PoliceDataQualityTest::noLocation,
                4, PoliceDataQualityTest::noLocation,
                6, set(8, "Somewhere in Birmingham"));
        DataQuality quality = importOne(realStreet(APRIL_2024, changes)).quality();
        importOne(realStreet(YearMonth.of(2024, 5), Map.of(2, PoliceDataQualityTest::noLocation)));

        assertThat(quality.missingLsoa()).isEqualTo(3);
        assertThat(quality.unknownDistrict()).isEqualTo(1);
        assertThat(quality.noDistrict()).isEqualTo(4);
        assertThat(quality.missingLsoaName()).isEqualTo(3);
        assertThat(quality.missingCoordinates()).isEqualTo(3);

        PoliceCounts byDistrict =
                policeData.counts(PoliceDataKind.STREET, "west-midlands", APRIL_2024, List.of("district"));
        assertThat(byDistrict.total()).isEqualTo(430);
        assertThat(byDistrict.rows()).contains(new PoliceCounts.Row(List.of(""), 4));

        YearMonth may = YearMonth.of(2024, 5);
        for (List<String> crimeTypes : List.of(List.<String>of(), List.of("Burglary", "Robbery"))) {
            Map<YearMonth, Long> force =
                    policeData.monthlyStreetCounts(Area.force("west-midlands"), crimeTypes, List.of(), APRIL_2024, may);
            Map<YearMonth, Long> sum = new java.util.TreeMap<>(policeData.monthlyStreetCounts(
                    Area.noDistrict("west-midlands"), crimeTypes, List.of(), APRIL_2024, may));
            for (String district : policeData.districts("west-midlands")) {
                policeData
                        .monthlyStreetCounts(
                                Area.district("west-midlands", district), crimeTypes, List.of(), APRIL_2024, may)
                        .forEach((month, n) -> sum.merge(month, n, Long::sum));
            }
            assertThat(sum).as("crime types %s", crimeTypes).isEqualTo(force).hasSize(2);
        }
        assertThat(policeData.monthlyStreetCounts(
                        Area.noDistrict("west-midlands"), List.of(), List.of(), APRIL_2024, may))
                .containsExactly(Map.entry(APRIL_2024, 4L), Map.entry(may, 1L));
        assertThat(Area.noDistrict("west-midlands").name()).isEqualTo("No district recorded");
    }

    @Test
    void outcomesByDistrictAndWithNoDistrictAddUpToTheForce() throws IOException {
        List<String> lines = Files.readAllLines(
                PoliceFiles.realData().resolve("2024-04-west-midlands-outcomes-head.csv"), StandardCharsets.UTF_8);
        lines.set(2, lines.get(2).replaceFirst(",E01[0-9]{6},[^,]*,", ",,,"));
        Path file = folder.resolve("2024-04-west-midlands-outcomes.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        importOne(file);

        long force = policeData
                .monthlyOutcomeCounts(Area.force("west-midlands"), List.of(), APRIL_2024, APRIL_2024)
                .get(APRIL_2024);
        long noDistrict = policeData
                .monthlyOutcomeCounts(Area.noDistrict("west-midlands"), List.of(), APRIL_2024, APRIL_2024)
                .get(APRIL_2024);
        long districts = 0;
        for (String district :
                List.of("Birmingham", "Coventry", "Dudley", "Sandwell", "Solihull", "Walsall", "Wolverhampton")) {
            districts += policeData
                    .monthlyOutcomeCounts(Area.district("west-midlands", district), List.of(), APRIL_2024, APRIL_2024)
                    .get(APRIL_2024);
        }
        assertThat(noDistrict).isEqualTo(1);
        assertThat(districts + noDistrict).isEqualTo(force).isEqualTo(231);
    }
}
