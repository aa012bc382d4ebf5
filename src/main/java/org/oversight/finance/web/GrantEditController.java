package org.oversight.finance.web;

import static org.oversight.finance.web.FormValues.blankToNull;
import static org.oversight.finance.web.FormValues.text;

import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.oversight.accounts.AnalystAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.decisions.DecisionsApi;
import org.oversight.finance.FinanceFileRefused;
import org.oversight.finance.GrantAward;
import org.oversight.finance.GrantRound;
import org.oversight.finance.GrantScheme;
import org.oversight.finance.grant.AwardContent;
import org.oversight.finance.grant.GrantConflict;
import org.oversight.finance.grant.GrantNotFound;
import org.oversight.finance.grant.GrantRuleViolation;
import org.oversight.finance.grant.Grants;
import org.oversight.finance.grant.RoundDetails;
import org.oversight.finance.web.GrantForms.AwardForm;
import org.oversight.finance.web.GrantForms.ReturnForm;
import org.oversight.finance.web.GrantForms.RoundForm;
import org.oversight.finance.web.GrantForms.SchemeForm;
import org.oversight.plan.PlanApi;
import org.oversight.shared.FinancialYear;
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
 * Analysts keep grant schemes, their years and awards: the plan objectives an award serves (chosen
 * from the plan register) and its monitoring returns. Files of awards are imported all or nothing.
 */
@Controller
@AnalystAccess
class GrantEditController {

    private final Grants grants;
    private final PlanApi plans;
    private final DecisionsApi decisions;

    GrantEditController(Grants grants, PlanApi plans, DecisionsApi decisions) {
        this.grants = grants;
        this.plans = plans;
        this.decisions = decisions;
    }

    // ---- Schemes -----------------------------------------------------------------------------

    @GetMapping("/finance/grants/new")
    String newScheme(Model model) {
        model.addAttribute("form", new SchemeForm("", "", "", null));
        model.addAttribute("scheme", null);
        return "finance/scheme-form";
    }

    @PostMapping("/finance/grants/new")
    String createScheme(
            @Valid @ModelAttribute("form") SchemeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        FormValues.refuseAltered(errors);
        if (!errors.hasErrors()) {
            try {
                GrantScheme scheme =
                        grants.createScheme(form.name(), form.description(), form.funder(), false, CurrentUser.name());
                flash.addFlashAttribute("saved", "Scheme created. Start its first year.");
                return "redirect:/finance/grants/" + scheme.slug();
            } catch (GrantRuleViolation e) {
                errors.rejectValue("name", "rule", e.getMessage());
            }
        }
        model.addAttribute("scheme", null);
        return "finance/scheme-form";
    }

    @GetMapping("/finance/grants/{slug}/edit")
    String editScheme(@PathVariable String slug, Model model) {
        GrantScheme scheme = grants.scheme(slug);
        model.addAttribute(
                "form",
                new SchemeForm(scheme.name(), text(scheme.description()), text(scheme.funder()), scheme.version()));
        model.addAttribute("scheme", scheme);
        return "finance/scheme-form";
    }

    @PostMapping("/finance/grants/{slug}/edit")
    String saveScheme(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") SchemeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        FormValues.refuseAltered(errors);
        GrantScheme scheme = grants.scheme(slug);
        if (!errors.hasErrors()) {
            try {
                grants.saveScheme(
                        slug, form.name(), form.description(), form.funder(), lock(form.lock()), CurrentUser.name());
                flash.addFlashAttribute("saved", "The scheme is saved.");
                return "redirect:/finance/grants/" + slug;
            } catch (GrantRuleViolation e) {
                errors.rejectValue("name", "rule", e.getMessage());
            } catch (GrantConflict e) {
                conflict(e, scheme.version(), model);
            }
        }
        model.addAttribute("scheme", scheme);
        return "finance/scheme-form";
    }

    // ---- Years -------------------------------------------------------------------------------

    @GetMapping("/finance/grants/{slug}/years/new")
    String newRound(@PathVariable String slug, Model model) {
        model.addAttribute("form", new RoundForm("", "", "", "", "", "", "", null));
        return roundPage(grants.scheme(slug), null, model);
    }

