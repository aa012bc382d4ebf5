package org.oversight.updates.domain;

import java.time.Instant;
import org.oversight.updates.UpdateStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A moment in an update's history: a submission (what was submitted), a return (why) or an acceptance. */
@Table(schema = "updates", name = "update_history")
public record HistoryEntry(
        @Id Long id,
        Long itemId,
        Happened happened,
        String narrative,
        UpdateStatus status,
        String comment,
        @Column("by_user") String by,
        Instant at) {

    /** The submitted narrative as safe HTML. */
    public String narrativeHtml() {
        return Narrative.toHtml(narrative);
    }

    public enum Happened {
        SUBMITTED("Submitted"),
        RETURNED("Returned"),
        ACCEPTED("Accepted");

        private final String words;

        Happened(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
