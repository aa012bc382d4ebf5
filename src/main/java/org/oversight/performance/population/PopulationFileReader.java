package org.oversight.performance.population;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.oversight.performance.PopulationFileRefused;

/**
 * Reads population figures in either of two layouts, recognised by the header:
 *
 * <ul>
 *   <li>simple: {@code area,ethnic_group,population};
 *   <li>ONS Census 2021 table downloads such as TS021: a geography code column, the geography's name
 *       (such as {@code Lower tier local authorities}), the ethnic group's code and name (such as
 *       {@code Ethnic group (20 categories)}) and {@code Observation}. Area and group names are kept as
 *       written; the codes are not stored.
 * </ul>
 *
 * Every row is checked; any problem refuses the whole file, each problem with its line.
 */
public final class PopulationFileReader {

    /** A figure as written, with its line number. */
    public record PopulationRow(long line, String area, String ethnicGroup, long population) {}

    /** The layout recognised and the rows. */
    public record PopulationFile(String layout, List<PopulationRow> rows) {}

    public PopulationFile read(String fileName, byte[] content) {
        List<String> problems = new ArrayList<>();
        List<PopulationRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String layout = null;
        int areaColumn = -1;
        int groupColumn = -1;
        int valueColumn = -1;
        int width = 0;
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(new InputStreamReader(new ByteArrayInputStream(content), decoder))) {
            for (CsvRecord record : csv) {
                long line = record.getStartingLineNumber();
                List<String> fields = record.getFields();
                if (fields.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (layout == null) {
                    List<String> names = fields.stream()
                            .map(f -> f.replace("\uFEFF", "").strip())
                            .toList();
                    List<String> lower =
                            names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
                    width = names.size();
                    if (lower.equals(List.of("area", "ethnic_group", "population"))) {
                        layout = "simple";
                        areaColumn = 0;
                        groupColumn = 1;
                        valueColumn = 2;
                    } else if (names.size() == 5
                            && lower.get(0).endsWith(" code")
                            && lower.get(1)
                                    .equals(lower.get(0)
                                            .substring(0, lower.get(0).length() - 5))
                            && lower.get(2).startsWith("ethnic group")
                            && lower.get(2).endsWith(" code")
                            && lower.get(3).startsWith("ethnic group")
                            && lower.get(4).equals("observation")) {
                        layout = "ons-ts021";
                        areaColumn = 1;
                        groupColumn = 3;
                        valueColumn = 4;
                    } else {
                        throw new PopulationFileRefused(List.of("line " + line + ": the header must be"
                                + " area,ethnic_group,population or the ONS Census 2021 layout (\"Lower tier local"
                                + " authorities Code\",\"Lower tier local authorities\",\"Ethnic group (20 categories)"
                                + " Code\",\"Ethnic group (20 categories)\",\"Observation\"), not "
                                + String.join(",", names)));
                    }
                    continue;
                }
                if (fields.size() != width) {
                    problems.add("line " + line + ": expected " + width + " fields, found " + fields.size());
                    continue;
                }
                String area = fields.get(areaColumn).strip();
                String group = fields.get(groupColumn).strip();
                String value = fields.get(valueColumn).strip().replace(",", "");
                boolean ok = true;
                if (area.isEmpty()) {
                    problems.add("line " + line + ", area: empty");
                    ok = false;
                }
                if (group.isEmpty()) {
                    problems.add("line " + line + ", ethnic group: empty");
                    ok = false;
                }
                long population = 0;
                try {
                    population = Long.parseLong(value);
                    if (population < 0) {
                        problems.add("line " + line + ", population: " + value + " is negative");
                        ok = false;
                    }
                } catch (NumberFormatException e) {
                    problems.add("line " + line + ", population: '"
                            + fields.get(valueColumn).strip() + "' is not a whole number");
                    ok = false;
                }
                if (ok && !seen.add(area + "|" + group)) {
                    problems.add("line " + line + ": " + area + ", " + group + " is given twice");
                    ok = false;
                }
                if (ok) {
                    rows.add(new PopulationRow(line, area, group, population));
                }
            }
        } catch (UncheckedIOException | IOException e) {
            throw new PopulationFileRefused(List.of(fileName + ": not UTF-8 CSV text (" + e.getMessage() + ")"));
        }
        if (layout == null) {
            problems.add(fileName + ": empty, expected a header");
        } else if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(fileName + ": no figures");
        }
        if (!problems.isEmpty()) {
            throw new PopulationFileRefused(problems);
        }
        return new PopulationFile(layout, rows);
    }
}
