package org.oversight.board.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A meeting of the Strategic Policing and Crime Board for a plan version: its date (one a plan a
 * day), its name, the reporting cycle whose updates its performance report carries, its agenda
 * items and the members present (each one a line).
 */
@Table(schema = "board", name = "meeting")
public record Meeting(
        @Id Long id,
        String planKey,
        String versionLabel,
        LocalDate meetingOn,
        String name,
        String cycleName,
        String agenda,
        String membersPresent,
        boolean example,
        String createdBy,
        Instant createdAt,
        @Version Integer version) {

    /** The key of its report among the snapshots: {@code wm-police-and-crime-plan/2014-12-02}. */
    public String reportKey() {
        return planKey + "/" + meetingOn;
    }

    public List<String> agendaItems() {
        return lines(agenda);
    }

    public List<String> members() {
        return lines(membersPresent);
    }

    private static List<String> lines(String text) {
        return text == null || text.isBlank()
                ? List.of()
                : Arrays.stream(text.split("\n"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
