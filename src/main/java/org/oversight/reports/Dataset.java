package org.oversight.reports;

import java.util.List;
import java.util.Objects;

/**
 * Figures a snapshot carries as data, for open data (CSV and JSON) that must say exactly what the
 * document says. Stored, hashed and frozen with the document; the renderers do not show them.
 *
 * @param name lower-case letters, digits and hyphens, unique in the document (a file name)
 * @param columns the header row
 * @param rows each as many cells as there are columns
 */
public record Dataset(String name, String title, List<String> columns, List<List<String>> rows) {

    public Dataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
