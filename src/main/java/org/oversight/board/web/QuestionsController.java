package org.oversight.board.web;

import java.util.List;
import java.util.Map;
import org.oversight.accounts.BoardMemberAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.board.meeting.Meeting;
import org.oversight.board.meeting.Meetings;
import org.oversight.board.tracker.Question;
import org.oversight.board.tracker.Questions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Questions and challenges: board members raise them at a meeting; lead officers answer those on
 * what they lead, analysts any (access rule: lead officers and analysts, then {@code Questions}
 * checks the lead).
 */
@Controller
class QuestionsController {

    static final String ANSWERERS = "hasAnyRole('LEAD_OFFICER', 'ANALYST')";

    private final Questions questions;
    private final Meetings meetings;
    private final BoardPages pages;

    QuestionsController(Questions questions, Meetings meetings, BoardPages pages) {
        this.questions = questions;
        this.meetings = meetings;
        this.pages = pages;
    }

    /** A question as a page shows it: whether the reader may answer it. */
    record Shown(Question question, boolean answerable) {}

    @GetMapping("/board/meetings/{id}/questions/new")
    @BoardMemberAccess
    String newQuestion(@PathVariable long id, Model model) {
        return form(pages.meeting(id), Map.of(), Map.of(), model);
    }

    @PostMapping("/board/meetings/{id}/questions/new")
    @BoardMemberAccess
    String raise(
            @PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Meeting meeting = pages.meeting(id);
        var subject = pages.subjects(meeting).stream()
                .filter(c -> c.value().equals(form.getOrDefault("subject", "")))
                .findFirst();
        if (subject.isEmpty()) {
            return form(meeting, form, Map.of("subject", "Choose what the question is about"), model);
        }
        try {
            questions.raise(meeting, subject.get().subject(), form.get("text"), CurrentUser.name());
            redirect.addFlashAttribute(
                    "message", "Question raised; the lead will answer it and the answer will be in the next report.");
            return "redirect:/board/meetings/" + id + "#meeting-questions";
        } catch (IllegalArgumentException e) {
            return form(meeting, form, BoardPages.error(e), model);
        }
    }

    private String form(Meeting meeting, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("subjects", pages.subjects(meeting));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "board/new-question";
    }

    /** Where a question was raised, for the list of questions to answer. */
    record ToAnswer(Question question, Meeting meeting) {}

    @GetMapping("/board/questions")
    @PreAuthorize(ANSWERERS)
    String toAnswer(Model model) {
        List<ToAnswer> open = questions.toAnswer(CurrentUser.name()).stream()
                .map(q -> new ToAnswer(q, meetings.find(q.meetingId()).orElseThrow()))
                .toList();
        model.addAttribute("questions", open);
        return "board/questions";
    }

    @GetMapping("/board/questions/{questionId}/answer")
    @PreAuthorize(ANSWERERS)
    String answerForm(@PathVariable long questionId, Model model) {
        return answerForm(answerable(questionId), "", Map.of(), model);
    }

    @PostMapping("/board/questions/{questionId}/answer")
    @PreAuthorize(ANSWERERS)
    String answer(
            @PathVariable long questionId,
            @RequestParam(defaultValue = "") String answer,
            Model model,
            RedirectAttributes redirect) {
        Question question = answerable(questionId);
        try {
            questions.answer(questionId, answer, CurrentUser.name());
            redirect.addFlashAttribute("message", "Answer saved: it will be in the next meeting's report.");
            return "redirect:/board/questions";
        } catch (IllegalArgumentException e) {
            return answerForm(question, answer, BoardPages.error(e), model);
        }
    }

    /** The question, if this reader may answer it; otherwise 404 (a lead officer sees only their own). */
    private Question answerable(long questionId) {
        return questions
                .find(questionId)
                .filter(q -> questions.mayAnswer(q, CurrentUser.name()))
                .orElseThrow(() -> BoardPages.notFound("There is no question " + questionId + " for you to answer."));
    }

    private String answerForm(Question question, String answer, Map<String, String> errors, Model model) {
        model.addAttribute("question", question);
        model.addAttribute("meeting", meetings.find(question.meetingId()).orElseThrow());
        model.addAttribute("answer", answer);
        model.addAttribute("errors", errors);
        return "board/answer";
    }
}
