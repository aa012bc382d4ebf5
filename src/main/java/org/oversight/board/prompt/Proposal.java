package org.oversight.board.prompt;

import java.util.List;
import org.oversight.board.tracker.SubjectKind;

/** An exception of a report with the question proposed for it, as the report was built. */
public record Proposal(
        String exceptionKey,
        String kind,
        SubjectKind subjectKind,
        String subjectRef,
        String subjectLabel,
        List<String> leads,
        String fact,
        String proposed) {

    public Proposal {
        leads = List.copyOf(leads);
    }
}
