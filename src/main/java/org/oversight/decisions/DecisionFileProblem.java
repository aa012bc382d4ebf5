package org.oversight.decisions;

/** One thing wrong with a decisions file: its line (header = 1; 0 for the whole file), column and field. */
public record DecisionFileProblem(long line, int column, String field, String message) {

    @Override
    public String toString() {
        if (line == 0) {
            return message;
        }
        return "line " + line + (column > 0 ? ", column " + column : "")
                + (field == null || field.isEmpty() ? "" : " (" + field + ")") + ": " + message;
    }
}
