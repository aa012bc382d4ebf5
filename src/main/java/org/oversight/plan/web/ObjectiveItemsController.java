package org.oversight.plan.web;

import jakarta.validation.Valid;
import org.oversight.accounts.AnalystAccess;
import org.oversight.plan.web.PlanForms.CommitmentForm;
import org.oversight.plan.web.PlanForms.MeasureForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding, changing and removing an objective's commitments and measures. Both go through the one
 * {@link ObjectiveItemEditor}; only the form (and so the save handler) differs.
 */
@Controller
@AnalystAccess
class ObjectiveItemsController {

    private static final String ITEMS = "/plans/{key}/versions/{label}/objectives/{o}/{items:commitments|measures}";
    private static final String OBJECTIVE = "/plans/{key}/versions/{label}/objectives/{o}";

    private final ObjectiveItemEditor editor;
    private final CommitmentItems commitments;
    private final MeasureItems measures;

    ObjectiveItemsController(ObjectiveItemEditor editor, CommitmentItems commitments, MeasureItems measures) {
        this.editor = editor;
        this.commitments = commitments;
        this.measures = measures;
    }

    @GetMapping(ITEMS + "/{position}")
    String open(
            @PathVariable String key,
            @PathVariable String label,
            @PathVariable int o,
            @PathVariable String items,
            @PathVariable String position,
            Model model) {
        return items.equals(commitments.path())
                ? editor.open(commitments, key, label, o, position, model)
                : editor.open(measures, key, label, o, position, model);
    }

    @PostMapping(OBJECTIVE + "/commitments/{position}")
    String saveCommitment(
            @PathVariable String key,
            @PathVariable String label,
            @PathVariable int o,
            @PathVariable String position,
            @Valid @ModelAttribute("form") CommitmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        return editor.save(commitments, key, label, o, position, FormValues.sent(form, errors), errors, model, flash);
    }

    @PostMapping(OBJECTIVE + "/measures/{position}")
    String saveMeasure(
            @PathVariable String key,
            @PathVariable String label,
            @PathVariable int o,
            @PathVariable String position,
            @Valid @ModelAttribute("form") MeasureForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        return editor.save(measures, key, label, o, position, FormValues.sent(form, errors), errors, model, flash);
    }

    @PostMapping(ITEMS + "/{position}/delete")
    String remove(
            @PathVariable String key,
            @PathVariable String label,
            @PathVariable int o,
            @PathVariable String items,
            @PathVariable int position,
            @RequestParam int lock,
            RedirectAttributes flash) {
        return items.equals(commitments.path())
                ? editor.remove(commitments, key, label, o, position, lock, flash)
                : editor.remove(measures, key, label, o, position, lock, flash);
    }
}
