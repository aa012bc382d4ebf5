package org.oversight.plan.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.oversight.accounts.AnalystAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.plan.ImprovementDirection;
import org.oversight.plan.MeasureUnit;
import org.oversight.plan.ReportingCadence;
import org.oversight.plan.Target;
import org.oversight.plan.domain.Commitment;
import org.oversight.plan.domain.Measure;
import org.oversight.plan.domain.Objective;
import org.oversight.plan.domain.PlanConflict;
import org.oversight.plan.domain.PlanImportResult;
import org.oversight.plan.domain.PlanNotFound;
import org.oversight.plan.domain.PlanRegister;
import org.oversight.plan.domain.PlanRuleViolation;
import org.oversight.plan.domain.PlanVersion;
import org.oversight.plan.domain.TargetCodec;
import org.oversight.plan.file.PlanFileException;
import org.oversight.plan.file.PlanFileReader;
import org.oversight.plan.web.PlanForms.CommitmentForm;
import org.oversight.plan.web.PlanForms.MeasureForm;
import org.oversight.plan.web.PlanForms.NewPlanForm;
import org.oversight.plan.web.PlanForms.ObjectiveForm;
import org.oversight.plan.web.PlanForms.VariationForm;
import org.oversight.plan.web.PlanForms.VersionForm;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Creating and editing plans in the browser. Every form carries the version it was opened from
 * ({@code lock}); a save from an out-of-date form is refused, the analyst's input is shown again
 * with the reason, and nothing stored changes.
 */
@Controller
@AnalystAccess
public class PlanEditController {

    static final String CONFLICT = "conflict";

    private final PlanRegister register;

