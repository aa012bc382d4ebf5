package org.oversight.plan.web;

import static org.oversight.plan.web.FormValues.blankToNull;
import static org.oversight.plan.web.FormValues.capitalise;
import static org.oversight.plan.web.FormValues.date;
import static org.oversight.plan.web.FormValues.text;
import static org.oversight.plan.web.FormValues.versionPath;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.oversight.accounts.AnalystAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.plan.PlanAnchors;
import org.oversight.plan.domain.Objective;
import org.oversight.plan.domain.PlanImportResult;
import org.oversight.plan.domain.PlanRegister;
import org.oversight.plan.domain.PlanRuleViolation;
import org.oversight.plan.domain.PlanVersion;
import org.oversight.plan.file.PlanFileException;
import org.oversight.plan.file.PlanFileReader;
import org.oversight.plan.web.PlanForms.NewPlanForm;
import org.oversight.plan.web.PlanForms.ObjectiveForm;
import org.oversight.plan.web.PlanForms.VariationForm;
import org.oversight.plan.web.PlanForms.VersionForm;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating plans, importing plan files, and editing versions and objectives in the browser. Saves go
 * through {@link VersionEdits}, so a form opened before someone else saved loses nothing; commitments
 * and measures are edited through {@link ObjectiveItemsController}.
 */
@Controller
@AnalystAccess
public class PlanEditController {

    private final PlanRegister register;
    private final VersionEdits edits;

    PlanEditController(PlanRegister register, VersionEdits edits) {
        this.register = register;
        this.edits = edits;
    }

    // ---- A new plan -------------------------------------------------------------------------

    @GetMapping("/plans/new")
    public String newPlan(Model model) {
        model.addAttribute("form", NewPlanForm.empty());
        return "plan/new-plan";
    }

    @PostMapping("/plans/new")
    public String createPlan(
            @Valid @ModelAttribute("form") NewPlanForm form, BindingResult errors, RedirectAttributes flash) {
        FormValues.sent(form, errors);
        LocalDate from = date(form.termFrom(), "termFrom", errors);
        LocalDate to = date(form.termTo(), "termTo", errors);
        LocalDate date = date(form.date(), "date", errors);
        if (from != null && to != null && from.isAfter(to)) {
            errors.rejectValue("termTo", "order", "The end of the term must be after its start");
        }
        if (!errors.hasErrors()) {
            try {
                register.createPlan(
                        form.key(),
                        form.title().strip(),
                        form.force().strip(),
                        blankToNull(form.issuedBy()),
                        from,
                        to,
                        form.label().strip(),
                        date,
                        CurrentUser.name());
                flash.addFlashAttribute("saved", "Plan created. Add its objectives, commitments and measures.");
                return "redirect:" + versionPath(form.key(), form.label().strip());
            } catch (PlanRuleViolation e) {
                errors.rejectValue(e.field(), "rule", capitalise(e.reason()));
            }
        }
        return "plan/new-plan";
    }

    // ---- Importing a plan file --------------------------------------------------------------

    @GetMapping("/plans/import")
    public String importForm() {
        return "plan/import";
    }

