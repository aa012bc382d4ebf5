package org.oversight.policedata.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.policedata.PoliceDataKind;

/** Generates fifteen months (October 2013 to December 2014) once, and checks them as a reader would. */
class DemonstrationDataTest {

    private static final long SEED = 42;
    private static final YearMonth FIRST = YearMonth.of(2013, 10);
    private static final int MONTHS = 15;
    private static final List<YearMonth> ALL_MONTHS =
            IntStream.range(0, MONTHS).mapToObj(FIRST::plusMonths).toList();
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final Set<String> CRIME_TYPES = Set.of(
            "Anti-social behaviour",
            "Bicycle theft",
            "Burglary",
            "Criminal damage and arson",
            "Drugs",
            "Other crime",
            "Other theft",
            "Possession of weapons",
            "Public order",
            "Robbery",
            "Shoplifting",
            "Theft from the person",
            "Vehicle crime",
            "Violence and sexual offences");

    private static final Pattern CRIME_ID = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern COORDINATE = Pattern.compile("-?\\d{1,2}\\.\\d{6}");
    private static final Pattern LSOA_CODE = Pattern.compile("E01\\d{6}");
    private static final Pattern LSOA_NAME =
            Pattern.compile("(Birmingham|Coventry|Dudley|Sandwell|Solihull|Walsall|Wolverhampton) \\d{3}[A-Z]");

    @TempDir
    static Path folder;

    private static List<Path> written;

    @BeforeAll
    static void generate() throws IOException {
        written = DemonstrationData.write(folder, FIRST, MONTHS, SEED);
    }

    @Test
    void writesStreetOutcomesAndStopAndSearchFilesForEachMonthInTheArchiveLayout() {
        List<Path> expected = new ArrayList<>();
        for (YearMonth month : ALL_MONTHS) {
            expected.add(file(month, PoliceDataKind.STREET));
            expected.add(file(month, PoliceDataKind.OUTCOMES));
            expected.add(file(month, PoliceDataKind.STOP_AND_SEARCH));
        }
        assertThat(written).containsExactlyElementsOf(expected);
        assertThat(expected).allMatch(Files::isRegularFile);
        assertThat(folder.resolve("2013-10/2013-10-west-midlands-stop-and-search.csv"))
                .isEqualTo(file(FIRST, PoliceDataKind.STOP_AND_SEARCH));
    }

    @Test
    void saysBesideTheFilesThatTheyAreGeneratedAndNotRealPoliceData() throws IOException {
        String notice = Files.readString(folder.resolve("DEMONSTRATION-DATA.txt"));
        assertThat(notice.toLowerCase()).contains("not real police data", "generated");
        assertThat(notice).contains("Seed: 42", "Generator version: 1", "2013-10 to 2014-12");
    }

    @Test
    void startsEveryFileWithThePublishedHeader() throws IOException {
        for (Path path : written) {
            String firstLine = Files.readAllLines(path).get(0);
            assertThat(firstLine)
                    .as(path.toString())
                    .isEqualTo(String.join(",", kindOf(path).header()));
        }
    }

    @Test
    void writesUtf8WithoutByteOrderMarkWithLfLineEndingsAndAFinalNewline() throws IOException {
        for (Path path : written) {
            byte[] bytes = Files.readAllBytes(path);
            assertThat(bytes[0]).as(path.toString()).isNotEqualTo((byte) 0xEF);
            assertThat(bytes[bytes.length - 1]).as(path.toString()).isEqualTo((byte) '\n');
            assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\r");
        }
    }

    @Test
    void givesEveryRowExactlyTheHeadersNumberOfColumns() throws IOException {
        for (Path path : written) {
            int columns = kindOf(path).header().size();
            List<CsvRecord> records = read(path);
            assertThat(records).as(path.toString()).hasSizeGreaterThan(100);
            assertThat(records).as(path.toString()).allMatch(record -> record.getFieldCount() == columns);
        }
    }

    @Test
    void usesOnlyTheFourteenCrimeTypesAndNamesTheForceAndMonthOnEveryStreetRow() throws IOException {
        Set<String> seen = new HashSet<>();
        for (YearMonth month : ALL_MONTHS) {
            for (CsvRecord row : rows(month, PoliceDataKind.STREET)) {
                seen.add(row.getField(9));
                assertThat(row.getField(1)).isEqualTo(month.toString());
                assertThat(row.getField(2)).isEqualTo("West Midlands Police");
                assertThat(row.getField(3)).isEqualTo("West Midlands Police");
                assertThat(row.getField(11)).isEmpty();
            }
        }
        assertThat(seen).isEqualTo(CRIME_TYPES);
    }

