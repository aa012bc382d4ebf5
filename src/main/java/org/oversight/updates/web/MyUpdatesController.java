package org.oversight.updates.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.accounts.CurrentUser;
import org.oversight.accounts.LeadOfficerAccess;
import org.oversight.updates.UpdateState;
import org.oversight.updates.UpdateStatus;
import org.oversight.updates.domain.CycleItem;
import org.oversight.updates.domain.CycleViews;
import org.oversight.updates.domain.Cycles;
import org.oversight.updates.domain.EvidenceFiles;
import org.oversight.updates.domain.EvidenceType;
import org.oversight.updates.domain.HistoryEntry;
import org.oversight.updates.domain.LeadScope;
import org.oversight.updates.domain.Narrative;
import org.oversight.updates.domain.ReportingCycle;
import org.oversight.updates.domain.UpdateWork;
import org.oversight.updates.domain.Workflow;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A lead officer's updates: what is due, overdue, returned and submitted across the cycles, and the
 * page where they write, save a draft, attach evidence and submit. Only items of the leads they hold
 * (or deputise for) are shown; any other is answered 404, and every change is checked again by
 * {@code @leadScope} method security.
 */
@Controller
@LeadOfficerAccess
class MyUpdatesController {

    private final Cycles cycles;
    private final CycleViews views;
    private final LeadScope scope;
    private final UpdateWork work;
    private final EvidenceFiles evidence;
    private final CyclePages pages;

    MyUpdatesController(
            Cycles cycles,
            CycleViews views,
            LeadScope scope,
            UpdateWork work,
            EvidenceFiles evidence,
            CyclePages pages) {
        this.cycles = cycles;
        this.views = views;
        this.scope = scope;
        this.work = work;
        this.evidence = evidence;
        this.pages = pages;
    }

    /** The sections of "My updates", in the order a lead works through them. */
    static final List<UpdateState> SECTIONS = List.of(
            UpdateState.OVERDUE,
            UpdateState.RETURNED,
            UpdateState.DUE,
            UpdateState.SUBMITTED,
            UpdateState.ACCEPTED,
            UpdateState.DEFERRED,
            UpdateState.NOT_REQUIRED);

    @GetMapping("/my-updates")
    String mine(Model model) {
        String me = CurrentUser.name();
        List<CycleViews.Row> rows = new ArrayList<>();
        for (ReportingCycle cycle : cycles.all()) {
            for (CycleItem item : scope.itemsLedBy(cycle.id(), me)) {
                rows.add(views.row(cycle, item));
            }
        }
        rows.sort(Comparator.comparing((CycleViews.Row row) -> row.cycle().deadline())
                .reversed()
                .thenComparing(row -> row.item().position()));
        Map<UpdateState, List<CycleViews.Row>> sections = new LinkedHashMap<>();
        for (UpdateState state : SECTIONS) {
            List<CycleViews.Row> inSection =
                    rows.stream().filter(row -> row.state() == state).toList();
            if (!inSection.isEmpty()) {
                sections.put(state, inSection);
            }
        }
        model.addAttribute("sections", sections);
        model.addAttribute("leads", scope.leadsHeld(me));
        return "updates/my-updates";
    }

    @GetMapping("/my-updates/items/{itemId}")
    String item(@PathVariable long itemId, Model model) {
        CycleItem item = mine(itemId);
        return page(
                model,
                item,
                item.narrative(),
                item.status() == null ? null : item.status().code(),
                Map.of(),
                null);
    }

