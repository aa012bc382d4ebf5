package org.oversight.board.prompt;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.oversight.board.tracker.SubjectKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A question the report proposes for the Board from an exception, and a member's decision on it:
 * proposed, adopted (as proposed or edited: it is then raised as a question to the subject's lead)
 * or dismissed.
 */
@Table(schema = "board", name = "scrutiny_prompt")
public record ScrutinyPrompt(
        @Id Long id,
        Long meetingId,
        String exceptionKey,
        String kind,
        SubjectKind subjectKind,
        String subjectRef,
        String subjectLabel,
        String leads,
        String fact,
        String proposed,
        PromptState state,
        String text,
        String decidedBy,
        Instant decidedAt,
        Long questionId,
        @Version Integer version) {

    public List<String> leadNames() {
        return leads == null || leads.isBlank() ? List.of() : Arrays.asList(leads.split("\n"));
    }

    /** The question as the Board will see it: the member's words once adopted, else the proposal. */
    public String question() {
        return text != null ? text : proposed;
    }
}