    @Test
    void leavesCrimeIdAndOutcomeEmptyForAntiSocialBehaviourAndGivesEveryCrimeAUniqueHexId() throws IOException {
        Set<String> ids = new HashSet<>();
        for (YearMonth month : ALL_MONTHS) {
            for (CsvRecord row : rows(month, PoliceDataKind.STREET)) {
                if (row.getField(9).equals("Anti-social behaviour")) {
                    assertThat(row.getField(0)).isEmpty();
                    assertThat(row.getField(10)).isEmpty();
                } else {
                    assertThat(row.getField(0)).matches(CRIME_ID);
                    assertThat(row.getField(10)).isNotEmpty();
                    assertThat(ids.add(row.getField(0)))
                            .as("unique " + row.getField(0))
                            .isTrue();
                }
            }
        }
    }

    @Test
    void placesRowsAtSixDecimalPointsInTheForceAreaOrMarksThemNoLocation() throws IOException {
        Map<String, String> codeByName = new HashMap<>();
        int unlocated = 0;
        int total = 0;
        for (CsvRecord row : rows(YearMonth.of(2014, 6), PoliceDataKind.STREET)) {
            total++;
            if (row.getField(4).isEmpty()) {
                unlocated++;
                assertThat(row.getField(5)).isEmpty();
                assertThat(row.getField(6)).isEqualTo("No Location");
                assertThat(row.getField(7)).isEmpty();
                assertThat(row.getField(8)).isEmpty();
                continue;
            }
            assertThat(row.getField(4)).matches(COORDINATE);
            assertThat(row.getField(5)).matches(COORDINATE);
            assertThat(Double.parseDouble(row.getField(4))).isBetween(-2.21, -1.41);
            assertThat(Double.parseDouble(row.getField(5))).isBetween(52.34, 52.66);
            assertThat(row.getField(6)).startsWith("On or near ");
            assertThat(row.getField(7)).matches(LSOA_CODE);
            assertThat(row.getField(8)).matches(LSOA_NAME);
            String previous = codeByName.putIfAbsent(row.getField(8), row.getField(7));
            assertThat(previous).isIn(null, row.getField(7));
        }
        assertThat(unlocated).isBetween(total / 1000, total / 50);
        assertThat(new HashSet<>(codeByName.values())).hasSameSizeAs(codeByName.keySet());
    }

    @Test
    void sortsStreetRowsByLsoaNameWithUnlocatedRowsLast() throws IOException {
        List<String> names = rows(YearMonth.of(2014, 6), PoliceDataKind.STREET).stream()
                .map(row -> row.getField(8).isEmpty() ? "~" : row.getField(8))
                .toList();
        assertThat(names).isSorted();
    }

