package org.oversight.finance;

/**
 * One thing wrong with an imported file, and where: {@code line} is the file's line (row) number
 * counting the header as line 1, 0 for the file as a whole; {@code column} is 1-based, 0 for the
 * whole row; {@code field} names the column as the file format does.
 */
public record FileProblem(long line, int column, String field, String message) {

    public static FileProblem ofFile(String message) {
        return new FileProblem(0, 0, "", message);
    }

    /** “line 7, column 3 (amount): '12,34x' is not an amount in pounds”. */
    @Override
    public String toString() {
        if (line == 0) {
            return message;
        }
        String where = "line " + line + (column > 0 ? ", column " + column : "");
        return where + (field == null || field.isEmpty() ? "" : " (" + field + ")") + ": " + message;
    }
}
