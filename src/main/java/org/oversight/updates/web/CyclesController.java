package org.oversight.updates.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.accounts.AnalystAccess;
import org.oversight.accounts.BoardMemberAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.plan.PlanApi;
import org.oversight.updates.domain.CycleViews;
import org.oversight.updates.domain.Cycles;
import org.oversight.updates.domain.ReportingCycle;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reporting cycles: board members, analysts and admins read them; analysts open them and delegate leads. */
@Controller
class CyclesController {

    private final Cycles cycles;
    private final CycleViews views;
    private final CyclePages pages;
    private final PlanApi plans;

    CyclesController(Cycles cycles, CycleViews views, CyclePages pages, PlanApi plans) {
        this.cycles = cycles;
        this.views = views;
        this.pages = pages;
        this.plans = plans;
    }

    /** A cycle in the list, with how far it has got. */
    record Listed(ReportingCycle cycle, CycleViews.Progress progress, long overdue, String planTitle) {}

    @GetMapping("/cycles")
    @BoardMemberAccess
    String list(Model model) {
        List<Listed> listed = new ArrayList<>();
        for (ReportingCycle cycle : cycles.all()) {
            List<CycleViews.Row> rows = views.rows(cycle);
            CycleViews.Progress progress = CycleViews.overall(rows);
            listed.add(new Listed(
                    cycle,
                    progress,
                    progress.overdue(),
                    plans.versionTitle(cycle.planKey(), cycle.versionLabel()).orElse(cycle.planKey())));
        }
        model.addAttribute("cycles", listed);
        return "updates/cycles";
    }

    @GetMapping("/cycles/{id}")
    @BoardMemberAccess
    String cycle(@PathVariable long id, @RequestParam(required = false) String state, Model model) {
        ReportingCycle cycle = pages.cycle(id);
        List<CycleViews.Row> rows = views.rows(cycle);
        List<CycleViews.Row> shown = state == null || state.isBlank()
                ? rows
                : rows.stream().filter(row -> row.state().code().equals(state)).toList();
        Map<String, List<CycleViews.Row>> byObjective = new LinkedHashMap<>();
        for (CycleViews.Row row : shown) {
            byObjective
                    .computeIfAbsent(CycleViews.objectiveName(row.item()), k -> new ArrayList<>())
                    .add(row);
        }
        model.addAttribute("cycle", cycle);
        model.addAttribute(
                "planTitle",
                plans.versionTitle(cycle.planKey(), cycle.versionLabel()).orElse(""));
        model.addAttribute("overall", CycleViews.overall(rows));
        model.addAttribute("byObjective", byObjective);
        model.addAttribute("state", state);
        model.addAttribute("states", org.oversight.updates.UpdateState.values());
        model.addAttribute("counts", counts(rows));
        model.addAttribute("delegations", cycles.delegations(id));
        return "updates/cycle";
    }

    @GetMapping("/cycles/new")
    @AnalystAccess
    String newCycle(Model model) {
        return form(model, Map.of(), Map.of());
    }

    @PostMapping("/cycles/new")
    @AnalystAccess
    String open(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        String[] version = form.getOrDefault("planVersion", "").split("\\|", 2);
        if (version.length != 2) {
            errors.put("planVersion", "Choose the plan version the cycle reports on");
        }
        LocalDate periodStart = date(form, "periodStart", "the first day of the period", errors);
        LocalDate periodEnd = date(form, "periodEnd", "the last day of the period", errors);
        LocalDate deadline = date(form, "deadline", "the submission deadline", errors);
        LocalDate meeting = optionalDate(form, "meetingOn", errors);
        if (form.getOrDefault("name", "").isBlank()) {
            errors.put("name", "Enter the cycle's name, such as 'March 2015 Board'");
        }
        if (errors.isEmpty()) {
            try {
                ReportingCycle cycle = cycles.open(
                        new Cycles.OpenCycle(
                                version[0],
                                version[1],
                                form.get("name"),
                                periodStart,
                                periodEnd,
                                deadline,
                                meeting,
                                form.get("meetingName"),
                                form.get("note")),
                        CurrentUser.name());
                redirect.addFlashAttribute("message", "Cycle " + cycle.name() + " opened.");
                return "redirect:/cycles/" + cycle.id();
            } catch (IllegalArgumentException e) {
                errors.put(field(e.getMessage()), message(e.getMessage()));
            }
        }
        return form(model, form, errors);
    }

    @GetMapping("/cycles/{id}/delegations")
    @AnalystAccess
    String delegations(@PathVariable long id, Model model) {
        return delegationForm(id, model, Map.of(), Map.of());
    }

    @PostMapping("/cycles/{id}/delegations")
    @AnalystAccess
    String delegate(
            @PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        pages.cycle(id);
        try {
            cycles.delegate(id, form.getOrDefault("lead", ""), form.getOrDefault("deputy", ""), CurrentUser.name());
            redirect.addFlashAttribute(
                    "message", form.get("lead") + " is delegated to " + form.get("deputy") + " for this cycle.");
            return "redirect:/cycles/" + id + "/delegations";
        } catch (IllegalArgumentException | OptimisticLockingFailureException e) {
            return delegationForm(id, model, form, Map.of(field(e.getMessage()), message(e.getMessage())));
        }
    }

    private String delegationForm(long id, Model model, Map<String, String> form, Map<String, String> errors) {
        ReportingCycle cycle = pages.cycle(id);
        model.addAttribute("cycle", cycle);
        model.addAttribute("delegations", cycles.delegations(id));
        model.addAttribute(
                "leads",
                cycles.items(id).stream()
                        .flatMap(item -> item.leads().stream())
                        .distinct()
                        .sorted()
                        .toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "updates/delegations";
    }

    private String form(Model model, Map<String, String> form, Map<String, String> errors) {
        List<String[]> versions = new ArrayList<>();
        plansAndVersions(versions);
        model.addAttribute("versions", versions);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "updates/new-cycle";
    }

    private void plansAndVersions(List<String[]> versions) {
        for (String key : plans.planKeys()) {
            for (String label : plans.versions(key)) {
                versions.add(new String[] {
                    key + "|" + label, plans.versionTitle(key, label).orElse(key + " " + label)
                });
            }
        }
    }

    private static Map<String, Long> counts(List<CycleViews.Row> rows) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (org.oversight.updates.UpdateState state : org.oversight.updates.UpdateState.values()) {
            long count = rows.stream().filter(row -> row.state() == state).count();
            if (count > 0) {
                counts.put(state.code(), count);
            }
        }
        return counts;
    }

    static LocalDate date(Map<String, String> form, String field, String what, Map<String, String> errors) {
        String value = form.getOrDefault(field, "").strip();
        if (value.isEmpty()) {
            errors.put(field, "Enter " + what);
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter " + what + " as a date, like 2015-03-31");
            return null;
        }
    }

    static LocalDate optionalDate(Map<String, String> form, String field, Map<String, String> errors) {
        String value = form.getOrDefault(field, "").strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter the meeting's date as a date, like 2015-03-31");
            return null;
        }
    }

    /** "field: message" from the domain's refusals → the field. */
    static String field(String message) {
        int colon = message == null ? -1 : message.indexOf(": ");
        return colon > 0 && message.substring(0, colon).matches("[a-zA-Z]+") ? message.substring(0, colon) : "form";
    }

    static String message(String message) {
        String text = field(message).equals("form") ? message : message.substring(message.indexOf(": ") + 2);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