    @PostMapping("/finance/grants/{slug}/years/new")
    String createRound(
            @PathVariable String slug,
            @ModelAttribute("form") RoundForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        FormValues.refuseAltered(errors);
        GrantScheme scheme = grants.scheme(slug);
        FinancialYear year = year(form.year(), errors);
        RoundDetails details = details(form, errors);
        if (!errors.hasErrors()) {
            try {
                grants.createRound(slug, year, details, false, CurrentUser.name());
                flash.addFlashAttribute("saved", "Started " + scheme.name() + " " + year + ". Add its awards.");
                return "redirect:/finance/grants/" + slug + "/" + FinancePaths.year(year);
            } catch (GrantRuleViolation e) {
                errors.rejectValue("year", "rule", e.getMessage());
            }
        }
        return roundPage(scheme, null, model);
    }

    @GetMapping("/finance/grants/{slug}/{year}/edit")
    String editRound(@PathVariable String slug, @PathVariable String year, Model model) {
        GrantRound round = round(slug, year);
        model.addAttribute(
                "form",
                new RoundForm(
                        round.year().toString(),
                        text(round.allocation()),
                        text(round.publishedTotal()),
                        text(round.publishedRemaining()),
                        text(round.decisionNumber()),
                        text(round.source()),
                        text(round.note()),
                        round.version()));
        return roundPage(grants.scheme(slug), round, model);
    }

    @PostMapping("/finance/grants/{slug}/{year}/edit")
    String saveRound(
            @PathVariable String slug,
            @PathVariable String year,
            @ModelAttribute("form") RoundForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        FormValues.refuseAltered(errors);
        GrantRound round = round(slug, year);
        RoundDetails details = details(form, errors);
        if (!errors.hasErrors()) {
            try {
                grants.saveRound(slug, round.year(), details, lock(form.lock()), CurrentUser.name());
                flash.addFlashAttribute("saved", "The year's details are saved.");
                return "redirect:/finance/grants/" + slug + "/" + FinancePaths.year(round.year());
            } catch (GrantRuleViolation e) {
                errors.rejectValue(e.field(), "rule", e.getMessage());
            } catch (GrantConflict e) {
                conflict(e, round.version(), model);
            }
        }
        return roundPage(grants.scheme(slug), round, model);
    }

    private String roundPage(GrantScheme scheme, GrantRound round, Model model) {
        model.addAttribute("scheme", scheme);
        model.addAttribute("round", round);
        model.addAttribute("yearPath", round == null ? null : FinancePaths.year(round.year()));
        return "finance/round-form";
    }

    private RoundDetails details(RoundForm form, BindingResult errors) {
        String decision = blankToNull(form.decisionNumber());
        checkDecision(decision, errors);
        return new RoundDetails(
                nonNegative(FormValues.pounds(form.allocation(), "allocation", errors), "allocation", errors),
                FormValues.pounds(form.publishedTotal(), "publishedTotal", errors),
                FormValues.pounds(form.publishedRemaining(), "publishedRemaining", errors),
                decision,
                blankToNull(form.source()),
                blankToNull(form.note()));
    }

    // ---- Importing awards --------------------------------------------------------------------

    @GetMapping("/finance/grants/{slug}/{year}/import")
    String importForm(@PathVariable String slug, @PathVariable String year, Model model) {
        return importPage(round(slug, year), model);
    }

