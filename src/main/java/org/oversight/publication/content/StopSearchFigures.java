package org.oversight.publication.content;

import java.util.List;

/**
 * Stop and search figures for the publication, as the stop and search module gives them: rows of a
 * table with its columns, a few sentences, and where they come from.
 */
public record StopSearchFigures(
        String caption,
        List<String> columns,
        List<List<String>> rows,
        List<String> sentences,
        boolean demonstrationData) {

    public StopSearchFigures {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        sentences = List.copyOf(sentences);
    }
}
