package org.oversight.policedata.web;

import static org.oversight.policedata.web.PoliceDataViews.percent;
import static org.oversight.policedata.web.PoliceDataViews.plural;
import static org.oversight.policedata.web.PoliceDataViews.rows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.oversight.policedata.DataQuality;
import org.oversight.policedata.ImportBatch;
import org.oversight.policedata.PoliceDataKind;

/**
 * A batch's data quality in words. Each fact is said once, from the counts that decide it, so no two
 * sentences can disagree: no district counts every row without one, whether its LSOA name is
 * missing or gives none; a row has coordinates only when both are valid numbers.
 */
final class QualityView {

    private QualityView() {}

    /** A fact about a file's quality: what was checked, and what was found, in words. */
    record QualityFact(String id, String check, String finding) {}

    /** A field's values in the wrong format: how many rows, on which lines, such as which values. */
    record InvalidRow(String field, long rows, String lines, String examples) {}

    static List<QualityFact> facts(ImportBatch batch) {
        DataQuality q = batch.quality();
        List<QualityFact> facts = new ArrayList<>();
        if (q == null) {
            facts.add(new QualityFact("quality", "Data quality", "Not recorded for this batch."));
            return facts;
        }
        long rows = q.rows();
        boolean stopAndSearch = batch.kind() == PoliceDataKind.STOP_AND_SEARCH;
        facts.add(new QualityFact("rows", "Rows", rows(rows) + " of data, after the header."));
        facts.add(new QualityFact(
                "duplicates",
                "Exact duplicate rows",
                q.duplicateRows() == 0
                        ? "None."
                        : rows(q.duplicateRows()) + " (" + percent(q.duplicateRows(), rows) + ") "
                                + verb(q.duplicateRows(), "repeats", "repeat")
                                + " an earlier row of the file exactly, kept as published."));
        facts.add(new QualityFact("coordinates", "Coordinates", coordinates(q)));
        if (q.outsideEnglandAndWales().rows() > 0) {
            facts.add(new QualityFact(
                    "outside",
                    "Outside England and Wales",
                    rows(q.outsideEnglandAndWales().rows()) + " "
                            + verb(q.outsideEnglandAndWales().rows(), "has", "have")
                            + " valid coordinates that lie outside England and Wales ("
                            + lines(q.outsideEnglandAndWales()) + "). They are kept as published."));
        }
        if (stopAndSearch) {
            facts.add(new QualityFact(
                    "ethnicity",
                    "Missing officer-defined ethnicity",
                    q.missingEthnicity() == 0
                            ? "None: every search records the officer-defined ethnicity."
                            : plural(q.missingEthnicity(), "search", "searches") + " ("
                                    + percent(q.missingEthnicity(), rows) + ") "
                                    + verb(q.missingEthnicity(), "has", "have") + " no officer-defined ethnicity."));
        } else {
            facts.add(new QualityFact("lsoa", "LSOA code", lsoa(q)));
            facts.add(new QualityFact("district", "District", district(q)));
        }
        long unexpected = q.unexpectedValues();
        facts.add(new QualityFact(
                "unexpected",
                "Values outside the known sets",
                unexpected == 0
                        ? "None: every checked value is one data.police.uk publishes."
                        : plural(unexpected, "value", "values") + " " + verb(unexpected, "is", "are")
                                + " not in the known sets. They are kept as published and listed below."));
        facts.add(new QualityFact("invalid", "Values in the wrong format", invalid(q, stopAndSearch)));
        return facts;
    }

    private static String coordinates(DataQuality q) {
        if (!q.formatsChecked()) {
            return q.missingCoordinates() == 0
                    ? "Every row gives a longitude and latitude; whether they are valid numbers was not checked"
                            + NOT_CHECKED
                    : rows(q.missingCoordinates()) + " (" + percent(q.missingCoordinates(), q.rows()) + ") "
                            + verb(q.missingCoordinates(), "has", "have") + " no longitude or latitude; whether the"
                            + " others are valid numbers was not checked" + NOT_CHECKED;
        }
        if (q.withCoordinates() == q.rows()) {
            return q.rows() == 0 ? "No rows." : "Every row has a valid longitude and latitude.";
        }
        List<String> without = new ArrayList<>();
        if (q.missingCoordinates() > 0) {
            without.add(rows(q.missingCoordinates()) + " " + verb(q.missingCoordinates(), "has", "have") + " none");
        }
        if (q.invalidCoordinates() > 0) {
            without.add(rows(q.invalidCoordinates()) + " " + verb(q.invalidCoordinates(), "has", "have")
                    + " a longitude or latitude that is not a valid number (listed below)");
        }
        return String.format(Locale.UK, "%,d of %s", q.withCoordinates(), rows(q.rows())) + " ("
                + percent(q.withCoordinates(), q.rows()) + ") " + verb(q.withCoordinates(), "has", "have")
                + " a valid longitude and latitude: " + String.join("; ", without) + ".";
    }

