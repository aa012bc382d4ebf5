package org.oversight.policedata.web;

import java.util.ArrayList;
import java.util.List;
import org.oversight.policedata.completeness.Completeness;

/**
 * Marking a month complete or incomplete by hand: the choice ({@code complete} or {@code
 * incomplete}) and why.
 */
record MonthMarkForm(String mark, String note) {

    static final MonthMarkForm EMPTY = new MonthMarkForm(null, null);

    /** A field's problem, in the words the error summary and the field show. */
    record Problem(String field, String message) {}

    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (!"complete".equals(mark) && !"incomplete".equals(mark)) {
            problems.add(new Problem("mark", "Select whether the month is complete or incomplete"));
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            problems.add(new Problem("note", "Enter why the month is complete or incomplete"));
        } else if (text.length() > Completeness.NOTE_LIMIT) {
            problems.add(new Problem("note", "The note must be " + Completeness.NOTE_LIMIT + " characters or fewer"));
        }
        return problems;
    }

    boolean complete() {
        return "complete".equals(mark);
    }

    public String error(String field) {
        return problems().stream()
                .filter(problem -> problem.field().equals(field))
                .map(Problem::message)
                .findFirst()
                .orElse(null);
    }
}
