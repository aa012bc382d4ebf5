package org.oversight.policedata.demo;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.oversight.policedata.PoliceDataKind;

/**
 * Generated demonstration data for West Midlands Police, shaped exactly like data.police.uk's monthly
 * archive files (same columns, same value vocabularies, same quirks: empty ids for anti-social
 * behaviour, "No Location" rows, UTC stop-and-search dates, exact repeated rows) with plausible levels,
 * seasons and trends for 2012–2015. Not real police data: the folder says so in
 * {@value #NOTICE_FILE}. The same seed always gives byte-identical files.
 */
public final class DemonstrationData {

    static final String GENERATOR_VERSION = "1";
    static final String NOTICE_FILE = "DEMONSTRATION-DATA.txt";
    static final String FORCE = "West Midlands Police";
    static final String FORCE_SLUG = "west-midlands";

    /** About one outcome row in 2,000 is repeated exactly, as in the published files. */
    private static final double OUTCOME_REPEAT_SHARE = 1.0 / 2000;

    private DemonstrationData() {}

    /**
     * Writes {@code months} consecutive months from {@code first} in the archive layout
     * {@code folder/YYYY-MM/YYYY-MM-west-midlands-<kind>.csv}, and the notice that the files are made up.
     * Outcome rows refer only to crimes in the street files written here (this month's or up to six
     * months earlier), so the first months have fewer of them. Each street file's "Last outcome
     * category" is as seen at the last month written.
     *
     * @return the files written, month by month: street, outcomes, stop-and-search
     */
    public static List<Path> write(Path folder, YearMonth first, int months, long seed) throws IOException {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(first, "first");
        if (months < 1) {
            throw new IllegalArgumentException("months must be at least 1, was " + months);
        }
        Files.createDirectories(folder);
        YearMonth asAt = first.plusMonths(months - 1L);
        Deque<MonthOfCrimes> recent = new ArrayDeque<>();
        List<Path> written = new ArrayList<>(3 * months);
        for (int i = 0; i < months; i++) {
            YearMonth month = first.plusMonths(i);
            Path monthFolder = Files.createDirectories(folder.resolve(month.toString()));

            Path street = monthFolder.resolve(fileName(month, PoliceDataKind.STREET));
            int[] counts = StreetCrimes.monthlyCounts(month, SeededRandom.forPart(seed, "levels", month));
            List<StreetCrimes.Crime> crimes = new ArrayList<>(counts.length * 1000);
            writeStreet(street, month, counts, asAt, SeededRandom.forPart(seed, "street", month), crimes);
            recent.addLast(new MonthOfCrimes(month, crimes));
            while (recent.size() > OutcomeHistory.OUTCOME_WINDOW + 1) {
                recent.removeFirst();
            }

            Path outcomes = monthFolder.resolve(fileName(month, PoliceDataKind.OUTCOMES));
            writeOutcomes(outcomes, month, recent, SeededRandom.forPart(seed, "outcomes", month));

            Path stopAndSearch = monthFolder.resolve(fileName(month, PoliceDataKind.STOP_AND_SEARCH));
            writeStopAndSearch(stopAndSearch, month, SeededRandom.forPart(seed, "stop-and-search", month));

            written.add(street);
            written.add(outcomes);
            written.add(stopAndSearch);
        }
        Files.writeString(folder.resolve(NOTICE_FILE), notice(first, months, seed), StandardCharsets.UTF_8);
        return written;
    }

