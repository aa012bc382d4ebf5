package org.oversight.board.web;

import java.util.Map;
import org.oversight.accounts.BoardMemberAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.board.meeting.Meeting;
import org.oversight.board.prompt.Prompts;
import org.oversight.board.prompt.ScrutinyPrompt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Scrutiny prompts: a board member adopts one (as proposed or in their own words) or dismisses it. */
@Controller
class PromptsController {

    private final Prompts prompts;
    private final BoardPages pages;

    PromptsController(Prompts prompts, BoardPages pages) {
        this.prompts = prompts;
        this.pages = pages;
    }

    @GetMapping("/board/meetings/{id}/prompts/{promptId}")
    @BoardMemberAccess
    String prompt(@PathVariable long id, @PathVariable long promptId, Model model) {
        Meeting meeting = pages.meeting(id);
        ScrutinyPrompt prompt = prompt(meeting, promptId);
        return page(meeting, prompt, prompt.question(), Map.of(), model);
    }

    @PostMapping("/board/meetings/{id}/prompts/{promptId}/adopt")
    @BoardMemberAccess
    String adopt(
            @PathVariable long id,
            @PathVariable long promptId,
            @RequestParam(defaultValue = "") String text,
            Model model,
            RedirectAttributes redirect) {
        Meeting meeting = pages.meeting(id);
        ScrutinyPrompt prompt = prompt(meeting, promptId);
        try {
            prompts.adopt(meeting, promptId, text, CurrentUser.name());
            redirect.addFlashAttribute("message", "Question adopted and raised with " + leads(prompt) + ".");
            return "redirect:/board/meetings/" + id + "#meeting-prompts";
        } catch (IllegalArgumentException e) {
            Map<String, String> error = BoardPages.error(e);
            return page(
                    meeting,
                    prompt,
                    text,
                    error.containsKey("text")
                            ? error
                            : Map.of("text", error.values().iterator().next()),
                    model);
        }
    }

    @PostMapping("/board/meetings/{id}/prompts/{promptId}/dismiss")
    @BoardMemberAccess
    String dismiss(@PathVariable long id, @PathVariable long promptId, Model model, RedirectAttributes redirect) {
        Meeting meeting = pages.meeting(id);
        ScrutinyPrompt prompt = prompt(meeting, promptId);
        try {
            prompts.dismiss(meeting, promptId, CurrentUser.name());
            redirect.addFlashAttribute("message", "Prompt dismissed.");
            return "redirect:/board/meetings/" + id + "#meeting-prompts";
        } catch (IllegalArgumentException e) {
            return page(
                    meeting,
                    prompt,
                    prompt.question(),
                    Map.of("text", BoardPages.error(e).values().iterator().next()),
                    model);
        }
    }

    private ScrutinyPrompt prompt(Meeting meeting, long promptId) {
        return prompts.find(promptId)
                .filter(p -> p.meetingId().equals(meeting.id()))
                .orElseThrow(() -> BoardPages.notFound("The meeting has no prompt " + promptId + "."));
    }

    private static String leads(ScrutinyPrompt prompt) {
        return prompt.leadNames().isEmpty() ? "the analysts" : String.join(" and ", prompt.leadNames());
    }

    private String page(Meeting meeting, ScrutinyPrompt prompt, String text, Map<String, String> errors, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("prompt", prompt);
        model.addAttribute("text", text);
        model.addAttribute("errors", errors);
        return "board/prompt";
    }
}
