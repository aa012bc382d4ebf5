package org.oversight.updates.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.oversight.updates.UpdateAccepted;
import org.oversight.updates.UpdateDraftSaved;
import org.oversight.updates.UpdateReturned;
import org.oversight.updates.UpdateStatus;
import org.oversight.updates.UpdateSubmitted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The round of an update between its lead and the analyst (ADR 0015): save a draft, submit, return
 * with a comment, accept. Who may do each is checked by the callers' access rules; this class checks
 * that the step is allowed from where the update is, and keeps the history (drafts excluded).
 */
@Service
public class UpdateWork {

    /** Why a step is refused: the update is not where the step starts from. */
    public static final class StepRefused extends RuntimeException {
        public StepRefused(String message) {
            super(message);
        }
    }

    private final Cycles cycles;
    private final CycleItemRepository items;
    private final HistoryRepository history;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    UpdateWork(
            Cycles cycles,
            CycleItemRepository items,
            HistoryRepository history,
            Clock clock,
            ApplicationEventPublisher events) {
        this.cycles = cycles;
        this.items = items;
        this.history = history;
        this.clock = clock;
        this.events = events;
    }

    /** What a lead wrote: the narrative (Markdown) and a status, either may be empty in a draft. */
    public record Draft(String narrative, UpdateStatus status, int lock) {}

    @PreAuthorize("@leadScope.mayWrite(#itemId)")
    @Transactional
    public CycleItem saveDraft(long itemId, Draft draft, String by) {
        CycleItem item = writable(itemId, draft.lock());
        checkLength(draft.narrative());
        Workflow next = item.workflow() == Workflow.RETURNED ? Workflow.RETURNED : Workflow.DRAFT;
        CycleItem saved = save(item.withUpdate(next, clean(draft.narrative()), draft.status(), by, clock.instant()));
        ReportingCycle cycle = cycles.cycle(item.cycleId());
        events.publishEvent(new UpdateDraftSaved(cycle.planKey(), cycle.name(), item.commitmentRef(), by));
        return saved;
    }

    @PreAuthorize("@leadScope.mayWrite(#itemId)")
    @Transactional
    public CycleItem submit(long itemId, Draft draft, String by) {
        CycleItem item = writable(itemId, draft.lock());
        String narrative = clean(draft.narrative());
        if (narrative == null) {
            throw new IllegalArgumentException("narrative: write the update before submitting it");
        }
        checkLength(narrative);
        if (draft.status() == null) {
            throw new IllegalArgumentException("status: choose a status before submitting the update");
        }
        Instant now = clock.instant();
        CycleItem saved = save(item.withUpdate(Workflow.SUBMITTED, narrative, draft.status(), by, now));
        history.save(new HistoryEntry(
                null, item.id(), HistoryEntry.Happened.SUBMITTED, narrative, draft.status(), null, by, now));
        ReportingCycle cycle = cycles.cycle(item.cycleId());
        events.publishEvent(new UpdateSubmitted(
                cycle.planKey(),
                cycle.name(),
                item.commitmentRef(),
                by,
                draft.status().code(),
                narrative));
        return saved;
    }

    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public CycleItem returnToLead(long itemId, String comment, int lock, String by) {
        CycleItem item = submitted(itemId, lock);
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("comment: say what the lead should change");
        }
        if (comment.length() > 5000) {
            throw new IllegalArgumentException("comment: at most 5,000 characters");
        }
        Instant now = clock.instant();
        CycleItem saved = save(item.withWorkflow(Workflow.RETURNED));
        history.save(new HistoryEntry(
                null, item.id(), HistoryEntry.Happened.RETURNED, null, null, comment.strip(), by, now));
        ReportingCycle cycle = cycles.cycle(item.cycleId());
        events.publishEvent(
                new UpdateReturned(cycle.planKey(), cycle.name(), item.commitmentRef(), by, comment.strip()));
        return saved;
    }

    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public CycleItem accept(long itemId, int lock, String by) {
        CycleItem item = submitted(itemId, lock);
        Instant now = clock.instant();
        CycleItem saved = save(item.withWorkflow(Workflow.ACCEPTED));
        history.save(new HistoryEntry(null, item.id(), HistoryEntry.Happened.ACCEPTED, null, null, null, by, now));
        ReportingCycle cycle = cycles.cycle(item.cycleId());
        events.publishEvent(new UpdateAccepted(cycle.planKey(), cycle.name(), item.commitmentRef(), by));
        return saved;
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long itemId) {
        return history.findByItemIdOrderByAtAscIdAsc(itemId);
    }

    /** The last submission of an update (what the analyst and the board read), if any: drafts never show. */
    @Transactional(readOnly = true)
    public java.util.Optional<HistoryEntry> lastSubmitted(long itemId) {
        return history.findByItemIdOrderByAtAscIdAsc(itemId).stream()
                .filter(entry -> entry.happened() == HistoryEntry.Happened.SUBMITTED)
                .reduce((first, second) -> second);
    }

    private CycleItem writable(long itemId, int lock) {
        CycleItem item = current(itemId, lock);
        if (item.requirement() != Requirement.DUE) {
            throw new StepRefused("No update is required on " + item.commitmentRef() + " this cycle ("
                    + item.requirement().words().toLowerCase(java.util.Locale.UK) + ").");
        }
        if (!item.workflow().leadMayWrite()) {
            throw new StepRefused("The update on " + item.commitmentRef() + " is "
                    + (item.workflow() == Workflow.SUBMITTED ? "with the analyst" : "accepted")
                    + ": it can no longer be changed.");
        }
        return item;
    }

    private CycleItem submitted(long itemId, int lock) {
        CycleItem item = current(itemId, lock);
        if (item.workflow() != Workflow.SUBMITTED) {
            throw new StepRefused("Only a submitted update can be reviewed; this one is "
                    + item.workflow().name().toLowerCase(java.util.Locale.UK).replace('_', ' ') + ".");
        }
        return item;
    }

    private CycleItem current(long itemId, int lock) {
        CycleItem item = cycles.item(itemId);
        if (item.version() != lock) {
            throw new OptimisticLockingFailureException("The update on " + item.commitmentRef()
                    + " was changed by someone else since you opened it: nothing was saved.");
        }
        return item;
    }

    private CycleItem save(CycleItem item) {
        return items.save(item);
    }

    private static void checkLength(String narrative) {
        if (narrative != null && narrative.length() > Narrative.MAX_LENGTH) {
            throw new IllegalArgumentException("narrative: at most " + Narrative.MAX_LENGTH + " characters");
        }
    }

    private static String clean(String narrative) {
        return narrative == null || narrative.isBlank()
                ? null
                : narrative.replace("\r\n", "\n").strip();
    }
}
