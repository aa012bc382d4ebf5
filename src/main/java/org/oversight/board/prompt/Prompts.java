package org.oversight.board.prompt;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oversight.board.ScrutinyPromptDecided;
import org.oversight.board.meeting.Meeting;
import org.oversight.board.tracker.Question;
import org.oversight.board.tracker.Questions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's scrutiny prompts: kept in step with its report's exceptions while the report is
 * drafted (a decided prompt is kept even when its exception has gone; an undecided one goes), and
 * decided by board members: adopted as proposed, adopted with their own words, or dismissed.
 */
@Service
public class Prompts {

    private final ScrutinyPromptRepository prompts;
    private final Questions questions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Prompts(ScrutinyPromptRepository prompts, Questions questions, Clock clock, ApplicationEventPublisher events) {
        this.prompts = prompts;
        this.questions = questions;
        this.clock = clock;
        this.events = events;
    }

    /** Brings the stored prompts in step with a report's proposals (part of drafting the report). */
    @Transactional
    public void sync(Meeting meeting, List<Proposal> proposals) {
        Map<String, ScrutinyPrompt> stored = new HashMap<>();
        prompts.findByMeetingIdOrderById(meeting.id()).forEach(p -> stored.put(p.exceptionKey(), p));
        for (Proposal proposal : proposals) {
            ScrutinyPrompt existing = stored.remove(proposal.exceptionKey());
            if (existing == null) {
                prompts.save(new ScrutinyPrompt(
                        null,
                        meeting.id(),
                        proposal.exceptionKey(),
                        proposal.kind(),
                        proposal.subjectKind(),
                        proposal.subjectRef(),
                        proposal.subjectLabel(),
                        proposal.leads().isEmpty() ? null : String.join("\n", proposal.leads()),
                        proposal.fact(),
                        proposal.proposed(),
                        PromptState.PROPOSED,
                        null,
                        null,
                        null,
                        null,
                        null));
            } else if (existing.state() == PromptState.PROPOSED
                    && (!existing.fact().equals(proposal.fact())
                            || !existing.proposed().equals(proposal.proposed()))) {
                prompts.save(new ScrutinyPrompt(
                        existing.id(),
                        existing.meetingId(),
                        existing.exceptionKey(),
                        proposal.kind(),
                        proposal.subjectKind(),
                        proposal.subjectRef(),
                        proposal.subjectLabel(),
                        existing.leads(),
                        proposal.fact(),
                        proposal.proposed(),
                        PromptState.PROPOSED,
                        null,
                        null,
                        null,
                        null,
                        existing.version()));
            }
        }
        stored.values().stream().filter(p -> p.state() == PromptState.PROPOSED).forEach(prompts::delete);
    }

    /** The decisions the report shows: the adopted wording, or null for a dismissed prompt. */
    @Transactional(readOnly = true)
    public Map<String, String> decisions(long meetingId) {
        Map<String, String> decisions = new HashMap<>();
        for (ScrutinyPrompt prompt : prompts.findByMeetingIdOrderById(meetingId)) {
            if (prompt.state() == PromptState.ADOPTED) {
                decisions.put(prompt.exceptionKey(), prompt.question());
            } else if (prompt.state() == PromptState.DISMISSED) {
                decisions.put(prompt.exceptionKey(), null);
            }
        }
        return decisions;
    }

    @Transactional(readOnly = true)
    public List<ScrutinyPrompt> ofMeeting(long meetingId) {
        return prompts.findByMeetingIdOrderById(meetingId);
    }

    @Transactional(readOnly = true)
    public Optional<ScrutinyPrompt> find(long id) {
        return prompts.findById(id);
    }

    /**
     * Adopts a prompt, in the member's words when given (else as proposed): it is raised as a
     * question to the subject's lead at the meeting.
     */
    @Transactional
    public ScrutinyPrompt adopt(Meeting meeting, long promptId, String words, String by) {
        ScrutinyPrompt prompt = undecided(meeting, promptId);
        String text = words == null || words.isBlank() ? prompt.proposed() : words.strip();
        Question question = questions.raise(
                meeting,
                new Questions.Subject(
                        prompt.subjectKind(), prompt.subjectRef(), prompt.subjectLabel(), prompt.leadNames()),
                text,
                by);
        ScrutinyPrompt saved = prompts.save(decided(prompt, PromptState.ADOPTED, text, by, question.id()));
        events.publishEvent(new ScrutinyPromptDecided(
                meeting.planKey(),
                meeting.meetingOn(),
                prompt.exceptionKey(),
                text.equals(prompt.proposed()) ? "adopted" : "adopted with changes",
                by,
                text));
        return saved;
    }

    @Transactional
    public ScrutinyPrompt dismiss(Meeting meeting, long promptId, String by) {
        ScrutinyPrompt prompt = undecided(meeting, promptId);
        ScrutinyPrompt saved = prompts.save(decided(prompt, PromptState.DISMISSED, null, by, null));
        events.publishEvent(new ScrutinyPromptDecided(
                meeting.planKey(), meeting.meetingOn(), prompt.exceptionKey(), "dismissed", by, null));
        return saved;
    }

    private ScrutinyPrompt undecided(Meeting meeting, long promptId) {
        ScrutinyPrompt prompt = prompts.findById(promptId)
                .filter(p -> p.meetingId().equals(meeting.id()))
                .orElseThrow(() -> new IllegalArgumentException("the meeting has no prompt " + promptId));
        if (prompt.state() != PromptState.PROPOSED) {
            throw new IllegalArgumentException(
                    "prompt: it has already been " + prompt.state().words().toLowerCase(java.util.Locale.UK));
        }
        return prompt;
    }

    private ScrutinyPrompt decided(ScrutinyPrompt p, PromptState state, String text, String by, Long questionId) {
        return new ScrutinyPrompt(
                p.id(),
                p.meetingId(),
                p.exceptionKey(),
                p.kind(),
                p.subjectKind(),
                p.subjectRef(),
                p.subjectLabel(),
                p.leads(),
                p.fact(),
                p.proposed(),
                state,
                text,
                by,
                clock.instant(),
                questionId,
                p.version());
    }
}
