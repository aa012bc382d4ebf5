package org.oversight.finance.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.oversight.finance.FileProblem;

/**
 * Which column of a file holds which field: each field is found by its name or one of its other
 * names, in any case and ignoring spaces, underscores and punctuation ("Net Amount", "net_amount").
 * A missing required field, a field named twice and (unless other columns are allowed) a column
 * that is no field are problems on line 1.
 */
public final class Columns {

    /** A field of a file format: the name the format documents, other names accepted, whether required. */
    public record Field(String name, List<String> otherNames, boolean required) {

        public static Field required(String name, String... otherNames) {
            return new Field(name, List.of(otherNames), true);
        }

        public static Field optional(String name, String... otherNames) {
            return new Field(name, List.of(otherNames), false);
        }
    }

    private final Map<String, Integer> positions = new LinkedHashMap<>();
    private final Map<String, String> headings = new LinkedHashMap<>();

    private Columns() {}

    /**
     * Matches the header to the fields. Problems are added to {@code problems}; the columns found are
     * returned either way.
     *
     * @param othersAllowed whether columns that are no field are kept (a transparency file's own
     *     columns) rather than refused
     */
    public static Columns match(
            List<String> header, List<Field> fields, boolean othersAllowed, List<FileProblem> problems) {
        Columns columns = new Columns();
        for (int c = 0; c < header.size(); c++) {
            String heading = header.get(c);
            if (heading.isBlank()) {
                continue;
            }
            String key = key(heading);
            Field field = fields.stream()
                    .filter(f -> key(f.name()).equals(key)
                            || f.otherNames().stream()
                                    .anyMatch(other -> key(other).equals(key)))
                    .findFirst()
                    .orElse(null);
            if (field == null) {
                if (!othersAllowed) {
                    problems.add(new FileProblem(
                            1,
                            c + 1,
                            heading,
                            "'" + heading + "' is not a column of this file; the columns are "
                                    + String.join(
                                            ", ",
                                            fields.stream().map(Field::name).toList())));
                }
                continue;
            }
            if (columns.positions.containsKey(field.name())) {
                problems.add(new FileProblem(
                        1,
                        c + 1,
                        field.name(),
                        "the " + field.name() + " column is given twice (also column "
                                + (columns.positions.get(field.name()) + 1) + ")"));
                continue;
            }
            columns.positions.put(field.name(), c);
            columns.headings.put(field.name(), heading);
        }
        List<String> missing = new ArrayList<>();
        for (Field field : fields) {
            if (field.required() && !columns.positions.containsKey(field.name())) {
                missing.add(field.name()
                        + (field.otherNames().isEmpty() ? "" : " (or " + String.join(", ", field.otherNames()) + ")"));
            }
        }
        if (!missing.isEmpty()) {
            problems.add(new FileProblem(
                    1,
                    0,
                    "",
                    "the header has no " + String.join("; no ", missing) + " column"
                            + (missing.size() == 1 ? "" : "s")));
        }
        return columns;
    }

    public boolean has(String field) {
        return positions.containsKey(field);
    }

    /** The 0-based column of a field, or -1 when the file has none. */
    public int position(String field) {
        return positions.getOrDefault(field, -1);
    }

    /** The heading the file gave the field's column. */
    public String heading(String field) {
        return headings.getOrDefault(field, field);
    }

    static String key(String heading) {
        return heading.replace("\uFEFF", "")
                .toLowerCase(Locale.ROOT)
                .replace("£", "")
                .replaceAll("[^a-z0-9]", "");
    }
}
