package org.oversight.board.tracker;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oversight.board.ActionProgressed;
import org.oversight.board.ActionSet;
import org.oversight.board.meeting.Meeting;
import org.oversight.board.meeting.Meetings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action tracker: actions set at a meeting, carried to every later meeting of the plan until
 * done or dropped (then shown once more, closed), with progress notes; overdue ones flagged.
 */
@Service
public class Actions {

    private final ActionRepository actions;
    private final ActionNoteRepository notes;
    private final Meetings meetings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Actions(
            ActionRepository actions,
            ActionNoteRepository notes,
            Meetings meetings,
            Clock clock,
            ApplicationEventPublisher events) {
        this.actions = actions;
        this.notes = notes;
        this.meetings = meetings;
        this.clock = clock;
        this.events = events;
    }

    /** An action on a meeting's tracker: the action, the meeting that set it, its latest note, whether overdue. */
    public record Tracked(Action action, Meeting setAt, ActionNote latest, boolean overdue) {}

    @Transactional
    public Action set(Meeting meeting, String subject, String text, String owner, LocalDate dueOn, String by) {
        String cleaned = Questions.text(text, "text", "Enter the action");
        if (owner == null || owner.isBlank() || owner.length() > 200) {
            throw new IllegalArgumentException("owner: enter who owns the action (at most 200 characters)");
        }
        if (dueOn == null) {
            throw new IllegalArgumentException("dueOn: enter the date the action is due");
        }
        if (dueOn.isBefore(meeting.meetingOn())) {
            throw new IllegalArgumentException("dueOn: the action is due before the meeting that sets it");
        }
        Action saved = actions.save(new Action(
                null,
                meeting.id(),
                subject == null || subject.isBlank() ? null : subject.strip(),
                cleaned,
                owner.strip(),
                dueOn,
                ActionStatus.OPEN,
                null,
                by,
                clock.instant(),
                null));
        events.publishEvent(new ActionSet(
                saved.id(),
                meeting.planKey(),
                meeting.meetingOn(),
                saved.owner(),
                by,
                cleaned + " (due " + dueOn + ")"));
        return saved;
    }

    /** Notes progress on an action and sets its status (closing it when done or dropped). */
    @Transactional
    public Action progress(long actionId, String note, ActionStatus status, String by) {
        Action action =
                find(actionId).orElseThrow(() -> new IllegalArgumentException("there is no action " + actionId));
        String cleaned = Questions.text(note, "note", "Enter the progress made");
        ActionStatus before = action.status();
        Action saved = actions.save(action.withStatus(status, LocalDate.now(clock)));
        notes.save(new ActionNote(null, saved.id(), cleaned, status, by, clock.instant()));
        events.publishEvent(
                new ActionProgressed(saved.id(), status.code(), by, before.code(), status.code() + ": " + cleaned));
        return saved;
    }

    @Transactional(readOnly = true)
    public Optional<Action> find(long id) {
        return actions.findById(id);
    }

    @Transactional(readOnly = true)
    public List<ActionNote> notes(long actionId) {
        return notes.findByActionIdOrderByWrittenAtAscIdAsc(actionId);
    }

    /**
     * A meeting's tracker: every action of the plan set at this or an earlier meeting that is still
     * outstanding, or that closed since the previous meeting; overdue as on {@code onDay}. Oldest due first.
     */
    @Transactional(readOnly = true)
    public List<Tracked> tracker(Meeting meeting, LocalDate onDay) {
        List<Meeting> plan = meetings.ofPlan(meeting.planKey());
        Map<Long, Meeting> byId = new HashMap<>();
        plan.forEach(m -> byId.put(m.id(), m));
        LocalDate previous = meetings.previous(meeting).map(Meeting::meetingOn).orElse(null);
        return actions.findByMeetingIdIn(plan.stream().map(Meeting::id).toList()).stream()
                .filter(a -> OverdueActions.onTracker(
                        byId.get(a.meetingId()).meetingOn(), a.status(), a.closedOn(), meeting.meetingOn(), previous))
                .sorted(Comparator.comparing(Action::dueOn).thenComparing(Action::id))
                .map(a -> new Tracked(
                        a,
                        byId.get(a.meetingId()),
                        latest(a.id()),
                        OverdueActions.overdue(a.status(), a.dueOn(), onDay)))
                .toList();
    }

    private ActionNote latest(long actionId) {
        List<ActionNote> all = notes.findByActionIdOrderByWrittenAtAscIdAsc(actionId);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }
}
