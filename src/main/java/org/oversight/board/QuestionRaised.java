package org.oversight.board;

import org.oversight.shared.AuditedChange;

/** A board member raised a question or challenge. */
public record QuestionRaised(
        long questionId, String planKey, java.time.LocalDate meetingOn, String subject, String by, String after)
        implements AuditedChange {

    @Override
    public String module() {
        return "board";
    }

    @Override
    public String action() {
        return "question-raised";
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
        return "Question on " + subject + " raised by " + by;
    }
}