    /**
     * Writes one street file with exactly {@code rows} data rows for {@code month}, with the month's
     * usual mix of crime types and places and outcomes as seen in that same month. Streams: memory
     * stays the same whatever the number of rows.
     */
    public static void writeStreetFile(Path file, YearMonth month, int rows, long seed) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(month, "month");
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative, was " + rows);
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        int[] counts = StreetCrimes.countsForRows(month, rows, SeededRandom.forPart(seed, "levels", month));
        writeStreet(file, month, counts, month, SeededRandom.forPart(seed, "street", month), null);
    }

    static String fileName(YearMonth month, PoliceDataKind kind) {
        return month + "-" + FORCE_SLUG + "-" + kind.slug() + ".csv";
    }

    private record MonthOfCrimes(YearMonth month, List<StreetCrimes.Crime> crimes) {}

    private static CsvWriter csv(Path file, PoliceDataKind kind) throws IOException {
        CsvWriter writer = CsvWriter.builder()
                .lineDelimiter(LineDelimiter.LF)
                .bufferSize(64 * 1024)
                .build(file, StandardCharsets.UTF_8);
        writer.writeRecord(kind.header());
        return writer;
    }

    /** Writes the street file; keeps the crimes (not anti-social behaviour) in {@code kept} if given. */
    private static void writeStreet(
            Path file,
            YearMonth month,
            int[] counts,
            YearMonth asAt,
            SeededRandom random,
            List<StreetCrimes.Crime> kept)
            throws IOException {
        String monthText = month.toString();
        int age = (int) (asAt.getYear() * 12L + asAt.getMonthValue() - month.getYear() * 12L - month.getMonthValue());
        try (CsvWriter writer = csv(file, PoliceDataKind.STREET)) {
            StreetCrimes.generate(counts, random, crime -> {
                String lastOutcome =
                        crime.history() == null ? "" : crime.history().lastOutcomeCategory(age);
                writer.writeRecord(
                        crime.id(),
                        monthText,
                        FORCE,
                        FORCE,
                        crime.point() == null ? "" : crime.point().longitude(),
                        crime.point() == null ? "" : crime.point().latitude(),
                        crime.point() == null ? "No Location" : crime.point().location(),
                        crime.lsoa() == null ? "" : crime.lsoa().code(),
                        crime.lsoa() == null ? "" : crime.lsoa().name(),
                        crime.type().label(),
                        lastOutcome,
                        "");
                if (kept != null && crime.type().isCrime()) {
                    kept.add(crime);
                }
            });
        }
    }

    private record OutcomeEvent(StreetCrimes.Crime crime, String outcomeType) {}

    private static void writeOutcomes(Path file, YearMonth month, Deque<MonthOfCrimes> recent, SeededRandom random)
            throws IOException {
        List<OutcomeEvent> events = new ArrayList<>();
        for (MonthOfCrimes earlier : recent) {
            int lag = (int) (month.getYear() * 12L
                    + month.getMonthValue()
                    - earlier.month().getYear() * 12L
                    - earlier.month().getMonthValue());
            for (StreetCrimes.Crime crime : earlier.crimes()) {
                String outcomeType = crime.history().outcomeAt(lag);
                if (outcomeType != null) {
                    events.add(new OutcomeEvent(crime, outcomeType));
                }
            }
        }
        // Published outcomes files follow no order a reader could rely on; shuffle so none is implied.
        int[] order = new int[events.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        random.shuffle(order, order.length);
        String monthText = month.toString();
        try (CsvWriter writer = csv(file, PoliceDataKind.OUTCOMES)) {
            for (int index : order) {
                OutcomeEvent event = events.get(index);
                StreetCrimes.Crime crime = event.crime();
                String[] row = {
                    crime.id(),
                    monthText,
                    FORCE,
                    FORCE,
                    crime.point() == null ? "" : crime.point().longitude(),
                    crime.point() == null ? "" : crime.point().latitude(),
                    crime.point() == null ? "No Location" : crime.point().location(),
                    crime.lsoa() == null ? "" : crime.lsoa().code(),
                    crime.lsoa() == null ? "" : crime.lsoa().name(),
                    event.outcomeType()
                };
                writer.writeRecord(row);
                if (random.chance(OUTCOME_REPEAT_SHARE)) {
                    writer.writeRecord(row);
                }
            }
        }
    }

    private static void writeStopAndSearch(Path file, YearMonth month, SeededRandom random) throws IOException {
        try (CsvWriter writer = csv(file, PoliceDataKind.STOP_AND_SEARCH)) {
            for (String[] row : StopSearches.month(month, random)) {
                writer.writeRecord(row);
            }
        }
    }

    private static String notice(YearMonth first, int months, long seed) {
        YearMonth last = first.plusMonths(months - 1L);
        return String.format(
                Locale.ROOT,
                """
                DEMONSTRATION DATA - NOT REAL POLICE DATA

                The CSV files in this folder were generated by Oversight's demonstration-data
                generator. They are made up. They are laid out and written like the monthly files
                that data.police.uk publishes for %s (street crime, outcomes and stop and
                search), with plausible levels, seasons and trends, but no row describes a real
                crime, outcome, place or search, and no figure from them may be quoted as a police
                statistic.

                Force: %s (%s)
                Months: %s to %s (%d months)
                Seed: %d
                Generator version: %s

                The same seed and generator version always give byte-identical files.
                """,
                FORCE,
                FORCE,
                FORCE_SLUG,
                first,
                last,
                months,
                seed,
                GENERATOR_VERSION);
    }
}
