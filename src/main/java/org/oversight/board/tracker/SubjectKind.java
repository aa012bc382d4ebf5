package org.oversight.board.tracker;

/** What a question, action or prompt is about: a measure, a commitment (milestone) or the report. */
public enum SubjectKind {
    MEASURE,
    COMMITMENT,
    REPORT
}
