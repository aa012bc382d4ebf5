package org.oversight.performance.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oversight.accounts.PublicAccess;
import org.oversight.performance.MeasurePerformance;
import org.oversight.performance.PerformanceApi;
import org.oversight.performance.indicator.IndicatorCatalogue;
import org.oversight.plan.PlanApi;
import org.oversight.policedata.Area;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The published performance pages: every plan measure's figures, icons and statement. */
@Controller
@PublicAccess
class PerformanceController {

    private final PerformanceApi performance;
    private final PlanApi plans;
    private final IndicatorCatalogue catalogue;

    PerformanceController(PerformanceApi performance, PlanApi plans, IndicatorCatalogue catalogue) {
        this.performance = performance;
        this.plans = plans;
        this.catalogue = catalogue;
    }

    record PlanChoice(String key, String title, List<String> versions) {}

    /** A measure as the overview shows it, with its icons. */
    record MeasureRow(
            MeasurePerformance measure,
            String variationIcon,
            String variationText,
            String assuranceIcon,
            String assuranceText) {}

    record AreaChoice(String value, String label) {}

    @GetMapping("/performance")
    String choose(Model model) {
        List<PlanChoice> choices = new ArrayList<>();
        for (Map.Entry<String, List<String>> plan : catalogue.planVersions().entrySet()) {
            List<String> existing = plans.versions(plan.getKey());
            List<String> versions =
                    plan.getValue().stream().filter(existing::contains).toList();
            if (!versions.isEmpty()) {
                choices.add(new PlanChoice(
                        plan.getKey(), plans.planTitle(plan.getKey()).orElse(plan.getKey()), versions));
            }
        }
        model.addAttribute("plans", choices);
        return "performance/choose";
    }

