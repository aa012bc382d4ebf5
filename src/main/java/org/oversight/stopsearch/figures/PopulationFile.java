package org.oversight.stopsearch.figures;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.oversight.stopsearch.EthnicGroup;
import org.oversight.stopsearch.GroupPopulation;
import org.oversight.stopsearch.StopSearchRefused;

/**
 * Reads a force area's population by broad group from a CSV {@code ethnic_group,population}: a group
 * is one of Asian, Black, Mixed, Other and White (any case), at most once; a population is a whole
 * number of 0 or more. A group left out has no figure. Any problem refuses the file, each problem
 * with the file, its line and its column.
 */
public final class PopulationFile {

    private PopulationFile() {}

    public static GroupPopulation read(String fileName, byte[] content) {
        List<String> problems = new ArrayList<>();
        Map<EthnicGroup, Long> figures = new EnumMap<>(EthnicGroup.class);
        Map<EthnicGroup, Long> lines = new EnumMap<>(EthnicGroup.class);
        boolean header = false;
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
                if (!header) {
                    header = true;
                    List<String> names = fields.stream()
                            .map(f -> f.replace("\uFEFF", "").strip())
                            .toList();
                    if (!names.equals(List.of("ethnic_group", "population"))) {
                        problems.add(fileName + " line " + line + ": the header must be ethnic_group,population, was "
                                + String.join(",", names));
                        break;
                    }
                    continue;
                }
                if (fields.size() != 2) {
                    problems.add(fileName + " line " + line + ": expected 2 fields (ethnic_group,population), found "
                            + fields.size());
                    continue;
                }
                String name = fields.get(0).strip();
                var group = EthnicGroup.fromLabel(name);
                if (group.isEmpty()) {
                    problems.add(fileName + " line " + line + " column 1 (ethnic_group): '" + name + "' is not one of "
                            + labels());
                } else if (lines.containsKey(group.get())) {
                    problems.add(fileName + " line " + line + " column 1 (ethnic_group): "
                            + group.get().label() + " is given twice (first on line " + lines.get(group.get()) + ")");
                }
                String text = fields.get(1).strip();
                Long population = null;
                if (!text.matches("[0-9]{1,15}")) {
                    problems.add(fileName + " line " + line + " column 2 (population): '" + text
                            + "' is not a whole number of 0 or more");
                } else {
                    population = Long.parseLong(text);
                }
                if (group.isPresent() && !lines.containsKey(group.get()) && population != null) {
                    figures.put(group.get(), population);
                }
                group.ifPresent(g -> lines.putIfAbsent(g, line));
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                problems.add(fileName + ": is not UTF-8 text");
            } else {
                throw e;
            }
        } catch (CsvParseException e) {
            problems.add(fileName + ": is not a CSV file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!header && problems.isEmpty()) {
            problems.add(fileName + ": is empty; expected the header ethnic_group,population and a line a group");
        }
        if (!problems.isEmpty()) {
            throw new StopSearchRefused("The population file cannot be read:\n  " + String.join("\n  ", problems));
        }
        if (figures.isEmpty()) {
            throw new StopSearchRefused(fileName + ": gives no group's population");
        }
        return new GroupPopulation(figures, "the population file " + fileName);
    }

    private static String labels() {
        return String.join(
                ", ",
                Arrays.stream(EthnicGroup.values()).map(EthnicGroup::label).toList());
    }
}
