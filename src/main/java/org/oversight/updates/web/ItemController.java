package org.oversight.updates.web;

import org.oversight.accounts.AnalystAccess;
import org.oversight.accounts.BoardMemberAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.updates.domain.CycleItem;
import org.oversight.updates.domain.CycleViews;
import org.oversight.updates.domain.Cycles;
import org.oversight.updates.domain.EvidenceFiles;
import org.oversight.updates.domain.HistoryEntry;
import org.oversight.updates.domain.ReportingCycle;
import org.oversight.updates.domain.Requirement;
import org.oversight.updates.domain.UpdateWork;
import org.oversight.updates.reminders.Reminders;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One commitment's update in a cycle: board members read it with its history; analysts review it
 * (accept, or return with a comment) and override whether it is required.
 */
@Controller
class ItemController {

    private final CyclePages pages;
    private final CycleViews views;
    private final Cycles cycles;
    private final UpdateWork work;
    private final EvidenceFiles evidence;
    private final Reminders reminders;

    ItemController(
            CyclePages pages,
            CycleViews views,
            Cycles cycles,
            UpdateWork work,
            EvidenceFiles evidence,
            Reminders reminders) {
        this.pages = pages;
        this.views = views;
        this.cycles = cycles;
        this.work = work;
        this.evidence = evidence;
        this.reminders = reminders;
    }

    @GetMapping("/cycles/{id}/items/{itemId}")
    @BoardMemberAccess
    String item(@PathVariable long id, @PathVariable long itemId, Model model) {
        ReportingCycle cycle = pages.cycle(id);
        CycleItem item = pages.item(cycle, itemId);
        return page(model, cycle, item, null, null);
    }

    @PostMapping("/cycles/{id}/items/{itemId}/accept")
    @AnalystAccess
    String accept(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam(defaultValue = "-1") int lock,
            Model model,
            RedirectAttributes redirect) {
        ReportingCycle cycle = pages.cycle(id);
        CycleItem item = pages.item(cycle, itemId);
        try {
            work.accept(item.id(), lock, CurrentUser.name());
            redirect.addFlashAttribute("message", "Update on " + item.commitmentRef() + " accepted.");
            return "redirect:/cycles/" + id + "/items/" + itemId;
        } catch (UpdateWork.StepRefused | OptimisticLockingFailureException e) {
            return page(model, cycle, pages.item(cycle, itemId), e.getMessage(), null);
        }
    }

    @PostMapping("/cycles/{id}/items/{itemId}/return")
    @AnalystAccess
    String returnToLead(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam(defaultValue = "-1") int lock,
            @RequestParam(defaultValue = "") String comment,
            Model model,
            RedirectAttributes redirect) {
        ReportingCycle cycle = pages.cycle(id);
        CycleItem item = pages.item(cycle, itemId);
        try {
            work.returnToLead(item.id(), comment, lock, CurrentUser.name());
            redirect.addFlashAttribute("message", "Update on " + item.commitmentRef() + " returned to its lead.");
            return "redirect:/cycles/" + id + "/items/" + itemId;
        } catch (IllegalArgumentException e) {
            model.addAttribute("comment", comment);
            return page(model, cycle, pages.item(cycle, itemId), null, CyclesController.message(e.getMessage()));
        } catch (UpdateWork.StepRefused | OptimisticLockingFailureException e) {
            return page(model, cycle, pages.item(cycle, itemId), e.getMessage(), null);
        }
    }

    @PostMapping("/cycles/{id}/items/{itemId}/requirement")
    @AnalystAccess
    String override(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam(defaultValue = "") String requirement,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) String deferredTo,
            Model model,
            RedirectAttributes redirect) {
        ReportingCycle cycle = pages.cycle(id);
        CycleItem item = pages.item(cycle, itemId);
        try {
            Requirement chosen = Requirement.fromCode(requirement);
            cycles.override(item.id(), chosen, reason, deferredTo, CurrentUser.name());
            redirect.addFlashAttribute("message", "Requirement of " + item.commitmentRef() + " changed.");
            return "redirect:/cycles/" + id + "/items/" + itemId;
        } catch (IllegalArgumentException e) {
            model.addAttribute("overrideProblem", CyclesController.message(e.getMessage()));
            model.addAttribute("reason", reason);
            return page(model, cycle, item, null, null);
        }
    }

    private String page(Model model, ReportingCycle cycle, CycleItem item, String problem, String commentProblem) {
        model.addAttribute("cycle", cycle);
        model.addAttribute("row", views.row(cycle, item));
        var history = work.history(item.id());
        model.addAttribute("history", history);
        model.addAttribute(
                "submitted",
                history.stream()
                        .filter(entry -> entry.happened() == HistoryEntry.Happened.SUBMITTED)
                        .reduce((first, second) -> second)
                        .orElse(null));
        model.addAttribute("files", evidence.list(item.id()));
        model.addAttribute("reminders", reminders.forItem(item.id()));
        model.addAttribute("requirements", Requirement.values());
        model.addAttribute("problem", problem);
        model.addAttribute("commentProblem", commentProblem);
        return "updates/item";
    }
}
