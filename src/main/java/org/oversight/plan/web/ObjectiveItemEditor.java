package org.oversight.plan.web;

import java.util.List;
import org.oversight.accounts.CurrentUser;
import org.oversight.plan.PlanAnchors;
import org.oversight.plan.domain.Objective;
import org.oversight.plan.domain.PlanNotFound;
import org.oversight.plan.domain.PlanRegister;
import org.oversight.plan.domain.PlanRuleViolation;
import org.oversight.plan.domain.PlanVersion;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Opening, saving and removing one of an objective's items (a commitment or a measure) the same way
 * for both: found by position (or "new"), saved through {@link VersionEdits} so an out-of-date form
 * loses nothing, then back to the objective on the plan page.
 */
@Component
class ObjectiveItemEditor {

    static final String TEMPLATE = "plan/edit-item";

    private final PlanRegister register;
    private final VersionEdits edits;

    ObjectiveItemEditor(PlanRegister register, VersionEdits edits) {
        this.register = register;
        this.edits = edits;
    }

    <I, F extends Record> String open(
            ObjectiveItems<I, F> items, String key, String label, int o, String position, Model model) {
        PlanVersion version = register.version(key, label);
        List<I> list = items.of(objective(version, o));
        int index = index(position, list.size(), items.noun());
        I current = index < list.size() ? list.get(index) : null;
        F form = current == null ? items.newForm(version.version()) : items.form(current, version.version());
        model.addAttribute("form", form);
        return page(items, key, version, o, index, form, current, model);
    }

    <I, F extends Record> String save(
            ObjectiveItems<I, F> items,
            String key,
            String label,
            int o,
            String position,
            F form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        PlanVersion version = register.version(key, label);
        Objective objective = objective(version, o);
        List<I> list = items.of(objective);
        int index = index(position, list.size(), items.noun());
        I current = index < list.size() ? list.get(index) : null;
        I item = items.item(form, current, errors);
        if (item != null && !errors.hasErrors()) {
            boolean saved = edits.save(
                    key,
                    version,
                    form,
                    fresh -> index < items.of(objective(fresh, o)).size()
                            ? items.form(items.of(objective(fresh, o)).get(index), fresh.version())
                            : null,
                    fresh -> fresh.withObjective(o - 1, items.with(objective(fresh, o), index, item)),
                    errors,
                    model);
            if (saved) {
                flash.addFlashAttribute("saved", FormValues.capitalise(items.noun()) + " saved.");
                return "redirect:" + backToObjective(key, label, objective, o);
            }
        }
        return page(items, key, version, o, index, form, current, model);
    }

    <I, F extends Record> String remove(
            ObjectiveItems<I, F> items,
            String key,
            String label,
            int o,
            int position,
            int lock,
            RedirectAttributes flash) {
        PlanVersion version = register.version(key, label);
        Objective objective = objective(version, o);
        if (position < 1 || position > items.of(objective).size()) {
            throw new PlanNotFound("There is no " + items.noun() + " " + position + " in that objective.");
        }
        register.saveVersion(
                version.withObjective(o - 1, items.without(objective, position - 1)), lock, CurrentUser.name());
        flash.addFlashAttribute("saved", FormValues.capitalise(items.noun()) + " removed.");
        return "redirect:" + backToObjective(key, label, objective, o);
    }

    private <I, F extends Record> String page(
            ObjectiveItems<I, F> items,
            String key,
            PlanVersion version,
            int o,
            int index,
            F form,
            I current,
            Model model) {
        Objective objective = objective(version, o);
        model.addAttribute("plan", register.plan(key));
        model.addAttribute("version", version);
        model.addAttribute("objective", objective);
        model.addAttribute("objectivePosition", o);
        model.addAttribute("objectiveAnchor", PlanAnchors.objective(objective.number(), o));
        model.addAttribute("position", index + 1);
        model.addAttribute("adding", current == null);
        model.addAttribute("noun", items.noun());
        model.addAttribute("items", items.path());
        model.addAttribute("fields", items.fields());
        items.describe(model, form, current);
        return TEMPLATE;
    }

    /** The plan page at the objective: {@code /plans/KEY/versions/LABEL#objective-4.6}. */
    static String backToObjective(String key, String label, Objective objective, int o) {
        return FormValues.versionPath(key, label) + "#" + PlanAnchors.objective(objective.number(), o);
    }

    /** The objective at a 1-based position; a position the version does not have is "not found". */
    static Objective objective(PlanVersion version, int o) {
        try {
            return version.objective(o - 1);
        } catch (PlanRuleViolation e) {
            throw new PlanNotFound("There is no objective " + o + " in version " + version.label() + ".");
        }
    }

    /** The 0-based index of a 1-based position, or the list's size for "new". */
    static int index(String position, int size, String noun) {
        if ("new".equals(position)) {
            return size;
        }
        try {
            int value = Integer.parseInt(position);
            if (value >= 1 && value <= size) {
                return value - 1;
            }
        } catch (NumberFormatException e) {
            // not a number: not found either
        }
        throw new PlanNotFound("There is no " + noun + " '" + position + "' here.");
    }
}
