package org.oversight.publication.content;

import java.util.List;

/**
 * Stop and search figures for the publication, as the stop and search module gives them: a few
 * sentences, then tables, each published as open data under its name.
 */
public record StopSearchFigures(List<String> sentences, List<Table> tables, boolean demonstrationData) {

    public StopSearchFigures {
        sentences = List.copyOf(sentences);
        tables = List.copyOf(tables);
    }

    /**
     * A table of the section.
     *
     * @param name its open data name, such as {@code stop-and-search}
     * @param columns the headings (the open data columns are these in lower case with underscores)
     * @param numeric which columns hold figures
     */
    public record Table(
            String name, String caption, List<String> columns, List<Boolean> numeric, List<List<String>> rows) {

        public Table {
            columns = List.copyOf(columns);
            numeric = List.copyOf(numeric);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
