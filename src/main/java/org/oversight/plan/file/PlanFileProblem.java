package org.oversight.plan.file;

/**
 * Something wrong in a plan file, where it is: the line and column (1-based, 0 when the problem
 * concerns the file as a whole) and the field path such as {@code versions[0].objectives[3].title}.
 */
public record PlanFileProblem(String file, int line, int column, String field, String message) {

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        return field == null || field.isEmpty() ? where + ": " + message : where + " " + field + ": " + message;
    }
}
