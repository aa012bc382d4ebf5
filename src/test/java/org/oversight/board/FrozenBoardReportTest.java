package org.oversight.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oversight.board.meeting.Meeting;
import org.oversight.board.meeting.Meetings;
import org.oversight.board.report.BoardReports;
import org.oversight.board.report.ReportAssembly;
import org.oversight.board.report.ReportNotFrozen;
import org.oversight.reports.DocumentFormat;
import org.oversight.reports.Snapshot;
import org.oversight.reports.SnapshotStatus;
import org.oversight.updates.domain.CycleItem;
import org.oversight.updates.domain.Cycles;
import org.oversight.updates.domain.ReportingCycle;
import org.oversight.updates.domain.Requirement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A meeting's report through its life: drafted from the facts, frozen, unchanged (to the byte, in
 * every format) by later edits to the cycle and the Board's data, refused when asked for before
 * freezing, and issued again as a new version with a note.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class FrozenBoardReportTest {

    static final String PLAN = "wm-police-and-crime-plan";

    @Autowired
    Meetings meetings;

    @Autowired
    BoardReports reports;

    @Autowired
    Cycles cycles;

    @Autowired
    ApplicationEvents events;

    /** A meeting of its own (a day no other test uses) receiving a cycle of its own. */
    Meeting aMeeting(LocalDate day) {
        String name = "Test cycle " + UUID.randomUUID();
        cycles.openAsSystem(
                new Cycles.OpenCycle(
                        PLAN,
                        "2014-15",
                        name,
                        LocalDate.of(2014, 4, 1),
                        day.minusDays(7),
                        day.minusDays(7),
                        day,
                        "Board",
                        null),
                "test-analyst",
                false);
        return meetings.create(
                new Meetings.CreateMeeting(
                        PLAN,
                        "2014-15",
                        day,
                        "Strategic Policing and Crime Board",
                        name,
                        "Item 1: performance",
                        "Chair\nMember A"),
                false,
                "test-analyst");
    }

    @Test
    @WithMockUser(username = "test-analyst", roles = "ANALYST")
    void laterEditsDoNotChangeAFrozenReportInAnyFormat() {
        Meeting meeting = aMeeting(LocalDate.of(2015, 1, 13));
        reports.draft(meeting, "test-analyst");
        reports.freeze(meeting, "test-analyst");
        byte[] pdf = reports.renderFrozen(meeting, DocumentFormat.PDF).bytes();
        byte[] docx = reports.renderFrozen(meeting, DocumentFormat.DOCX).bytes();
        byte[] html = reports.renderFrozen(meeting, DocumentFormat.HTML).bytes();
        Snapshot frozen = reports.latestFrozen(meeting).orElseThrow();

        ReportingCycle cycle = cycles.find(PLAN, meeting.cycleName()).orElseThrow();
        CycleItem item = cycles.items(cycle.id()).get(0);
        cycles.override(item.id(), Requirement.NOT_REQUIRED, "Reported to the Board separately", null, "test-analyst");

        assertThat(ReportAssembly.assemble(reports.facts(meeting, null, null)))
                .as("the facts as they now stand would give another report")
                .isNotEqualTo(frozen.document());
        assertThat(reports.renderFrozen(meeting, DocumentFormat.PDF).bytes()).isEqualTo(pdf);
        assertThat(reports.renderFrozen(meeting, DocumentFormat.DOCX).bytes()).isEqualTo(docx);
        assertThat(reports.renderFrozen(meeting, DocumentFormat.HTML).bytes()).isEqualTo(html);
        assertThatThrownBy(() -> reports.draft(meeting, "test-analyst"))
                .hasMessageContaining("version 1 is frozen; issue a new version with a note instead");
    }

    @Test
    void aDraftIsRefusedWhereAFrozenReportIsAskedForAndSaysSo() {
        Meeting meeting = aMeeting(LocalDate.of(2015, 2, 10));
        reports.draft(meeting, "test-analyst");

        assertThatThrownBy(() -> reports.renderFrozen(meeting, DocumentFormat.PDF))
                .isInstanceOf(ReportNotFrozen.class)
                .hasMessage("the report of the meeting of 2015-02-10 (wm-police-and-crime-plan) is a draft (version 1):"
                        + " an analyst must freeze it before it is issued; it is not frozen on the way");
        assertThat(reports.latest(meeting).orElseThrow().isDraft()).isTrue();
    }

    @Test
    void theAnalystsExecutiveSummaryIsKeptWhenTheDraftIsRebuiltAndOnlyNarrativeCanBeEdited() {
        Meeting meeting = aMeeting(LocalDate.of(2015, 3, 10));
        reports.draft(meeting, "test-analyst");
        reports.editNarrative(
                meeting, ReportAssembly.EXECUTIVE_SUMMARY, "Crime is down.\n\nConfidence is up.", "test-analyst");

        Snapshot rebuilt = reports.draft(meeting, "test-analyst");

        assertThat(rebuilt.document()
                        .section(ReportAssembly.EXECUTIVE_SUMMARY)
                        .orElseThrow()
                        .blocks())
                .hasSize(2);
        assertThatThrownBy(() -> reports.editNarrative(meeting, "milestones", "x", "test-analyst"))
                .hasMessage("section: only the executive summary and background are edited");
    }

    @Test
    void aNewVersionCarriesItsNoteAndTheFrozenOneStaysReadableUntilItIsFrozen() {
        Meeting meeting = aMeeting(LocalDate.of(2015, 4, 14));
        reports.draft(meeting, "test-analyst");
        reports.editNarrative(meeting, ReportAssembly.BACKGROUND, "Our own background.", "test-analyst");
        reports.freeze(meeting, "test-analyst");
        byte[] first = reports.renderFrozen(meeting, DocumentFormat.PDF).bytes();

        assertThatThrownBy(() -> reports.newVersion(meeting, " ", "test-analyst"))
                .hasMessageStartingWith("note:");
        Snapshot second = reports.newVersion(meeting, "Robbery figures corrected", "test-analyst");

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.correctionNote()).isEqualTo("Robbery figures corrected");
        assertThat(second.document()
                        .section(ReportAssembly.BACKGROUND)
                        .orElseThrow()
                        .blocks())
                .as("the narrative of the frozen version is carried into the new one")
                .hasSize(1);
        assertThat(reports.renderFrozen(meeting, DocumentFormat.PDF).bytes()).isEqualTo(first);
        reports.freeze(meeting, "test-analyst");
        assertThat(reports.versions(meeting))
                .extracting(Snapshot::status)
                .containsExactly(SnapshotStatus.SUPERSEDED, SnapshotStatus.FROZEN);
    }

    @Test
    void creatingAMeetingIsAnAuditedEventAndBadInputSaysWhatIsWrong() {
        Meeting meeting = aMeeting(LocalDate.of(2015, 5, 12));

        assertThat(events.stream(MeetingCreated.class))
                .anyMatch(e -> e.meetingOn().equals(meeting.meetingOn()) && e.by().equals("test-analyst"));
        assertThat(meeting.members()).containsExactly("Chair", "Member A");
        assertThatThrownBy(() -> meetings.create(
                        new Meetings.CreateMeeting(PLAN, "2014-15", meeting.meetingOn(), "Board", null, null, null),
                        false,
                        "a"))
                .hasMessage("meetingOn: the plan already has a meeting on 2015-05-12");
        assertThatThrownBy(() -> meetings.create(
                        new Meetings.CreateMeeting(
                                PLAN, "2014-15", LocalDate.of(2015, 6, 1), "Board", "No such", null, null),
                        false,
                        "a"))
                .hasMessage("cycle: the plan has no reporting cycle called 'No such'");
        assertThatThrownBy(() -> meetings.create(
                        new Meetings.CreateMeeting("nope", "1", LocalDate.of(2015, 6, 1), "Board", null, null, null),
                        false,
                        "a"))
                .hasMessage("plan: there is no plan 'nope' with a version '1'");
        assertThat(List.of(meeting.reportKey())).containsExactly("wm-police-and-crime-plan/2015-05-12");
    }
}
