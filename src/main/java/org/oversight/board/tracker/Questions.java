package org.oversight.board.tracker;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.oversight.accounts.AccountsApi;
import org.oversight.accounts.Role;
import org.oversight.board.QuestionAnswered;
import org.oversight.board.QuestionRaised;
import org.oversight.board.meeting.Meeting;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questions and challenges: board members raise them at a meeting; a lead officer who holds one
 * of the subject's leads answers (or an analyst, for the report or a subject without a lead); the
 * answers appear in the next meeting's report.
 */
@Service
public class Questions {

    static final int MAX_TEXT = 4000;

    private final QuestionRepository questions;
    private final AccountsApi accounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Questions(QuestionRepository questions, AccountsApi accounts, Clock clock, ApplicationEventPublisher events) {
        this.questions = questions;
        this.accounts = accounts;
        this.clock = clock;
        this.events = events;
    }

    /** What a question is about. */
    public record Subject(SubjectKind kind, String ref, String label, List<String> leads) {}

    @Transactional
    public Question raise(Meeting meeting, Subject subject, String text, String by) {
        String cleaned = text(text, "text", "Enter the question or challenge");
        Question saved = questions.save(new Question(
                null,
                meeting.id(),
                subject.kind(),
                subject.ref(),
                subject.label(),
                subject.leads().isEmpty() ? null : String.join("\n", subject.leads()),
                cleaned,
                by,
                clock.instant(),
                null,
                null,
                null,
                null));
        events.publishEvent(
                new QuestionRaised(saved.id(), meeting.planKey(), meeting.meetingOn(), subject.label(), by, cleaned));
        return saved;
    }

    /**
     * Answers a question. A lead officer may answer only a question whose subject they lead;
     * analysts and admins may answer any. A question is answered once.
     */
    @Transactional
    public Question answer(long questionId, String answer, String by) {
        Question question = question(questionId);
        if (!mayAnswer(question, by)) {
            throw new AccessDeniedException("only a lead of " + question.subjectLabel() + " or an analyst may answer");
        }
        if (question.answered()) {
            throw new IllegalArgumentException("answer: the question has already been answered");
        }
        String cleaned = text(answer, "answer", "Enter the answer");
        Question saved = questions.save(question.withAnswer(cleaned, by, clock.instant()));
        events.publishEvent(new QuestionAnswered(saved.id(), saved.subjectLabel(), by, cleaned));
        return saved;
    }

    /** Whether the account may answer the question: an analyst or admin, or a lead officer holding one of its leads. */
    @Transactional(readOnly = true)
    public boolean mayAnswer(Question question, String username) {
        var account = accounts.account(username);
        if (account.isEmpty() || !account.get().enabled()) {
            return false;
        }
        Role role = account.get().role();
        if (role == Role.ADMIN || role == Role.ANALYST) {
            return true;
        }
        if (role != Role.LEAD_OFFICER) {
            return false;
        }
        List<String> held = accounts.leadsOf(username);
        return question.leadNames().stream().anyMatch(held::contains);
    }

    @Transactional(readOnly = true)
    public List<Question> ofMeeting(long meetingId) {
        return questions.findByMeetingIdOrderByRaisedAtAscIdAsc(meetingId);
    }

    /** The unanswered questions this account may answer, oldest first. */
    @Transactional(readOnly = true)
    public List<Question> toAnswer(String username) {
        return questions.findByAnswerIsNullOrderByRaisedAtAsc().stream()
                .filter(q -> mayAnswer(q, username))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Question> find(long id) {
        return questions.findById(id);
    }

    Question question(long id) {
        return questions.findById(id).orElseThrow(() -> new IllegalArgumentException("there is no question " + id));
    }

    static String text(String text, String field, String missing) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + ": " + missing);
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException(field + ": at most 4,000 characters");
        }
        return text.strip();
    }
}
