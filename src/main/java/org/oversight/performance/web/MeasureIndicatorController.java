package org.oversight.performance.web;

import java.util.List;
import org.oversight.accounts.AnalystAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.performance.indicator.IndicatorCatalogue;
import org.oversight.plan.IndicatorLinkRefused;
import org.oversight.plan.PlanApi;
import org.oversight.plan.PlanMeasure;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links a measure to the indicator it reads, from the measure's performance page: choose an
 * indicator, or say why none can serve it. A link the indicator's unit cannot satisfy is refused.
 */
@Controller
@AnalystAccess
class MeasureIndicatorController {

    static final String PAGE = "/performance/plans/{key}/versions/{label}/measures/{objective}/{measure}/indicator";

    private final PlanApi plans;
    private final IndicatorCatalogue catalogue;

    MeasureIndicatorController(PlanApi plans, IndicatorCatalogue catalogue) {
        this.plans = plans;
        this.catalogue = catalogue;
    }

    @GetMapping(PAGE)
    String form(
            @PathVariable String key,
            @PathVariable String label,
            @PathVariable String objective,
            @PathVariable String measure,
            Model model) {
        PlanMeasure found = find(key, label, objective, measure);
        return page(
                model,
                found,
                found.indicator() != null ? "indicator" : found.noIndicatorReason() != null ? "none" : "unlinked",
                found.indicator(),
                found.noIndicatorReason(),
                null,
                null);
    }

    @PostMapping(PAGE)
    String link(
            @PathVariable String key,
            @PathVariable String label,
            @PathVariable String objective,
            @PathVariable String measure,
            @RequestParam(defaultValue = "") String reads,
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes redirect) {
        PlanMeasure found = find(key, label, objective, measure);
        String code = null;
        String none = null;
        switch (reads) {
            case "indicator" -> {
                if (indicator == null || indicator.isBlank()) {
                    return page(
                            model,
                            found,
                            reads,
                            indicator,
                            reason,
                            "indicator",
                            "Choose the indicator the measure reads");
                }
                code = indicator;
            }
            case "none" -> {
                if (reason == null || reason.isBlank()) {
                    return page(
                            model,
                            found,
                            reads,
                            indicator,
                            reason,
                            "reason",
                            "Say why no indicator can serve the measure");
                }
                none = reason;
            }
            case "unlinked" -> {}
            default -> {
                return page(model, found, reads, indicator, reason, "reads", "Choose what the measure reads");
            }
        }
        try {
            plans.linkIndicator(key, label, objective, measure, code, none, CurrentUser.name());
        } catch (IndicatorLinkRefused e) {
            return page(model, found, reads, indicator, reason, "indicator", capitalise(e.getMessage()));
        }
        redirect.addFlashAttribute("linked", true);
        return "redirect:"
                + UriComponentsBuilder.fromPath(
                                "/performance/plans/{key}/versions/{label}/measures/{objective}/{measure}")
                        .buildAndExpand(key, label, objective, measure)
                        .encode()
                        .toUriString();
    }

    private String page(
            Model model,
            PlanMeasure measure,
            String reads,
            String indicator,
            String reason,
            String errorField,
            String error) {
        model.addAttribute("measure", measure);
        model.addAttribute(
                "title",
                plans.versionTitle(measure.planKey(), measure.versionLabel()).orElse(""));
        model.addAttribute("indicators", catalogue.all());
        model.addAttribute("reads", reads);
        model.addAttribute("chosen", indicator);
        model.addAttribute("reason", reason == null ? "" : reason);
        model.addAttribute("errorField", errorField);
        model.addAttribute("error", error);
        model.addAttribute("target", measure.target() == null ? null : measure.targetWords(measure.unit()));
        return "performance/measure-indicator";
    }

    private PlanMeasure find(String key, String label, String objective, String ref) {
        List<PlanMeasure> measures = plans.measures(key, label);
        return measures.stream()
                .filter(m -> ref.equals(m.ref()) && objective.equals(m.objectiveNumber()))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such measure"));
    }

    private static String capitalise(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