    @GetMapping("/performance/plans/{key}/versions/{label}")
    String overview(
            @PathVariable String key,
            @PathVariable String label,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String objective,
            @RequestParam(required = false) String lead,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) YearMonth asAt,
            Model model) {
        if (!catalogue.planVersions().getOrDefault(key, List.of()).contains(label)) {
            throw notFound();
        }
        String title = plans.planTitle(key).orElseThrow(PerformanceController::notFound);
        Area chosen = performance.area(area);
        List<MeasurePerformance> all = performance.measures(key, label, chosen, asAt);
        Set<String> objectives = new LinkedHashSet<>();
        Set<String> leads = new LinkedHashSet<>();
        Set<String> statuses = new LinkedHashSet<>();
        List<MeasureRow> rows = new ArrayList<>();
        for (MeasurePerformance m : all) {
            objectives.add(m.objectiveNumber());
            leads.addAll(m.leads());
            if (m.targetStatusWords() != null) {
                statuses.add(m.targetStatusWords());
            }
            if (blank(objective) || objective.equals(m.objectiveNumber())) {
                if (blank(lead) || m.leads().contains(lead)) {
                    if (blank(status) || status.equals(m.targetStatusWords())) {
                        rows.add(new MeasureRow(
                                m,
                                SpcIcons.variation(m.spc()),
                                SpcIcons.variationText(m.spc()),
                                SpcIcons.assurance(m.spc()),
                                SpcIcons.assuranceText(m.spc())));
                    }
                }
            }
        }
        model.addAttribute("planKey", key);
        model.addAttribute("label", label);
        model.addAttribute("title", title);
        model.addAttribute("versionTitle", plans.versionTitle(key, label).orElse(title));
        model.addAttribute("areaName", chosen.kind() == Area.Kind.FORCE ? "the whole force area" : chosen.name());
        model.addAttribute("area", chosen.kind() == Area.Kind.FORCE ? "" : chosen.name());
        model.addAttribute("areas", areaChoices());
        model.addAttribute("objectives", objectives);
        model.addAttribute("leads", leads);
        model.addAttribute("statuses", statuses);
        model.addAttribute("objective", objective);
        model.addAttribute("lead", lead);
        model.addAttribute("status", status);
        model.addAttribute("rows", rows);
        model.addAttribute("total", all.size());
        model.addAttribute("demonstration", all.stream().anyMatch(MeasurePerformance::demonstrationData));
        return "performance/overview";
    }

    @GetMapping("/performance/plans/{key}/versions/{label}/measures/{objective}/{measure}")
    String measure(
            @PathVariable String key,
            @PathVariable String label,
            @PathVariable String objective,
            @PathVariable String measure,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) YearMonth asAt,
            Model model) {
        if (!catalogue.planVersions().getOrDefault(key, List.of()).contains(label)) {
            throw notFound();
        }
        Area chosen = performance.area(area);
        MeasurePerformance m = performance
                .measure(key, label, objective, measure, chosen, asAt)
                .orElseThrow(PerformanceController::notFound);
        String title = (m.indicatorName() == null ? m.measureRef() : m.indicatorName()) + ", "
                + (chosen.kind() == Area.Kind.FORCE ? "whole force area" : chosen.name()) + ": monthly SPC chart";
        model.addAttribute("title", plans.planTitle(key).orElse(key));
        model.addAttribute("versionTitle", plans.versionTitle(key, label).orElse(key));
        model.addAttribute("planKey", key);
        model.addAttribute("label", label);
        model.addAttribute("m", m);
        model.addAttribute("areaName", chosen.kind() == Area.Kind.FORCE ? "the whole force area" : chosen.name());
        model.addAttribute("area", chosen.kind() == Area.Kind.FORCE ? "" : chosen.name());
        model.addAttribute("areas", areaChoices());
        model.addAttribute("summary", chartSummary(m));
        model.addAttribute("chart", m.series().isEmpty() ? null : Svg.chart(m, title, chartSummary(m)));
        model.addAttribute("variationIcon", SpcIcons.variation(m.spc()));
        model.addAttribute("variationText", SpcIcons.variationText(m.spc()));
        model.addAttribute("assuranceIcon", SpcIcons.assurance(m.spc()));
        model.addAttribute("assuranceText", SpcIcons.assuranceText(m.spc()));
        model.addAttribute(
                "districts",
                m.hasData() && m.policeData()
                        ? performance.districts(key, label, objective, measure, YearMonth.parse(m.asAt()))
                        : List.of());
        return "performance/measure";
    }

    /** The chart in words, for screen readers and anyone who prefers text. */
    static String chartSummary(MeasurePerformance m) {
        if (m.series().isEmpty()) {
            return m.statement();
        }
        StringBuilder text = new StringBuilder();
        text.append(m.series().size())
                .append(" monthly values from ")
                .append(m.series().get(0).period())
                .append(" to ")
                .append(m.series().get(m.series().size() - 1).period())
                .append(". ");
        if (m.spc() != null) {
            MeasurePerformance.SpcSummary spc = m.spc();
            text.append(String.format(
                    java.util.Locale.UK,
                    "Mean %,.1f; process limits %,.1f to %,.1f%s. ",
                    spc.centre(),
                    spc.lowerLimit(),
                    spc.upperLimit(),
                    spc.trial() ? " (trial limits: fewer than 12 months)" : ""));
            if (spc.target() != null) {
                text.append(String.format(java.util.Locale.UK, "Monthly target %,.1f. ", spc.target()));
            }
            text.append(spc.specialCausePoints())
                    .append(" special cause ")
                    .append(spc.specialCausePoints() == 1 ? "point" : "points")
                    .append(". ")
                    .append(SpcIcons.variationText(spc))
                    .append(" in the latest month. ")
                    .append(SpcIcons.assuranceText(spc))
                    .append('.');
        }
        return text.toString();
    }

    private List<AreaChoice> areaChoices() {
        List<AreaChoice> choices = new ArrayList<>();
        for (Area a : performance.areas()) {
            choices.add(
                    a.kind() == Area.Kind.FORCE
                            ? new AreaChoice("", "Whole force area")
                            : new AreaChoice(
                                    a.name(), a.kind() == Area.Kind.AREA_SET ? a.name() + " (area set)" : a.name()));
        }
        return choices;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such plan, version or measure");
    }

    /** People reach these pages in a browser: an unknown plan or measure gets the "page not found" page. */
    @org.springframework.web.bind.annotation.ExceptionHandler(ResponseStatusException.class)
    String problem(ResponseStatusException e, Model model, jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(e.getStatusCode().value());
        model.addAttribute("status", e.getStatusCode().value());
        return "error";
    }
}