    @Test
    void recordsBetween750And950BurglariesEachMonthOf2014() throws IOException {
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(2014, m);
            assertThat(countOfType(month, "Burglary")).as(month.toString()).isBetween(750L, 950L);
        }
    }

    @Test
    void keepsMonthlyTotalsAtWestMidlandsLevels() throws IOException {
        for (YearMonth month : ALL_MONTHS) {
            List<CsvRecord> street = rows(month, PoliceDataKind.STREET);
            long asb = street.stream()
                    .filter(row -> row.getField(9).equals("Anti-social behaviour"))
                    .count();
            assertThat(street.size() - asb).as("crimes " + month).isBetween(10_000L, 13_500L);
            assertThat(asb).as("anti-social behaviour " + month).isBetween(5_000L, 8_500L);
            assertThat(rows(month, PoliceDataKind.STOP_AND_SEARCH))
                    .as("searches " + month)
                    .hasSizeBetween(1_100, 1_900);
        }
    }

    @Test
    void showsMoreAntiSocialBehaviourAndViolenceInSummerThanInWinter() throws IOException {
        List<YearMonth> winter = List.of(YearMonth.of(2013, 12), YearMonth.of(2014, 1), YearMonth.of(2014, 2));
        List<YearMonth> summer = List.of(YearMonth.of(2014, 6), YearMonth.of(2014, 7), YearMonth.of(2014, 8));
        for (String type : List.of("Anti-social behaviour", "Violence and sexual offences")) {
            long inWinter = 0;
            long inSummer = 0;
            for (int i = 0; i < 3; i++) {
                inWinter += countOfType(winter.get(i), type);
                inSummer += countOfType(summer.get(i), type);
            }
            assertThat(inSummer).as(type).isGreaterThan(inWinter * 11 / 10);
        }
    }

    @Test
    void showsCrimesOfTheLatestMonthMostlyUnderInvestigationAndOldOnesResolved() throws IOException {
        long latestUnderInvestigation = rows(YearMonth.of(2014, 12), PoliceDataKind.STREET).stream()
                .filter(row -> row.getField(10).equals("Under investigation"))
                .count();
        long oldestUnderInvestigation = rows(FIRST, PoliceDataKind.STREET).stream()
                .filter(row -> row.getField(10).equals("Under investigation"))
                .count();
        assertThat(latestUnderInvestigation).isGreaterThan(4_000);
        assertThat(oldestUnderInvestigation).isZero();
    }

    @Test
    void refersOutcomesOnlyToCrimesInTheSameOrEarlierStreetFilesAtTheSamePlace() throws IOException {
        Map<String, String> placeById = new HashMap<>();
        int repeats = 0;
        for (YearMonth month : ALL_MONTHS) {
            List<CsvRecord> street = rows(month, PoliceDataKind.STREET);
            for (CsvRecord row : street) {
                if (!row.getField(0).isEmpty()) {
                    placeById.put(row.getField(0), place(row));
                }
            }
            List<CsvRecord> outcomes = rows(month, PoliceDataKind.OUTCOMES);
            Set<String> distinct = new HashSet<>();
            for (CsvRecord row : outcomes) {
                assertThat(row.getField(1)).isEqualTo(month.toString());
                assertThat(row.getField(0)).matches(CRIME_ID);
                assertThat(placeById).containsEntry(row.getField(0), place(row));
                assertThat(row.getField(9)).isNotEmpty().isNotEqualTo("Under investigation");
                if (!distinct.add(String.join(",", row.getFields()))) {
                    repeats++;
                }
            }
            if (!month.isBefore(FIRST.plusMonths(6))) {
                double crimes = street.stream()
                        .filter(row -> !row.getField(0).isEmpty())
                        .count();
                assertThat(outcomes.size() / crimes).as(month.toString()).isBetween(0.6, 0.8);
            }
        }
        assertThat(repeats).isBetween(1, 200);
    }

    @Test
    void datesEveryStopAndSearchInTheFilesMonthInLondonTime() throws IOException {
        for (YearMonth month : ALL_MONTHS) {
            Instant previous = Instant.MIN;
            for (CsvRecord row : rows(month, PoliceDataKind.STOP_AND_SEARCH)) {
                assertThat(row.getField(1)).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:00\\+00:00");
                Instant date = OffsetDateTime.parse(row.getField(1)).toInstant();
                assertThat(YearMonth.from(date.atZone(LONDON))).isEqualTo(month);
                assertThat(date).isAfterOrEqualTo(previous);
                previous = date;
            }
        }
    }

    @Test
    void includesSearchesDatedTheDayBeforeInUtcInEverySummerTimeMonth() throws IOException {
        List<YearMonth> summerTime = ALL_MONTHS.stream()
                .filter(month -> LONDON.getRules()
                        .isDaylightSavings(month.atDay(1).atStartOfDay(LONDON).toInstant()))
                .toList();
        assertThat(summerTime).hasSize(8);
        for (YearMonth month : summerTime) {
            Instant midnightUtc = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            assertThat(rows(month, PoliceDataKind.STOP_AND_SEARCH))
                    .as(month.toString())
                    .anyMatch(row ->
                            OffsetDateTime.parse(row.getField(1)).toInstant().isBefore(midnightUtc));
        }
    }

    @Test
    void leavesThePersonEmptyForVehicleSearchesAndKeepsLegislationAndObjectConsistent() throws IOException {
        Map<String, Set<String>> objects = Map.of(
                "Misuse of Drugs Act 1971 (section 23)", Set.of("Controlled drugs"),
                "Police and Criminal Evidence Act 1984 (section 1)",
                        Set.of(
                                "Stolen goods",
                                "Offensive weapons",
                                "Article for use in theft",
                                "Articles for use in criminal damage",
                                "Fireworks",
                                "Anything to threaten or harm anyone"),
                "Criminal Justice and Public Order Act 1994 (section 60)",
                        Set.of("Offensive weapons", "Anything to threaten or harm anyone"),
                "Firearms Act 1968 (section 47)", Set.of("Firearms", "Evidence of offences under the Act"));
        Set<String> types = new HashSet<>();
        for (CsvRecord row : rows(YearMonth.of(2014, 7), PoliceDataKind.STOP_AND_SEARCH)) {
            types.add(row.getField(0));
            if (row.getField(0).equals("Vehicle search")) {
                assertThat(row.getFields().subList(6, 10)).containsOnly("");
            } else {
                assertThat(row.getField(8)).isNotEmpty();
            }
            assertThat(objects).containsKey(row.getField(10));
            assertThat(objects.get(row.getField(10))).contains(row.getField(11));
        }
        assertThat(types).containsExactlyInAnyOrder("Person search", "Person and Vehicle search", "Vehicle search");
    }

    @Test
    void repeatsAboutOneStopAndSearchRowInEveryHundredAndFifty() throws IOException {
        int rows = 0;
        int repeats = 0;
        for (YearMonth month : ALL_MONTHS) {
            Set<String> distinct = new HashSet<>();
            for (CsvRecord row : rows(month, PoliceDataKind.STOP_AND_SEARCH)) {
                rows++;
                if (!distinct.add(String.join(",", row.getFields()))) {
                    repeats++;
                }
            }
        }
        assertThat(repeats).isBetween(rows / 400, rows / 60);
    }

    @Test
    void writesByteIdenticalFilesForTheSameSeedAndDifferentOnesForAnother(@TempDir Path scratch) throws IOException {
        YearMonth start = YearMonth.of(2014, 3);
        List<Path> first = DemonstrationData.write(scratch.resolve("first"), start, 2, 7);
        List<Path> again = DemonstrationData.write(scratch.resolve("again"), start, 2, 7);
        List<Path> other = DemonstrationData.write(scratch.resolve("other"), start, 2, 8);
        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readAllBytes(again.get(i))).isEqualTo(Files.readAllBytes(first.get(i)));
            assertThat(Files.readAllBytes(other.get(i))).isNotEqualTo(Files.readAllBytes(first.get(i)));
        }
        assertThat(Files.readString(scratch.resolve("again/DEMONSTRATION-DATA.txt")))
                .isEqualTo(Files.readString(scratch.resolve("first/DEMONSTRATION-DATA.txt")));
    }

    @Test
    void writesExactlyTheRequestedNumberOfRowsToASingleStreetFile(@TempDir Path scratch) throws IOException {
        Path file = scratch.resolve("nested/2014-06-west-midlands-street.csv");
        DemonstrationData.writeStreetFile(file, YearMonth.of(2014, 6), 54_321, 3);
        List<CsvRecord> records = read(file);
        assertThat(records.get(0).getFields()).isEqualTo(PoliceDataKind.STREET.header());
        assertThat(records).hasSize(54_322);
        assertThat(records.subList(1, records.size()))
                .allMatch(row -> row.getFieldCount() == 12 && row.getField(1).equals("2014-06"));

        Path empty = scratch.resolve("empty.csv");
        DemonstrationData.writeStreetFile(empty, YearMonth.of(2014, 6), 0, 3);
        assertThat(Files.readString(empty)).isEqualTo(String.join(",", PoliceDataKind.STREET.header()) + "\n");
    }

    private static String place(CsvRecord row) {
        return String.join(",", row.getFields().subList(4, 9));
    }

    private static long countOfType(YearMonth month, String type) throws IOException {
        return rows(month, PoliceDataKind.STREET).stream()
                .filter(row -> row.getField(9).equals(type))
                .count();
    }

    private static Path file(YearMonth month, PoliceDataKind kind) {
        return folder.resolve(month.toString()).resolve(month + "-west-midlands-" + kind.slug() + ".csv");
    }

    private static PoliceDataKind kindOf(Path path) {
        String name = path.getFileName().toString();
        for (PoliceDataKind kind : PoliceDataKind.values()) {
            if (name.endsWith("-west-midlands-" + kind.slug() + ".csv")) {
                return kind;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** Data rows only. */
    private static List<CsvRecord> rows(YearMonth month, PoliceDataKind kind) throws IOException {
        List<CsvRecord> records = read(file(month, kind));
        return records.subList(1, records.size());
    }

    /** Every record, header included, parsed with quotes honoured and uneven rows let through to be checked. */
    private static List<CsvRecord> read(Path file) throws IOException {
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(file)) {
            return reader.stream().toList();
        }
    }
}
