package org.oversight.policedata.area;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.oversight.platform.PrintableText;
import org.oversight.policedata.AreaSet;
import org.oversight.policedata.AreaSetImported;
import org.oversight.policedata.AreaSetRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Named area sets read from CSV lists of LSOA codes: one code a line, with a header naming the
 * column ({@code lsoa_code}, {@code LSOA code} or {@code lsoa21cd}); other columns (names, notes)
 * are allowed and ignored. Importing a set again replaces it whole.
 */
@Repository
public class AreaSets {

    private static final Pattern LSOA = Pattern.compile("[EW]01\\d{6}");
    private static final List<String> CODE_COLUMNS = List.of("lsoa_code", "lsoa code", "lsoa21cd", "lsoa11cd", "lsoa");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AreaSets(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Reads and stores a set under its {@linkplain #name normalised name}, replacing a set of that
     * name; throws {@link AreaSetRefused} listing every problem, storing nothing.
     */
    public AreaSet store(String name, String fileName, InputStream input, String by) {
        String setName = name(name);
        List<String> codes = read(fileName, input);
        // Two imports of the same name take turns (the second replaces the first), never collide.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('policedata.area_set'), hashtext(:name))")
                .param("name", setName)
                .query()
                .listOfRows();
        java.util.Optional<AreaSet> replaced = find(setName);
        jdbc.sql("DELETE FROM policedata.area_set WHERE name = :name")
                .param("name", setName)
                .update();
        long id = jdbc.sql(
                        """
                        INSERT INTO policedata.area_set (name, file_name, imported_by, imported_at)
                        VALUES (:name, :file, :by, :at) RETURNING id
                        """)
                .param("name", setName)
                .param("file", fileName)
                .param("by", by)
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        for (String code : codes) {
            jdbc.sql("INSERT INTO policedata.area_set_member (area_set_id, lsoa_code) VALUES (:id, :code)")
                    .param("id", id)
                    .param("code", code)
                    .update();
        }
        AreaSet stored = find(setName).orElseThrow();
        events.publishEvent(new AreaSetImported(stored, replaced.orElse(null), by));
        return stored;
    }

    /**
     * An area set's name as it is stored and found: spaces at either end dropped and runs of spaces
     * inside made one, so that "Impact Areas " and "Impact  Areas" are the set "Impact Areas".
     * Refused when empty, longer than 120 characters, or holding a line break or other control
     * character.
     */
    public static String name(String name) {
        String normalised = name == null ? "" : name.strip().replaceAll("\\h+", " ");
        if (normalised.isEmpty() || normalised.length() > 120) {
            throw new AreaSetRefused(List.of("the area set needs a name of 1 to 120 characters"));
        }
        for (int i = 0; i < normalised.length(); i++) {
            if (PrintableText.unsafe(normalised.charAt(i))) {
                throw new AreaSetRefused(List.of("the area set's name '" + PrintableText.escape(normalised)
                        + "' holds a line break or control character at character " + (i + 1)
                        + ": a name is one line of text"));
            }
        }
        return normalised;
    }

    public java.util.Optional<AreaSet> find(String name) {
        String wanted = name == null ? "" : name.strip().replaceAll("\\h+", " ");
        return all().stream().filter(set -> set.name().equals(wanted)).findFirst();
    }

    public List<AreaSet> all() {
        Map<Long, List<String>> members = new LinkedHashMap<>();
        jdbc.sql("SELECT area_set_id, lsoa_code FROM policedata.area_set_member ORDER BY area_set_id, lsoa_code")
                .query(rs -> {
                    members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        return jdbc.sql("SELECT id, name, file_name, imported_by, imported_at FROM policedata.area_set ORDER BY name")
                .query((rs, row) -> new AreaSet(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("file_name"),
                        List.copyOf(members.getOrDefault(rs.getLong("id"), List.of())),
                        rs.getString("imported_by"),
                        rs.getTimestamp("imported_at").toInstant()))
                .list();
    }

    static List<String> read(String fileName, InputStream input) {
        List<String> problems = new ArrayList<>();
        Map<String, Long> codes = new LinkedHashMap<>();
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .allowMissingFields(true)
                .allowExtraFields(true)
                .ofCsvRecord(new InputStreamReader(input, decoder))) {
            int column = -1;
            for (CsvRecord record : csv) {
                long line = record.getStartingLineNumber();
                if (column < 0) {
                    column = codeColumn(record);
                    if (column < 0) {
                        problems.add(
                                fileName + ":" + line
                                        + ": the first line must name the column of LSOA codes (lsoa_code, LSOA code or lsoa21cd)");
                        break;
                    }
                    continue;
                }
                String code = column < record.getFieldCount()
                        ? record.getField(column).strip()
                        : "";
                if (code.isEmpty()) {
                    problems.add(fileName + ":" + line + ":" + (column + 1) + ": the LSOA code is missing");
                } else if (!LSOA.matcher(code).matches()) {
                    problems.add(fileName + ":" + line + ":" + (column + 1) + ": '" + code
                            + "' is not an LSOA code (E01 or W01 followed by six digits)");
                } else if (codes.containsKey(code)) {
                    problems.add(fileName + ":" + line + ":" + (column + 1) + ": " + code
                            + " is already listed on line " + codes.get(code));
                } else {
                    codes.put(code, line);
                }
            }
        } catch (UncheckedIOException | IOException e) {
            problems.add(fileName + ": not UTF-8 text or not readable: " + e.getMessage());
        }
        if (problems.isEmpty() && codes.isEmpty()) {
            problems.add(fileName + ": the file lists no LSOA codes");
        }
        if (!problems.isEmpty()) {
            throw new AreaSetRefused(problems);
        }
        return List.copyOf(codes.keySet());
    }

    private static int codeColumn(CsvRecord header) {
        for (int i = 0; i < header.getFieldCount(); i++) {
            String name = header.getField(i).replace("\uFEFF", "").strip().toLowerCase(Locale.UK);
            if (CODE_COLUMNS.contains(name)) {
                return i;
            }
        }
        return -1;
    }
}
