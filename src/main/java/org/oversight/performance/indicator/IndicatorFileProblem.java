package org.oversight.performance.indicator;

/**
 * Something wrong in an indicator file, where it is: the line and column (1-based, 0 when the problem
 * concerns the file as a whole) and the field path such as {@code indicators[3].source.crimeTypes[0]}.
 */
public record IndicatorFileProblem(String file, int line, int column, String field, String message) {

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        return field == null || field.isEmpty() ? where + ": " + message : where + " " + field + ": " + message;
    }
}
