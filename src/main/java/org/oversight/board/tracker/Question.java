package org.oversight.board.tracker;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A board member's question or challenge at a meeting, against a measure, a commitment or the
 * report, and the answer. {@code leads} (one a line) are those who may answer it: the measure's or
 * commitment's leads.
 */
@Table(schema = "board", name = "question")
public record Question(
        @Id Long id,
        Long meetingId,
        SubjectKind subjectKind,
        String subjectRef,
        String subjectLabel,
        String leads,
        String text,
        String raisedBy,
        Instant raisedAt,
        String answer,
        String answeredBy,
        Instant answeredAt,
        @Version Integer version) {

    public boolean answered() {
        return answer != null;
    }

    public List<String> leadNames() {
        return leads == null || leads.isBlank() ? List.of() : Arrays.asList(leads.split("\n"));
    }

    Question withAnswer(String newAnswer, String by, Instant at) {
        return new Question(
                id,
                meetingId,
                subjectKind,
                subjectRef,
                subjectLabel,
                leads,
                text,
                raisedBy,
                raisedAt,
                newAnswer,
                by,
                at,
                version);
    }
}