    @PostMapping("/my-updates/items/{itemId}")
    String save(
            @PathVariable long itemId,
            @RequestParam(defaultValue = "") String narrative,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "-1") int lock,
            @RequestParam(defaultValue = "draft") String action,
            Model model,
            RedirectAttributes redirect) {
        CycleItem item = mine(itemId);
        Map<String, String> errors = new LinkedHashMap<>();
        UpdateStatus chosen = null;
        if (status != null && !status.isBlank()) {
            try {
                chosen = UpdateStatus.fromCode(status);
            } catch (IllegalArgumentException e) {
                errors.put("status", "Choose one of the statuses");
            }
        }
        if (narrative.length() > Narrative.MAX_LENGTH) {
            errors.put("narrative", "The update must be at most " + Narrative.MAX_LENGTH + " characters");
        }
        if (errors.isEmpty()) {
            UpdateWork.Draft draft = new UpdateWork.Draft(narrative, chosen, lock);
            try {
                if (action.equals("submit")) {
                    work.submit(item.id(), draft, CurrentUser.name());
                    redirect.addFlashAttribute(
                            "message", "Your update on " + item.commitmentRef() + " is submitted to the analyst.");
                    return "redirect:/my-updates";
                }
                work.saveDraft(item.id(), draft, CurrentUser.name());
                redirect.addFlashAttribute("message", "Draft saved. It is not submitted yet.");
                return "redirect:/my-updates/items/" + item.id();
            } catch (IllegalArgumentException e) {
                errors.put(CyclesController.field(e.getMessage()), CyclesController.message(e.getMessage()));
            } catch (UpdateWork.StepRefused | OptimisticLockingFailureException e) {
                return page(model, mine(itemId), narrative, status, Map.of(), e.getMessage());
            }
        }
        return page(model, item, narrative, status, errors, null);
    }

    @PostMapping("/my-updates/items/{itemId}/evidence")
    String attach(
            @PathVariable long itemId,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        CycleItem item = mine(itemId);
        try {
            if (file == null || file.isEmpty()) {
                throw new IllegalArgumentException("file: choose a file to attach");
            }
            var saved = evidence.attach(item.id(), file.getOriginalFilename(), file.getBytes(), CurrentUser.name());
            redirect.addFlashAttribute("message", saved.fileName() + " attached.");
            return "redirect:/my-updates/items/" + item.id() + "#evidence";
        } catch (IllegalArgumentException e) {
            return page(
                    model,
                    item,
                    item.narrative(),
                    item.status() == null ? null : item.status().code(),
                    Map.of("file", CyclesController.message(e.getMessage())),
                    null);
        } catch (UpdateWork.StepRefused e) {
            return page(model, item, item.narrative(), null, Map.of(), e.getMessage());
        }
    }

    @PostMapping("/my-updates/items/{itemId}/evidence/{fileId}/remove")
    String remove(@PathVariable long itemId, @PathVariable long fileId, RedirectAttributes redirect) {
        CycleItem item = mine(itemId);
        try {
            evidence.remove(item.id(), fileId, CurrentUser.name());
            redirect.addFlashAttribute("message", "File removed.");
        } catch (IllegalArgumentException | UpdateWork.StepRefused e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/my-updates/items/" + item.id() + "#evidence";
    }

    @GetMapping("/my-updates/items/{itemId}/evidence/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long itemId, @PathVariable long fileId) {
        CycleItem item = mine(itemId);
        return EvidenceDownload.of(evidence.file(item.id(), fileId)
                .orElseThrow(() -> new CycleNotFound("The update has no file " + fileId + ".")));
    }

    private String page(
            Model model, CycleItem item, String narrative, String status, Map<String, String> errors, String problem) {
        ReportingCycle cycle = pages.cycle(item.cycleId());
        CycleViews.Row row = views.row(cycle, item);
        model.addAttribute("cycle", cycle);
        model.addAttribute("row", row);
        model.addAttribute("narrative", narrative);
        model.addAttribute("status", status);
        model.addAttribute("statuses", UpdateStatus.values());
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        List<HistoryEntry> history = work.history(item.id());
        model.addAttribute("history", history);
        model.addAttribute(
                "returned",
                item.workflow() == Workflow.RETURNED
                        ? history.stream()
                                .filter(entry -> entry.happened() == HistoryEntry.Happened.RETURNED)
                                .reduce((first, second) -> second)
                                .orElse(null)
                        : null);
        model.addAttribute("files", evidence.list(item.id()));
        model.addAttribute(
                "writable",
                row.state() != UpdateState.NOT_REQUIRED
                        && row.state() != UpdateState.DEFERRED
                        && item.workflow().leadMayWrite());
        model.addAttribute("allowedFiles", EvidenceType.allowedExtensions());
        return "updates/my-item";
    }

    /** The item, if the signed-in lead leads it; otherwise 404, as if it did not exist. */
    private CycleItem mine(long itemId) {
        CycleItem item = pages.item(itemId);
        if (!scope.leads(item, CurrentUser.name())) {
            throw new CycleNotFound("You do not lead an update " + itemId + ".");
        }
        return item;
    }
}