    @PostMapping("/finance/grants/{slug}/{year}/import")
    String importAwards(
            @PathVariable String slug,
            @PathVariable String year,
            @RequestParam(value = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes flash)
            throws IOException {
        GrantRound round = round(slug, year);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "Select a CSV or Excel file of awards");
            return importPage(round, model);
        }
        String name = file.getOriginalFilename() == null ? "awards.csv" : file.getOriginalFilename();
        try {
            GrantRound imported = grants.importAwards(slug, round.year(), name, file.getBytes(), CurrentUser.name());
            flash.addFlashAttribute("saved", "Imported " + imported.awards().size() + " awards from " + name + ".");
            return "redirect:/finance/grants/" + slug + "/" + FinancePaths.year(round.year());
        } catch (FinanceFileRefused e) {
            model.addAttribute(
                    "fileError", "The file " + name + " was not imported: fix the problems listed and try again");
            model.addAttribute("problems", e.problems());
        }
        return importPage(round, model);
    }

    private String importPage(GrantRound round, Model model) {
        model.addAttribute("round", round);
        model.addAttribute("yearPath", FinancePaths.year(round.year()));
        return "finance/awards-import";
    }

    // ---- Awards ------------------------------------------------------------------------------

    @GetMapping("/finance/grants/{slug}/{year}/awards/new")
    String newAward(@PathVariable String slug, @PathVariable String year, Model model) {
        GrantRound round = round(slug, year);
        model.addAttribute("form", new AwardForm("", "", "", "", "", "", "", "", "", "", null));
        return awardPage(round, null, model);
    }

    @PostMapping("/finance/grants/{slug}/{year}/awards/new")
    String addAward(
            @PathVariable String slug,
            @PathVariable String year,
            @Valid @ModelAttribute("form") AwardForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        FormValues.refuseAltered(errors);
        GrantRound round = round(slug, year);
        AwardContent content = content(form, errors);
        if (!errors.hasErrors()) {
            try {
                GrantAward award = grants.addAward(slug, round.year(), content, CurrentUser.name());
                flash.addFlashAttribute("saved", "Added the award to " + award.recipient() + ".");
                return "redirect:/finance/grants/awards/" + award.id();
            } catch (GrantRuleViolation e) {
                errors.rejectValue(e.field(), "rule", e.getMessage());
            }
        }
        return awardPage(round, null, model);
    }

    @GetMapping("/finance/grants/awards/{id}/edit")
    String editAward(@PathVariable long id, Model model) {
        GrantAward award = grants.award(id);
        model.addAttribute(
                "form",
                new AwardForm(
                        award.recipient(),
                        award.purpose(),
                        text(award.amount()),
                        text(award.area()),
                        text(award.conditions()),
                        text(award.awardedOn()),
                        text(award.startsOn()),
                        text(award.endsOn()),
                        text(award.decisionNumber()),
                        text(award.note()),
                        award.version()));
        return awardPage(roundOf(award), award, model);
    }

    @PostMapping("/finance/grants/awards/{id}/edit")
    String saveAward(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AwardForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        FormValues.refuseAltered(errors);
        GrantAward award = grants.award(id);
        AwardContent content = content(form, errors);
        if (!errors.hasErrors()) {
            try {
                grants.saveAward(id, content, lock(form.lock()), CurrentUser.name());
                flash.addFlashAttribute("saved", "The award is saved.");
                return "redirect:/finance/grants/awards/" + id;
            } catch (GrantRuleViolation e) {
                errors.rejectValue(e.field(), "rule", e.getMessage());
            } catch (GrantConflict e) {
                conflict(e, award.version(), model);
            }
        }
        return awardPage(roundOf(award), award, model);
    }

    @PostMapping("/finance/grants/awards/{id}/remove")
    String removeAward(@PathVariable long id, @RequestParam("lock") int lock, Model model, RedirectAttributes flash) {
        GrantAward award = grants.award(id);
        try {
            grants.removeAward(id, lock, CurrentUser.name());
            flash.addFlashAttribute("saved", "Removed the award to " + award.recipient() + ".");
            return "redirect:/finance/grants/" + award.schemeSlug() + "/" + FinancePaths.year(award.year());
        } catch (GrantConflict e) {
            return editAwardAfterConflict(award, e, model);
        }
    }

    private String editAwardAfterConflict(GrantAward award, RuntimeException e, Model model) {
        editAward(award.id(), model);
        conflict(e, award.version(), model);
        return "finance/award-form";
    }

    private String awardPage(GrantRound round, GrantAward award, Model model) {
        model.addAttribute("round", round);
        model.addAttribute("award", award);
        model.addAttribute("yearPath", FinancePaths.year(round.year()));
        return "finance/award-form";
    }

    private AwardContent content(AwardForm form, BindingResult errors) {
        BigDecimal amount = errors.hasFieldErrors("amount") ? null : FormValues.pounds(form.amount(), "amount", errors);
        if (amount != null && amount.signum() <= 0) {
            errors.rejectValue("amount", "amount", "The amount must be more than £0");
        }
        LocalDate awarded = FormValues.date(form.awardedOn(), "awardedOn", errors);
        LocalDate starts = FormValues.date(form.startsOn(), "startsOn", errors);
        LocalDate ends = FormValues.date(form.endsOn(), "endsOn", errors);
        if (starts != null && ends != null && starts.isAfter(ends)) {
            errors.rejectValue("endsOn", "order", "The end date must be on or after the start date");
        }
        String decision = blankToNull(form.decisionNumber());
        checkDecision(decision, errors);
        return new AwardContent(
                form.recipient(),
                form.purpose(),
                amount,
                form.area(),
                form.conditions(),
                awarded,
                starts,
                ends,
                decision,
                form.note());
    }

    // ---- Plan objectives ---------------------------------------------------------------------

    /** Choose a plan version (links), then tick its objectives the award serves. */
    @GetMapping("/finance/grants/awards/{id}/objectives")
    String objectives(
            @PathVariable long id,
            @RequestParam(required = false) String plan,
            @RequestParam(required = false) String version,
            Model model) {
        GrantAward award = grants.award(id);
        model.addAttribute("award", award);
        List<PlanChoice> choices = new ArrayList<>();
        for (String key : plans.planKeys()) {
            for (String label : plans.versions(key)) {
                choices.add(new PlanChoice(
                        key, label, plans.versionTitle(key, label).orElse(key + " " + label)));
            }
        }
        model.addAttribute("choices", choices);
        if (plan != null && version != null) {
            var objectives = plans.objectives(plan, version);
            if (objectives.isEmpty()) {
                throw new GrantNotFound("The plan register has no version " + version + " of the plan " + plan + ".");
            }
            model.addAttribute("plan", plan);
            model.addAttribute("version", version);
            model.addAttribute("versionTitle", plans.versionTitle(plan, version).orElse(plan));
            model.addAttribute("objectives", objectives);
            Set<String> chosen = new LinkedHashSet<>();
            award.objectives().stream()
                    .filter(o -> o.planKey().equals(plan) && o.versionLabel().equals(version))
                    .forEach(o -> chosen.add(o.anchor()));
            model.addAttribute("chosen", chosen);
        }
        return "finance/award-objectives";
    }

    @PostMapping("/finance/grants/awards/{id}/objectives")
    String saveObjectives(
            @PathVariable long id,
            @RequestParam String plan,
            @RequestParam String version,
            @RequestParam(value = "objective", required = false) List<String> anchors,
            @RequestParam("lock") int lock,
            Model model,
            RedirectAttributes flash) {
        try {
            grants.saveObjectives(
                    id,
                    plan,
                    version,
                    anchors == null ? Set.of() : new LinkedHashSet<>(anchors),
                    lock,
                    CurrentUser.name());
            flash.addFlashAttribute("saved", "The plan objectives the award serves are saved.");
            return "redirect:/finance/grants/awards/" + id + "#objectives";
        } catch (GrantRuleViolation | GrantConflict e) {
            objectives(id, plan, version, model);
            model.addAttribute("conflict", e.getMessage());
            return "finance/award-objectives";
        }
    }

    /** A plan version to choose objectives from. */
    record PlanChoice(String planKey, String versionLabel, String title) {}

    // ---- Monitoring returns ------------------------------------------------------------------

    @GetMapping("/finance/grants/awards/{id}/returns/new")
    String newReturn(@PathVariable long id, Model model) {
        GrantAward award = grants.award(id);
        model.addAttribute("form", new ReturnForm("", "", "", "", award.version()));
        return returnPage(award, null, model);
    }

    @GetMapping("/finance/grants/awards/{id}/returns/{position}")
    String editReturn(@PathVariable long id, @PathVariable int position, Model model) {
        GrantAward award = grants.award(id);
        GrantAward.MonitoringReturn r = returnAt(award, position);
        model.addAttribute(
                "form",
                new ReturnForm(r.period(), text(r.dueOn()), text(r.receivedOn()), text(r.summary()), award.version()));
        return returnPage(award, position, model);
    }

    @PostMapping({"/finance/grants/awards/{id}/returns/new", "/finance/grants/awards/{id}/returns/{position}"})
    String saveReturn(
            @PathVariable long id,
            @PathVariable(required = false) Integer position,
            @Valid @ModelAttribute("form") ReturnForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        FormValues.refuseAltered(errors);
        GrantAward award = grants.award(id);
        if (position != null) {
            returnAt(award, position);
        }
        LocalDate due = FormValues.date(form.dueOn(), "dueOn", errors);
        LocalDate received = FormValues.date(form.receivedOn(), "receivedOn", errors);
        if (!errors.hasErrors()) {
            try {
                grants.saveReturn(
                        id, position, form.period(), due, received, form.summary(), form.lock(), CurrentUser.name());
                flash.addFlashAttribute(
                        "saved", "The monitoring return for " + form.period().strip() + " is saved.");
                return "redirect:/finance/grants/awards/" + id + "#returns";
            } catch (GrantRuleViolation e) {
                errors.rejectValue(e.field(), "rule", e.getMessage());
            } catch (GrantConflict e) {
                conflict(e, award.version(), model);
            }
        }
        return returnPage(award, position, model);
    }

    @PostMapping("/finance/grants/awards/{id}/returns/{position}/remove")
    String removeReturn(
            @PathVariable long id,
            @PathVariable int position,
            @RequestParam("lock") int lock,
            Model model,
            RedirectAttributes flash) {
        GrantAward award = grants.award(id);
        GrantAward.MonitoringReturn r = returnAt(award, position);
        try {
            grants.removeReturn(id, position, lock, CurrentUser.name());
            flash.addFlashAttribute("saved", "Removed the monitoring return for " + r.period() + ".");
            return "redirect:/finance/grants/awards/" + id + "#returns";
        } catch (GrantConflict e) {
            editReturn(id, position, model);
            conflict(e, award.version(), model);
            return "finance/return-form";
        }
    }

    private String returnPage(GrantAward award, Integer position, Model model) {
        model.addAttribute("award", award);
        model.addAttribute("position", position);
        return "finance/return-form";
    }

    private static GrantAward.MonitoringReturn returnAt(GrantAward award, int position) {
        if (position < 1 || position > award.returns().size()) {
            throw new GrantNotFound(
                    "The award to " + award.recipient() + " has no monitoring return " + position + ".");
        }
        return award.returns().get(position - 1);
    }

    // ---- Helpers -----------------------------------------------------------------------------

    private GrantRound round(String slug, String year) {
        FinancialYear financialYear = FinancePaths.year(year);
        return grants.round(slug, financialYear)
                .orElseThrow(() ->
                        new GrantNotFound(grants.scheme(slug).name() + " has no awards for " + financialYear + "."));
    }

    private GrantRound roundOf(GrantAward award) {
        return grants.round(award.schemeSlug(), award.year()).orElseThrow();
    }

    private FinancialYear year(String text, BindingResult errors) {
        if (text == null || text.isBlank()) {
            errors.rejectValue("year", "year", "Enter the financial year, like 2025/26");
            return null;
        }
        try {
            return FinancialYear.parse(text.replace('-', '/'));
        } catch (IllegalArgumentException e) {
            errors.rejectValue("year", "year", "Enter a financial year like 2025/26");
            return null;
        }
    }

    private void checkDecision(String number, BindingResult errors) {
        if (number != null && decisions.decision(number).isEmpty()) {
            errors.rejectValue(
                    "decisionNumber",
                    "decision",
                    "There is no decision " + number + " in the decisions register: add it there first");
        }
    }

    private static BigDecimal nonNegative(BigDecimal amount, String field, BindingResult errors) {
        if (amount != null && amount.signum() < 0) {
            errors.rejectValue(field, "amount", "The allocation cannot be less than £0");
            return null;
        }
        return amount;
    }

    private static int lock(Integer lock) {
        return lock == null ? -1 : lock;
    }

    private static void conflict(RuntimeException e, Integer version, Model model) {
        model.addAttribute("conflict", e.getMessage());
        model.addAttribute("currentLock", version);
    }
}
