package org.oversight.board.tracker;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A progress note on an action, with the status it left the action in. */
@Table(schema = "board", name = "action_note")
public record ActionNote(
        @Id Long id, Long actionId, String note, ActionStatus status, String writtenBy, Instant writtenAt) {}