    PlanEditController(PlanRegister register) {
        this.register = register;
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

    @PostMapping("/plans/import")
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
        PlanVersion version = register.version(key, label);
        LocalDate date = date(form.date(), "date", errors);
        if (!errors.hasErrors()) {
            String newLabel = form.label().strip();
            if (!newLabel.equals(label)
                    && register.versions(register.plan(key)).stream()
                            .anyMatch(v -> v.label().equals(newLabel))) {
                errors.rejectValue("label", "taken", "This plan already has a version called " + newLabel);
            } else if (save(
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
        int index = index(position, version.objectives().size());
        ObjectiveForm form = index == version.objectives().size()
                ? new ObjectiveForm("", "", "", "", version.version())
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
        PlanVersion version = register.version(key, label);
        int index = index(position, version.objectives().size());
        if (!errors.hasErrors()) {
            UnaryOperator<PlanVersion> change = v -> {
                Objective current = index < v.objectives().size()
                        ? v.objective(index)
                        : new Objective(null, form.title(), null, null, List.of(), List.of());
                return v.withObjective(
                        index,
                        current.withHeader(
                                blankToNull(form.number()),
                                form.title().strip(),
                                blankToNull(form.section()),
                                blankToNull(form.description())));
            };
            Function<PlanVersion, Object> stored =
                    v -> index < v.objectives().size() ? objectiveForm(v.objective(index), v.version()) : null;
            if (save(key, version, form, stored, change, errors, model)) {
                flash.addFlashAttribute("saved", "Objective saved.");
                return "redirect:" + versionPath(key, label) + "#objective-" + (index + 1);
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
        version.objective(position - 1);
        register.saveVersion(version.withoutObjective(position - 1), lock, CurrentUser.name());
        flash.addFlashAttribute("saved", "Objective removed.");
        return "redirect:" + versionPath(key, label);
    }

    private String objectivePage(String key, PlanVersion version, int index, Model model) {
        model.addAttribute("plan", register.plan(key));
        model.addAttribute("version", version);
        model.addAttribute("position", index + 1);
        model.addAttribute("adding", index == version.objectives().size());
        return "plan/edit-objective";
    }

    private static ObjectiveForm objectiveForm(Objective objective, int lock) {
        return new ObjectiveForm(
                objective.number(), objective.title(), objective.section(), objective.description(), lock);
    }

    // ---- Commitments --------------------------------------------------------------------------

    @GetMapping("/plans/{key}/versions/{label}/objectives/{o}/commitments/{position}")
    public String editCommitment(
            @PathVariable String key,
            @PathVariable String label,
            @PathVariable int o,
            @PathVariable String position,
            Model model) {
        PlanVersion version = register.version(key, label);
        Objective objective = version.objective(o - 1);
        int index = index(position, objective.commitments().size());
        CommitmentForm form = index == objective.commitments().size()
                ? new CommitmentForm("", "", "", "", "", "", "", version.version())
                : commitmentForm(objective.commitments().get(index), version.version());
        model.addAttribute("form", form);
        return commitmentPage(key, version, o, index, model);
    }

    @PostMapping("/plans/{key}/versions/{label}/objectives/{o}/commitments/{position}")
    public String saveCommitment(
            @PathVariable String key,
            @PathVariable String label,
            @PathVariable int o,
            @PathVariable String position,
            @Valid @ModelAttribute("form") CommitmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        PlanVersion version = register.version(key, label);
        Objective objective = version.objective(o - 1);
        int index = index(position, objective.commitments().size());
        LocalDate start = date(form.start(), "start", errors);
        LocalDate due = date(form.due(), "due", errors);
        ReportingCadence cadence = null;
        if (form.cadence() != null && !form.cadence().isBlank()) {
            cadence = ReportingCadence.fromCode(form.cadence());
        }
        if (start != null && due != null && start.isAfter(due)) {
            errors.rejectValue("due", "order", "The due date must be on or after the start date");
        }
        if (!errors.hasErrors()) {
            Commitment commitment = Commitment.of(
                    blankToNull(form.ref()),
                    blankToNull(form.heading()),
                    form.text().strip(),
                    lines(form.leads()),
                    cadence,
                    start,
                    due);
            Function<PlanVersion, Object> stored =
                    v -> index < v.objective(o - 1).commitments().size()
                            ? commitmentForm(v.objective(o - 1).commitments().get(index), v.version())
                            : null;
            if (save(
                    key,
                    version,
                    form,
                    stored,
                    v -> v.withObjective(o - 1, v.objective(o - 1).withCommitment(index, commitment)),
                    errors,
                    model)) {
                flash.addFlashAttribute("saved", "Commitment saved.");
                return "redirect:" + versionPath(key, label) + "#objective-" + o;
            }
        }
        return commitmentPage(key, version, o, index, model);
    }

    @PostMapping("/plans/{key}/versions/{label}/objectives/{o}/commitments/{position}/delete")
    public String deleteCommitment(
            @PathVariable String key,
            @PathVariable String label,
            @PathVariable int o,
            @PathVariable int position,
            @RequestParam int lock,
            RedirectAttributes flash) {
        PlanVersion version = register.version(key, label);
        Objective objective = version.objective(o - 1);
        if (position < 1 || position > objective.commitments().size()) {
            throw new PlanNotFound("There is no commitment " + position + " in that objective.");
        }
        register.saveVersion(
                version.withObjective(o - 1, objective.withoutCommitment(position - 1)), lock, CurrentUser.name());
        flash.addFlashAttribute("saved", "Commitment removed.");
        return "redirect:" + versionPath(key, label) + "#objective-" + o;
    }

    private static CommitmentForm commitmentForm(Commitment c, int lock) {
        return new CommitmentForm(
                c.ref(),
                c.heading(),
                c.text(),
                String.join("\n", c.leads()),
                c.cadence() == null ? "" : c.cadence().code(),
                text(c.startOn()),
                text(c.dueOn()),
                lock);
    }

    private String commitmentPage(String key, PlanVersion version, int o, int index, Model model) {
        model.addAttribute("plan", register.plan(key));
        model.addAttribute("version", version);
        model.addAttribute("objective", version.objective(o - 1));
        model.addAttribute("objectivePosition", o);
        model.addAttribute("position", index + 1);
        model.addAttribute(
                "adding", index == version.objective(o - 1).commitments().size());
        model.addAttribute("cadences", ReportingCadence.values());
        return "plan/edit-commitment";
    }

    // ---- Measures -----------------------------------------------------------------------------

    @GetMapping("/plans/{key}/versions/{label}/objectives/{o}/measures/{position}")
    public String editMeasure(
            @PathVariable String key,
            @PathVariable String label,
            @PathVariable int o,
            @PathVariable String position,
            Model model) {
        PlanVersion version = register.version(key, label);
        Objective objective = version.objective(o - 1);
        int index = index(position, objective.measures().size());
        MeasureForm form = index == objective.measures().size()
                ? new MeasureForm(
                        "", "", "", "", "", "", "monitor", "", "", "", "", "", "", "", "", "", version.version())
                : measureForm(objective.measures().get(index), version.version());
        model.addAttribute("form", form);
        return measurePage(key, version, o, index, model);
    }

    @PostMapping("/plans/{key}/versions/{label}/objectives/{o}/measures/{position}")
    public String saveMeasure(
            @PathVariable String key,
            @PathVariable String label,
            @PathVariable int o,
            @PathVariable String position,
            @Valid @ModelAttribute("form") MeasureForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        PlanVersion version = register.version(key, label);
        Objective objective = version.objective(o - 1);
        int index = index(position, objective.measures().size());
        Target target = null;
        if (!errors.hasFieldErrors("targetKind")) {
            target = "keep".equals(form.targetKind())
                            && index < objective.measures().size()
                    ? objective.measures().get(index).target()
                    : target(form, errors);
        }
        if (!errors.hasErrors()) {
            try {
                Measure measure = Measure.of(
                        blankToNull(form.ref()),
                        blankToNull(form.heading()),
                        form.text().strip(),
                        ImprovementDirection.fromCode(form.direction()),
                        form.unit() == null || form.unit().isBlank() ? null : MeasureUnit.fromCode(form.unit()),
                        lines(form.leads()),
                        target);
                Function<PlanVersion, Object> stored =
                        v -> index < v.objective(o - 1).measures().size()
                                ? measureForm(v.objective(o - 1).measures().get(index), v.version())
                                : null;
                if (save(
                        key,
                        version,
                        form,
                        stored,
                        v -> v.withObjective(o - 1, v.objective(o - 1).withMeasure(index, measure)),
                        errors,
                        model)) {
                    flash.addFlashAttribute("saved", "Measure saved.");
                    return "redirect:" + versionPath(key, label) + "#objective-" + o;
                }
            } catch (PlanRuleViolation e) {
                errors.rejectValue(
                        "target".equals(e.field()) ? "targetKind" : e.field(), "rule", capitalise(e.reason()));
            }
        }
        return measurePage(key, version, o, index, model);
    }

    @PostMapping("/plans/{key}/versions/{label}/objectives/{o}/measures/{position}/delete")
    public String deleteMeasure(
            @PathVariable String key,
            @PathVariable String label,
            @PathVariable int o,
            @PathVariable int position,
            @RequestParam int lock,
            RedirectAttributes flash) {
        PlanVersion version = register.version(key, label);
        Objective objective = version.objective(o - 1);
        if (position < 1 || position > objective.measures().size()) {
            throw new PlanNotFound("There is no measure " + position + " in that objective.");
        }
        register.saveVersion(
                version.withObjective(o - 1, objective.withoutMeasure(position - 1)), lock, CurrentUser.name());
        flash.addFlashAttribute("saved", "Measure removed.");
        return "redirect:" + versionPath(key, label) + "#objective-" + o;
    }

    private String measurePage(String key, PlanVersion version, int o, int index, Model model) {
        Objective objective = version.objective(o - 1);
        model.addAttribute("plan", register.plan(key));
        model.addAttribute("version", version);
        model.addAttribute("objective", objective);
        model.addAttribute("objectivePosition", o);
        model.addAttribute("position", index + 1);
        boolean adding = index == objective.measures().size();
        model.addAttribute("adding", adding);
        model.addAttribute("units", MeasureUnit.values());
        model.addAttribute(
                "currentTarget",
                adding
                        ? null
                        : objective
                                .measures()
                                .get(index)
                                .target()
                                .words(objective.measures().get(index).unit()));
        model.addAttribute(
                "milestones", !adding && objective.measures().get(index).target() instanceof Target.Milestones);
        return "plan/edit-measure";
    }

    private static MeasureForm measureForm(Measure measure, int lock) {
        Map<String, Object> target = TargetCodec.toMap(measure.target());
        boolean milestones = measure.target() instanceof Target.Milestones;
        return new MeasureForm(
                measure.ref(),
                measure.heading(),
                measure.text(),
                measure.direction().code(),
                measure.unit() == null ? "" : measure.unit().code(),
                String.join("\n", measure.leads()),
                milestones ? "keep" : measure.target().kind(),
                string(target.get("change")),
                string(target.get("percent")),
                string(target.get("amount")),
                string(target.get("comparator")),
                string(target.get("value")),
                string(target.get("baseline")),
                string(target.get("period")),
                string(target.get("by")),
                string(target.get("peerGroup")),
                lock);
    }

    /** The target the form describes, or null with the problems added to {@code errors}. */
    private static Target target(MeasureForm form, BindingResult errors) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kind", form.targetKind());
        switch (form.targetKind()) {
            case "change-by-percent" -> {
                map.put("change", blankToNull(form.change()));
                map.put("percent", blankToNull(form.percent()));
                map.put("baseline", blankToNull(form.baseline()));
                map.put("period", blankToNull(form.period()));
            }
            case "change-by-amount" -> {
                map.put("change", blankToNull(form.change()));
                map.put("amount", blankToNull(form.amount()));
                map.put("baseline", blankToNull(form.baseline()));
                map.put("by", blankToNull(form.by()));
            }
            case "threshold" -> {
                map.put("comparator", blankToNull(form.comparator()));
                map.put("value", blankToNull(form.value()));
                map.put("period", blankToNull(form.period()));
            }
            case "reach" -> {
                map.put("value", blankToNull(form.value()));
                map.put("by", blankToNull(form.by()));
            }
            case "maintain" -> {
                map.put("comparator", blankToNull(form.comparator()));
                map.put("value", blankToNull(form.value()));
                map.put("baseline", blankToNull(form.baseline()));
            }
            case "better-than-peers" -> map.put("peerGroup", blankToNull(form.peerGroup()));
            case "monitor" -> {}
            default -> {
                errors.rejectValue("targetKind", "kind", "Select the kind of target");
                return null;
            }
        }
        map.values().removeIf(java.util.Objects::isNull);
        try {
            return TargetCodec.fromMap(map);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            int colon = message.indexOf(':');
            String field = colon > 0 ? message.substring(0, colon) : "targetKind";
            List<String> known =
                    Arrays.asList("change", "percent", "amount", "comparator", "value", "baseline", "period", "by");
            errors.rejectValue(
                    known.contains(field) ? field : "targetKind",
                    "target",
                    capitalise(colon > 0 ? message.substring(colon + 1).strip() : message));
            return null;
        }
    }

    // ---- Saving with the optimistic lock ----------------------------------------------------------

    /**
     * Applies a change to the version the form was opened from. Refused when the version has moved
     * on: the form is shown again with the analyst's input, a conflict message, what is saved now
     * where it differs from the input ({@code nowSaved}), and the current lock, so that saving again
     * after checking is deliberate.
     */
    private boolean save(
            String key,
            PlanVersion current,
            Record submitted,
            Function<PlanVersion, Object> storedForm,
            UnaryOperator<PlanVersion> change,
            BindingResult errors,
            Model model) {
        int lock = lockOf(submitted);
        try {
            if (current.version() != lock) {
                throw new PlanConflict("This version of the plan");
            }
            register.saveVersion(change.apply(current), lock, CurrentUser.name());
            return true;
        } catch (PlanConflict e) {
            PlanVersion fresh = register.version(key, current.label());
            model.addAttribute(
                    CONFLICT,
                    e.getMessage() + " "
                            + (fresh.updatedBy() == null ? "" : "It was last saved by " + fresh.updatedBy() + ". ")
                            + "Your changes are still in the form below, with what is saved now shown under each field"
                            + " that differs: keep what should stay, then save again.");
            model.addAttribute("currentLock", fresh.version());
            model.addAttribute("nowSaved", differences(submitted, storedForm.apply(fresh)));
            errors.reject("conflict", e.getMessage());
            return false;
        } catch (PlanRuleViolation e) {
            errors.reject("rule", capitalise(e.getMessage()));
            return false;
        }
    }

    private static int lockOf(Record form) {
        return (Integer) value(form, "lock");
    }

    /** The fields where the stored item now differs from what the analyst submitted. */
    static Map<String, String> differences(Record submitted, Object stored) {
        Map<String, String> differences = new LinkedHashMap<>();
        if (!(stored instanceof Record storedRecord)) {
            return differences;
        }
        for (RecordComponent component : submitted.getClass().getRecordComponents()) {
            String name = component.getName();
            if (name.equals("lock")) {
                continue;
            }
            String mine = normalise(value(submitted, name));
            String theirs = normalise(value(storedRecord, name));
            if (!mine.equals(theirs)) {
                differences.put(name, theirs.isEmpty() ? "(empty)" : theirs);
            }
        }
        return differences;
    }

    private static Object value(Record record, String component) {
        try {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                if (c.getName().equals(component)) {
                    return c.getAccessor().invoke(record);
                }
            }
            throw new IllegalArgumentException(component);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalise(Object value) {
        return value == null ? "" : value.toString().strip().replace("\r\n", "\n");
    }

    // ---- Small conversions ------------------------------------------------------------------

    private static int index(String position, int size) {
        if ("new".equals(position)) {
            return size;
        }
        try {
            int value = Integer.parseInt(position);
            if (value >= 1 && value <= size) {
                return value - 1;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new PlanNotFound("There is no item '" + position + "' here.");
    }

    private static LocalDate date(String text, String field, BindingResult errors) {
        if (text == null || text.isBlank() || errors.hasFieldErrors(field)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            errors.rejectValue(field, "date", "Enter a real date, like 2015-03-31");
            return null;
        }
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\r\\n]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String string(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String versionPath(String key, String label) {
        return "/plans/" + key + "/versions/" + UriUtils.encodePathSegment(label, StandardCharsets.UTF_8);
    }

    @ExceptionHandler(PlanNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public String notFound(PlanNotFound e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "plan/not-found";
    }

    @ExceptionHandler(PlanConflict.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    public String conflict(PlanConflict e, Model model) {
        model.addAttribute("message", e.getMessage() + " Open the plan again to see the current version.");
        return "plan/conflict";
    }
}