    @PostMapping(value = "/plans/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "Select a plan file");
            return "plan/import";
        }
        String name = file.getOriginalFilename() == null ? "upload.yaml" : file.getOriginalFilename();
        try (InputStream input = file.getInputStream()) {
            PlanImportResult result = register.importPlan(new PlanFileReader().read(name, input), CurrentUser.name());
            model.addAttribute("result", result);
        } catch (PlanFileException e) {
            model.addAttribute(
                    "fileError", "The file " + name + " was not imported: fix the problems listed and try again");
            model.addAttribute("problems", e.problems());
        }
        return "plan/import";
    }

    // ---- Version details and variations --------------------------------------------------------

    @GetMapping("/plans/{key}/versions/{label}/edit")
    public String editVersion(@PathVariable String key, @PathVariable String label, Model model) {
        PlanVersion version = register.version(key, label);
        model.addAttribute(
                "form", new VersionForm(version.label(), text(version.issuedOn()), version.note(), version.version()));
        return versionPage(key, version, model);
    }

    @PostMapping("/plans/{key}/versions/{label}/edit")
    public String saveVersion(
            @PathVariable String key,
            @PathVariable String label,
            @Valid @ModelAttribute("form") VersionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        FormValues.sent(form, errors);
        PlanVersion version = register.version(key, label);
        LocalDate date = date(form.date(), "date", errors);
        if (!errors.hasErrors()) {
            String newLabel = form.label().strip();
            if (!newLabel.equals(label)
                    && register.versions(register.plan(key)).stream()
                            .anyMatch(v -> v.label().equals(newLabel))) {
                errors.rejectValue("label", "taken", "This plan already has a version called " + newLabel);
            } else if (edits.save(
                    key,
                    version,
                    form,
                    v -> new VersionForm(v.label(), text(v.issuedOn()), v.note(), v.version()),
                    v -> v.withHeader(newLabel, date, v.variationOf(), blankToNull(form.note())),
                    errors,
                    model)) {
                flash.addFlashAttribute("saved", "Version details saved.");
                return "redirect:" + versionPath(key, newLabel);
            }
        }
        return versionPage(key, version, model);
    }

    private String versionPage(String key, PlanVersion version, Model model) {
        model.addAttribute("plan", register.plan(key));
        model.addAttribute("version", version);
        return "plan/edit-version";
    }

    @GetMapping("/plans/{key}/versions/{label}/variation")
    public String newVariation(@PathVariable String key, @PathVariable String label, Model model) {
        model.addAttribute("form", new VariationForm("", ""));
        model.addAttribute("plan", register.plan(key));
        model.addAttribute("version", register.version(key, label));
        return "plan/variation";
    }

    @PostMapping("/plans/{key}/versions/{label}/variation")
    public String createVariation(
            @PathVariable String key,
            @PathVariable String label,
            @Valid @ModelAttribute("form") VariationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        FormValues.sent(form, errors);
        LocalDate date = date(form.date(), "date", errors);
        if (!errors.hasErrors()) {
            try {
                PlanVersion created =
                        register.createVariation(key, label, form.label().strip(), date, CurrentUser.name());
                flash.addFlashAttribute(
                        "saved",
                        "Variation " + created.label() + " started as a copy of " + label + ". Change what varies.");
                return "redirect:" + versionPath(key, created.label());
            } catch (PlanRuleViolation e) {
                errors.rejectValue(e.field(), "rule", capitalise(e.reason()));
            }
        }
        model.addAttribute("plan", register.plan(key));
        model.addAttribute("version", register.version(key, label));
        return "plan/variation";
    }

    // ---- Objectives ---------------------------------------------------------------------------

    @GetMapping("/plans/{key}/versions/{label}/objectives/{position}")
    public String editObjective(
            @PathVariable String key, @PathVariable String label, @PathVariable String position, Model model) {
        PlanVersion version = register.version(key, label);
        int index = ObjectiveItemEditor.index(position, version.objectives().size(), "objective");
        ObjectiveForm form = index == version.objectives().size()
                ? new ObjectiveForm("", "", "", "", "", version.version())
                : objectiveForm(version.objective(index), version.version());
        model.addAttribute("form", form);
        return objectivePage(key, version, index, model);
    }

    @PostMapping("/plans/{key}/versions/{label}/objectives/{position}")
    public String saveObjective(
            @PathVariable String key,
            @PathVariable String label,
            @PathVariable String position,
            @Valid @ModelAttribute("form") ObjectiveForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        FormValues.sent(form, errors);
        PlanVersion version = register.version(key, label);
        int index = ObjectiveItemEditor.index(position, version.objectives().size(), "objective");
        if (!errors.hasErrors()) {
            UnaryOperator<PlanVersion> change = v -> {
                Objective current = index < v.objectives().size()
                        ? v.objective(index)
                        : new Objective(null, form.title(), null, null, null, List.of(), List.of());
                return v.withObjective(
                        index,
                        current.withHeader(
                                blankToNull(form.number()),
                                form.title().strip(),
                                blankToNull(form.section()),
                                blankToNull(form.description()),
                                blankToNull(form.reasonsForChange())));
            };
            Function<PlanVersion, Object> stored =
                    v -> index < v.objectives().size() ? objectiveForm(v.objective(index), v.version()) : null;
            if (edits.save(key, version, form, stored, change, errors, model)) {
                flash.addFlashAttribute("saved", "Objective saved.");
                return "redirect:" + versionPath(key, label) + "#"
                        + PlanAnchors.objective(blankToNull(form.number()), index + 1);
            }
        }
        return objectivePage(key, version, index, model);
    }

    @PostMapping("/plans/{key}/versions/{label}/objectives/{position}/delete")
    public String deleteObjective(
            @PathVariable String key,
            @PathVariable String label,
            @PathVariable int position,
            @RequestParam int lock,
            RedirectAttributes flash) {
        PlanVersion version = register.version(key, label);
        ObjectiveItemEditor.objective(version, position);
        register.saveVersion(version.withoutObjective(position - 1), lock, CurrentUser.name());
        flash.addFlashAttribute("saved", "Objective removed.");
        return "redirect:" + versionPath(key, label);
    }

    private String objectivePage(String key, PlanVersion version, int index, Model model) {
        model.addAttribute("plan", register.plan(key));
        model.addAttribute("version", version);
        model.addAttribute("position", index + 1);
        model.addAttribute("adding", index == version.objectives().size());
        model.addAttribute("versionTitle", register.plan(key).titleWithVersion(version.label()));
        return "plan/edit-objective";
    }

    private static ObjectiveForm objectiveForm(Objective objective, int lock) {
        return new ObjectiveForm(
                objective.number(),
                objective.title(),
                objective.section(),
                objective.description(),
                objective.reasonsForChange(),
                lock);
    }
}
