package org.oversight.board.web;

import java.util.Map;
import org.oversight.accounts.AnalystAccess;
import org.oversight.accounts.BoardMemberAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.board.actionplan.ActionPlan;
import org.oversight.board.actionplan.ActionPlanItem;
import org.oversight.board.actionplan.ActionPlans;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The summits' action plans: the Board reads them; analysts record progress on each action. */
@Controller
class ActionPlansController {

    private final ActionPlans plans;

    ActionPlansController(ActionPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/board/action-plans")
    @BoardMemberAccess
    String list(Model model) {
        model.addAttribute(
                "plans",
                plans.all().stream()
                        .map(p -> Map.entry(p, plans.items(p).size()))
                        .toList());
        return "board/action-plans";
    }

    @GetMapping("/board/action-plans/{code}")
    @BoardMemberAccess
    String plan(@PathVariable String code, Model model) {
        ActionPlan plan = plan(code);
        model.addAttribute("plan", plan);
        model.addAttribute("items", plans.items(plan));
        return "board/action-plan";
    }

    @GetMapping("/board/action-plans/{code}/actions/{position}")
    @AnalystAccess
    String progressForm(@PathVariable String code, @PathVariable int position, Model model) {
        ActionPlan plan = plan(code);
        ActionPlanItem item = item(plan, position);
        return form(plan, item, item.progress() == null ? "" : item.progress(), Map.of(), model);
    }

    @PostMapping("/board/action-plans/{code}/actions/{position}")
    @AnalystAccess
    String progress(
            @PathVariable String code,
            @PathVariable int position,
            @RequestParam(defaultValue = "") String progress,
            Model model,
            RedirectAttributes redirect) {
        ActionPlan plan = plan(code);
        ActionPlanItem item = item(plan, position);
        try {
            plans.updateProgress(code, position, progress, CurrentUser.name());
            redirect.addFlashAttribute("message", "Progress updated.");
            return "redirect:/board/action-plans/" + code + "#action-" + position;
        } catch (IllegalArgumentException e) {
            return form(plan, item, progress, BoardPages.error(e), model);
        }
    }

    private ActionPlan plan(String code) {
        return plans.find(code).orElseThrow(() -> BoardPages.notFound("There is no action plan " + code + "."));
    }

    private ActionPlanItem item(ActionPlan plan, int position) {
        return plans.items(plan).stream()
                .filter(i -> i.position() == position)
                .findFirst()
                .orElseThrow(() -> BoardPages.notFound("The action plan has no action " + position + "."));
    }

    private String form(
            ActionPlan plan, ActionPlanItem item, String progress, Map<String, String> errors, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("item", item);
        model.addAttribute("progress", progress);
        model.addAttribute("errors", errors);
        return "board/action-plan-progress";
    }
}
