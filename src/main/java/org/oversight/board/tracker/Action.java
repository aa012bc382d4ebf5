package org.oversight.board.tracker;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An action the Board set at a meeting: what, about what, who owns it, when it is due, where it stands. */
@Table(schema = "board", name = "action")
public record Action(
        @Id Long id,
        Long meetingId,
        String subjectLabel,
        String text,
        String owner,
        LocalDate dueOn,
        ActionStatus status,
        LocalDate closedOn,
        String createdBy,
        Instant createdAt,
        @Version Integer version) {

    Action withStatus(ActionStatus newStatus, LocalDate today) {
        return new Action(
                id,
                meetingId,
                subjectLabel,
                text,
                owner,
                dueOn,
                newStatus,
                newStatus.outstanding() ? null : (closedOn != null ? closedOn : today),
                createdBy,
                createdAt,
                version);
    }
}
