package org.oversight.decisions.register;

import java.time.LocalDate;

/** A decision's fields as a form or file gives them. */
public record DecisionContent(
        String number,
        String title,
        LocalDate decidedOn,
        String decisionMaker,
        String summary,
        String financialImplications,
        boolean confidential,
        String source) {

    Entry toEntry(boolean example) {
        return new Entry(
                null,
                number,
                title,
                decidedOn,
                decisionMaker,
                blank(summary),
                blank(financialImplications),
                confidential,
                blank(source),
                example,
                null,
                null,
                null,
                null);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