    private static String lsoa(DataQuality q) {
        long badCodes = q.invalidByField().containsKey("LSOA code")
                ? q.invalidByField().get("LSOA code").rows()
                : 0;
        if (q.missingLsoa() == 0 && badCodes == 0) {
            return q.formatsChecked()
                    ? "Every row has an LSOA code shaped like E01… or W01…."
                    : "Every row has an LSOA code; their format was not checked" + NOT_CHECKED;
        }
        List<String> parts = new ArrayList<>();
        if (q.missingLsoa() > 0) {
            parts.add(rows(q.missingLsoa()) + " (" + percent(q.missingLsoa(), q.rows()) + ") "
                    + verb(q.missingLsoa(), "has", "have") + " no LSOA code");
        }
        if (badCodes > 0) {
            parts.add(rows(badCodes) + " " + verb(badCodes, "has", "have")
                    + " an LSOA code not shaped like E01… or W01… (listed below)");
        }
        return capitalise(String.join("; ", parts)) + ".";
    }

    private static String district(DataQuality q) {
        if (q.noDistrict() == 0) {
            return "Every row\u2019s LSOA name gives its district.";
        }
        List<String> why = new ArrayList<>();
        if (q.missingLsoaName() > 0) {
            why.add(String.format(Locale.UK, "%,d", q.missingLsoaName()) + " "
                    + verb(q.missingLsoaName(), "has", "have") + " no LSOA name");
        }
        if (q.unknownDistrict() > 0) {
            why.add(String.format(Locale.UK, "%,d", q.unknownDistrict()) + " "
                    + verb(q.unknownDistrict(), "has", "have")
                    + " an LSOA name that does not end in a code like \u201c001A\u201d");
        }
        return rows(q.noDistrict()) + " (" + percent(q.noDistrict(), q.rows()) + ") "
                + verb(q.noDistrict(), "has", "have") + " no district recorded: " + String.join(" and ", why)
                + ". They are counted as \u201cNo district recorded\u201d, so the districts add up to the force.";
    }

    private static String invalid(DataQuality q, boolean stopAndSearch) {
        if (!q.formatsChecked()) {
            return "Not checked" + NOT_CHECKED;
        }
        long invalid = q.invalidValues();
        if (invalid == 0) {
            return "None: every " + (stopAndSearch ? "longitude and latitude" : "longitude, latitude and LSOA code")
                    + " is in the format data.police.uk publishes.";
        }
        return plural(invalid, "value", "values") + " " + verb(invalid, "is", "are")
                + " not in the format data.police.uk publishes. They are kept as published and listed below"
                + " with their lines.";
    }

    private static final String NOT_CHECKED =
            " (this batch was imported before Oversight checked formats; import the file again to check them).";

    static List<InvalidRow> invalidRows(DataQuality quality) {
        List<InvalidRow> rows = new ArrayList<>();
        if (quality != null) {
            quality.invalidByField()
                    .forEach((field, values) -> rows.add(new InvalidRow(
                            field,
                            values.rows(),
                            lines(values),
                            values.examples().stream()
                                    .map(value -> "\u201c" + value + "\u201d")
                                    .collect(Collectors.joining(", ")))));
        }
        return rows;
    }

    /** Where, in words: lines 5, 9 and 12; or lines 5, 9, … and 3 more. */
    static String lines(DataQuality.InvalidValues values) {
        List<String> numbers =
                values.firstLines().stream().map(line -> Long.toString(line)).toList();
        String listed;
        if (values.moreLines() > 0) {
            listed = String.join(", ", numbers) + " and " + String.format(Locale.UK, "%,d", values.moreLines())
                    + " more";
        } else if (numbers.size() > 1) {
            listed = String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and "
                    + numbers.get(numbers.size() - 1);
        } else {
            listed = String.join("", numbers);
        }
        return (values.rows() == 1 ? "line " : "lines ") + listed;
    }

    private static String verb(long n, String one, String many) {
        return n == 1 ? one : many;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
