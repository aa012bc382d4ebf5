package org.oversight.board.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.oversight.accounts.AnalystAccess;
import org.oversight.accounts.BoardMemberAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.board.meeting.Meeting;
import org.oversight.board.meeting.Meetings;
import org.oversight.board.tracker.Action;
import org.oversight.board.tracker.ActionStatus;
import org.oversight.board.tracker.Actions;
import org.oversight.board.tracker.OverdueActions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The action tracker: the Board reads it; analysts set actions at a meeting and note their progress. */
@Controller
class ActionsController {

    private final Actions actions;
    private final Meetings meetings;
    private final BoardPages pages;
    private final Clock clock;

    ActionsController(Actions actions, Meetings meetings, BoardPages pages, Clock clock) {
        this.actions = actions;
        this.meetings = meetings;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/board/meetings/{id}/actions/new")
    @AnalystAccess
    String newAction(@PathVariable long id, Model model) {
        return form(pages.meeting(id), Map.of(), Map.of(), model);
    }

    @PostMapping("/board/meetings/{id}/actions/new")
    @AnalystAccess
    String set(
            @PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Meeting meeting = pages.meeting(id);
        LocalDate due;
        try {
            due = LocalDate.parse(form.getOrDefault("dueOn", "").strip());
        } catch (DateTimeParseException e) {
            return form(meeting, form, Map.of("dueOn", "Enter the date the action is due, like 2015-01-31"), model);
        }
        try {
            actions.set(meeting, form.get("subject"), form.get("text"), form.get("owner"), due, CurrentUser.name());
            redirect.addFlashAttribute("message", "Action set; it is carried to every meeting until it is done.");
            return "redirect:/board/meetings/" + id + "#meeting-actions";
        } catch (IllegalArgumentException e) {
            return form(meeting, form, BoardPages.error(e), model);
        }
    }

    private String form(Meeting meeting, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "board/new-action";
    }

    @GetMapping("/board/actions/{actionId}")
    @BoardMemberAccess
    String action(@PathVariable long actionId, Model model) {
        return page(action(actionId), "", null, Map.of(), model);
    }

    @PostMapping("/board/actions/{actionId}")
    @AnalystAccess
    String progress(
            @PathVariable long actionId,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") String status,
            Model model,
            RedirectAttributes redirect) {
        Action action = action(actionId);
        ActionStatus chosen;
        try {
            chosen = ActionStatus.fromCode(status);
        } catch (IllegalArgumentException e) {
            return page(action, note, null, Map.of("status", "Choose where the action stands"), model);
        }
        try {
            actions.progress(actionId, note, chosen, CurrentUser.name());
            redirect.addFlashAttribute("message", "Progress noted.");
            return "redirect:/board/actions/" + actionId;
        } catch (IllegalArgumentException e) {
            return page(action, note, chosen, BoardPages.error(e), model);
        }
    }

    private Action action(long id) {
        return actions.find(id).orElseThrow(() -> BoardPages.notFound("There is no action " + id + "."));
    }

    private String page(Action action, String note, ActionStatus status, Map<String, String> errors, Model model) {
        model.addAttribute("action", action);
        model.addAttribute("meeting", meetings.find(action.meetingId()).orElseThrow());
        model.addAttribute("notes", actions.notes(action.id()));
        model.addAttribute("overdue", OverdueActions.overdue(action.status(), action.dueOn(), LocalDate.now(clock)));
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("note", note);
        model.addAttribute("status", status == null ? action.status() : status);
        model.addAttribute("errors", errors);
        return "board/action";
    }
}
