package org.oversight.board;

import org.oversight.shared.AuditedChange;

/** A lead officer (or analyst) answered a question. */
public record QuestionAnswered(long questionId, String subject, String by, String after) implements AuditedChange {

    @Override
    public String module() {
        return "board";
    }

    @Override
    public String action() {
        return "question-answered";
    }

    @Override
    public String objectType() {
        return "board-question";
    }

    @Override
    public String objectId() {
        return String.valueOf(questionId);
    }

    @Override
    public String summary() {
        return "Question " + questionId + " on " + subject + " answered by " + by;
    }
}
