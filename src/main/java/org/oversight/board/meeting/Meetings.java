package org.oversight.board.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.oversight.board.MeetingCreated;
import org.oversight.board.MeetingEdited;
import org.oversight.plan.PlanApi;
import org.oversight.updates.UpdatesApi;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Board meetings: created by analysts (or the example data), read by the Board. */
@Service
public class Meetings {

    private final MeetingRepository meetings;
    private final PlanApi plans;
    private final UpdatesApi updates;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Meetings(
            MeetingRepository meetings,
            PlanApi plans,
            UpdatesApi updates,
            Clock clock,
            ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.plans = plans;
        this.updates = updates;
        this.clock = clock;
        this.events = events;
    }

    /** What an analyst gives to create a meeting; {@code cycleName} may be blank (no updates reported). */
    public record CreateMeeting(
            String planKey,
            String versionLabel,
            LocalDate meetingOn,
            String name,
            String cycleName,
            String agenda,
            String membersPresent) {}

    /**
     * Creates a meeting. Throws {@link IllegalArgumentException} naming the field that is wrong
     * ({@code meetingOn: …}).
     */
    @Transactional
    public Meeting create(CreateMeeting create, boolean example, String by) {
        if (create.planKey() == null || !plans.versions(create.planKey()).contains(create.versionLabel())) {
            throw new IllegalArgumentException(
                    "plan: there is no plan '" + create.planKey() + "' with a version '" + create.versionLabel() + "'");
        }
        if (create.meetingOn() == null) {
            throw new IllegalArgumentException("meetingOn: enter the meeting's date");
        }
        String name = create.name() == null ? "" : create.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new IllegalArgumentException("name: enter the meeting's name (at most 200 characters)");
        }
        String cycle = blankToNull(create.cycleName());
        if (cycle != null && !updates.cycleNames(create.planKey()).contains(cycle)) {
            throw new IllegalArgumentException("cycle: the plan has no reporting cycle called '" + cycle + "'");
        }
        if (meetings.findByPlanKeyAndMeetingOn(create.planKey(), create.meetingOn())
                .isPresent()) {
            throw new IllegalArgumentException("meetingOn: the plan already has a meeting on " + create.meetingOn());
        }
        String agenda = lines(create.agenda(), "agenda");
        String members = lines(create.membersPresent(), "membersPresent");
        Meeting saved = meetings.save(new Meeting(
                null,
                create.planKey(),
                create.versionLabel(),
                create.meetingOn(),
                name,
                cycle,
                agenda,
                members,
                example,
                by,
                clock.instant(),
                null));
        events.publishEvent(new MeetingCreated(
                saved.planKey(),
                saved.meetingOn(),
                saved.name(),
                by,
                "plan " + saved.planKey() + " " + saved.versionLabel() + "; cycle " + saved.cycleName() + "; agenda "
                        + saved.agendaItems() + "; members " + saved.members()));
        return saved;
    }

    /** Changes a meeting's agenda items and members present (one a line; blank for none). */
    @Transactional
    public Meeting editDetails(long id, String agenda, String membersPresent, String by) {
        Meeting meeting = find(id).orElseThrow(() -> new IllegalArgumentException("there is no meeting " + id));
        Meeting saved = meetings.save(new Meeting(
                meeting.id(),
                meeting.planKey(),
                meeting.versionLabel(),
                meeting.meetingOn(),
                meeting.name(),
                meeting.cycleName(),
                lines(agenda, "agenda"),
                lines(membersPresent, "membersPresent"),
                meeting.example(),
                meeting.createdBy(),
                meeting.createdAt(),
                meeting.version()));
        events.publishEvent(new MeetingEdited(
                saved.planKey(),
                saved.meetingOn(),
                saved.name(),
                by,
                "agenda " + meeting.agendaItems() + "; members " + meeting.members(),
                "agenda " + saved.agendaItems() + "; members " + saved.members()));
        return saved;
    }

    @Transactional(readOnly = true)
    public List<Meeting> all() {
        return meetings.findAllByOrderByMeetingOnDescPlanKeyAsc();
    }

    @Transactional(readOnly = true)
    public Optional<Meeting> find(long id) {
        return meetings.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<Meeting> find(String planKey, LocalDate meetingOn) {
        return meetings.findByPlanKeyAndMeetingOn(planKey, meetingOn);
    }

    /** The plan's meeting before this one, if any. */
    @Transactional(readOnly = true)
    public Optional<Meeting> previous(Meeting meeting) {
        return meetings.findByPlanKeyOrderByMeetingOnAsc(meeting.planKey()).stream()
                .filter(m -> m.meetingOn().isBefore(meeting.meetingOn()))
                .reduce((first, second) -> second);
    }

    /** The plan's meetings, oldest first. */
    @Transactional(readOnly = true)
    public List<Meeting> ofPlan(String planKey) {
        return meetings.findByPlanKeyOrderByMeetingOnAsc(planKey);
    }

    private static String lines(String text, String field) {
        if (text == null) {
            return null;
        }
        if (text.length() > 10_000) {
            throw new IllegalArgumentException(field + ": at most 10,000 characters");
        }
        String joined = Arrays.stream(text.replace("\r\n", "\n").split("\n"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
        return joined.isEmpty() ? null : joined;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
