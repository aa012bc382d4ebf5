package org.oversight.policedata.load;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks one kind of file's rows and writes them for COPY: every published column as it is, plus
 * the batch, the line number and what is derived (the district; a search's time).
 */
abstract class RowLoader {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    final PoliceFileName file;
    final QualityTracker quality = new QualityTracker();
    /** The monthly counts of the rows written, by the columns performance work groups by. */
    final Map<List<String>, long[]> counts = new HashMap<>();

    private final String month;
    /** The last "Falls within" value found to name the file's force (files repeat one value). */
    private String forceSeen;

    RowLoader(PoliceFileName file) {
        this.file = file;
        this.month = file.month().toString();
    }

    static RowLoader of(PoliceFileName file) {
        return switch (file.kind()) {
            case STREET -> new Street(file);
            case OUTCOMES -> new Outcomes(file);
            case STOP_AND_SEARCH -> new StopAndSearch(file);
        };
    }

    /** The partitioned table the rows go to. */
    abstract String table();

    /** The count table, and its grouping columns in the order of {@link #counts}' keys. */
    abstract String countTable();

    abstract String countColumns();

    /**
     * A smaller summary of the counts written beside them (street: by district without the LSOA), or
     * null when the kind has none; its columns, and how a count's key becomes a summary's key.
     */
    String summaryTable() {
        return null;
    }

    String summaryColumns() {
        return null;
    }

    List<String> summaryKey(List<String> countKey) {
        return countKey;
    }

    /** One instance of each value kept in the counts' keys: values repeat across millions of rows. */
    private final Map<String, String> values = new HashMap<>();

    void count(String... key) {
        long[] total = counts.get(Arrays.asList(key));
        if (total == null) {
            for (int i = 0; i < key.length; i++) {
                if (key[i] != null) {
                    key[i] = values.computeIfAbsent(key[i], value -> value);
                }
            }
            total = new long[1];
            counts.put(Arrays.asList(key), total);
        }
        total[0]++;
    }

    /** The columns COPY fills, in the order {@link #write} writes them. */
    abstract String columns();

    abstract void write(long batchId, long line, String[] fields, BinaryCopyWriter out) throws IOException, FileRefused;

    /** "Swindon 001A" → "Swindon"; null when the name does not end in such a code. */
    static String district(String lsoaName) {
        int n = lsoaName.length();
        if (n < 6 || lsoaName.charAt(n - 5) != ' ') {
            return null;
        }
        for (int i = n - 4; i < n - 1; i++) {
            if (!Character.isDigit(lsoaName.charAt(i))) {
                return null;
            }
        }
        return Character.isUpperCase(lsoaName.charAt(n - 1)) ? lsoaName.substring(0, n - 5) : null;
    }

    void checkMonthColumn(long line, String value) throws FileRefused {
        if (!value.equals(month)) {
            throw new FileRefused(
                    line, 2, "Month is '" + value + "' but the file name says " + month + ": the file is refused");
        }
    }

    void checkForce(long line, String fallsWithin) throws FileRefused {
        if (fallsWithin.equals(forceSeen)) {
            return;
        }
        if (!fallsWithin.isEmpty() && !file.isForce(fallsWithin)) {
            throw new FileRefused(
                    line,
                    4,
                    "Falls within is '" + fallsWithin + "' but the file name says the force is '" + file.force()
                            + "': the file is refused");
        }
        forceSeen = fallsWithin;
    }

    /** A street or outcomes row: batch, line, every published column, then the district. */
    static void copyWithDistrict(BinaryCopyWriter out, long batchId, long line, String[] fields, String district)
            throws IOException {
        out.startRow(fields.length + 3);
        out.bigint(batchId);
        out.integer((int) line);
        for (String field : fields) {
            out.text(field);
        }
        out.text(district);
    }

    /**
     * Checks a street or outcomes row's coordinates and LSOA, and returns its district (null when the
     * row has none: no LSOA name, or a name that does not end in a code like "001A").
     */
    String areaColumns(long line, String longitude, String latitude, String lsoaCode, String lsoaName) {
        quality.coordinates(line, "Longitude", longitude, "Latitude", latitude);
        quality.lsoaCode(line, "LSOA code", lsoaCode);
        String district = lsoaName.isEmpty() ? null : district(lsoaName);
        if (district == null) {
            quality.noDistrict++;
            if (!lsoaName.isEmpty()) {
                quality.unknownDistrict++;
            }
        }
        return district;
    }

    static final class Street extends RowLoader {
        Street(PoliceFileName file) {
            super(file);
        }

        String table() {
            return "street_crime";
        }

        String columns() {
            return "batch_id, line_number, crime_id, month, reported_by, falls_within, longitude, latitude, location,"
                    + " lsoa_code, lsoa_name, crime_type, last_outcome_category, context, district";
        }

        void write(long batchId, long line, String[] f, BinaryCopyWriter out) throws IOException, FileRefused {
            checkMonthColumn(line, f[1]);
            checkForce(line, f[3]);
            quality.row(f);
            String district = areaColumns(line, f[4], f[5], f[7], f[8]);
            quality.checkKnown("Crime type", f[9], KnownValues.CRIME_TYPES);
            quality.checkKnown("Last outcome category", f[10], KnownValues.OUTCOMES);
            boolean antisocial = f[9].equals("Anti-social behaviour");
            if (antisocial && !f[0].isEmpty()) {
                quality.note("anti-social behaviour rows with a Crime ID");
            } else if (!antisocial && f[0].isEmpty()) {
                quality.note("crimes without a Crime ID");
            }
            count(district, f[7], f[9], f[10]);
            copyWithDistrict(out, batchId, line, f, district);
        }

        String countTable() {
            return "street_count";
        }

        String countColumns() {
            return "district, lsoa_code, crime_type, last_outcome_category";
        }

        @Override
        String summaryTable() {
            return "street_district_count";
        }

        @Override
        String summaryColumns() {
            return "district, crime_type, last_outcome_category";
        }

        @Override
        List<String> summaryKey(List<String> countKey) {
            return Arrays.asList(countKey.get(0), countKey.get(2), countKey.get(3));
        }
    }

    static final class Outcomes extends RowLoader {
        Outcomes(PoliceFileName file) {
            super(file);
        }

        String table() {
            return "outcome";
        }

        String columns() {
            return "batch_id, line_number, crime_id, month, reported_by, falls_within, longitude, latitude, location,"
                    + " lsoa_code, lsoa_name, outcome_type, district";
        }

        void write(long batchId, long line, String[] f, BinaryCopyWriter out) throws IOException, FileRefused {
            checkMonthColumn(line, f[1]);
            checkForce(line, f[3]);
            quality.row(f);
            String district = areaColumns(line, f[4], f[5], f[7], f[8]);
            quality.checkKnown("Outcome type", f[9], KnownValues.OUTCOMES);
            if (f[0].isEmpty()) {
                quality.note("outcomes without a Crime ID");
            }
            count(district, f[7], f[9]);
            copyWithDistrict(out, batchId, line, f, district);
        }

        String countTable() {
            return "outcome_count";
        }

        String countColumns() {
            return "district, lsoa_code, outcome_type";
        }
    }

    static final class StopAndSearch extends RowLoader {
        /** Fields counted, by their index in the file and the name the counts use. */
        private static final String[][] COUNTED = {
            {"0", "type"},
            {"2", "part-of-a-policing-operation"},
            {"6", "gender"},
            {"7", "age-range"},
            {"8", "self-defined-ethnicity"},
            {"9", "officer-defined-ethnicity"},
            {"10", "legislation"},
            {"11", "object-of-search"},
            {"12", "outcome"},
            {"13", "outcome-linked-to-object-of-search"},
            {"14", "removal-of-more-than-just-outer-clothing"}
        };

        private static final String[] CHECKED = {
            "Type",
            null,
            "Part of a policing operation",
            null,
            null,
            null,
            "Gender",
            "Age range",
            null,
            "Officer-defined ethnicity",
            "Legislation",
            "Object of search",
            "Outcome",
            "Outcome linked to object of search",
            "Removal of more than just outer clothing"
        };

        StopAndSearch(PoliceFileName file) {
            super(file);
        }

        String table() {
            return "stop_search";
        }

        String columns() {
            return "batch_id, line_number, type, date, part_of_a_policing_operation, policing_operation, latitude,"
                    + " longitude, gender, age_range, self_defined_ethnicity, officer_defined_ethnicity, legislation,"
                    + " object_of_search, outcome, outcome_linked_to_object, removal_of_outer_clothing, occurred_at";
        }

        void write(long batchId, long line, String[] f, BinaryCopyWriter out) throws IOException, FileRefused {
            Instant occurred;
            try {
                occurred = OffsetDateTime.parse(f[1]).toInstant();
            } catch (DateTimeParseException e) {
                throw new FileRefused(
                        line, 2, "Date '" + f[1] + "' is not a date and time such as 2024-04-01T00:37:00+00:00");
            }
            YearMonth localMonth = YearMonth.from(occurred.atZone(LONDON));
            if (!localMonth.equals(file.month())) {
                throw new FileRefused(
                        line,
                        2,
                        "Date " + f[1] + " is in " + localMonth + " in Europe/London time but the file name says "
                                + file.month() + ": the file is refused");
            }
            quality.row(f);
            quality.coordinates(line, "Longitude", f[5], "Latitude", f[4]);
            if (f[9].isEmpty()) {
                quality.missingEthnicity++;
            }
            for (int i = 0; i < CHECKED.length; i++) {
                if (CHECKED[i] != null) {
                    quality.checkKnown(CHECKED[i], f[i], KnownValues.STOP_AND_SEARCH.get(CHECKED[i]));
                }
            }
            for (String[] counted : COUNTED) {
                count(counted[1], f[Integer.parseInt(counted[0])]);
            }
            out.startRow(18);
            out.bigint(batchId);
            out.integer((int) line);
            for (String field : f) {
                out.text(field);
            }
            out.timestamp(occurred);
        }

        String countTable() {
            return "stop_search_count";
        }

        String countColumns() {
            return "field, value";
        }
    }
}
