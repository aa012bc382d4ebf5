package org.oversight.performance.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oversight.accounts.PublicAccess;
import org.oversight.performance.MeasurePerformance;
import org.oversight.performance.PerformanceApi;
import org.oversight.plan.PlanApi;
import org.oversight.policedata.Area;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/** The published performance pages: every plan measure's figures, icons and statement. */
@Controller
@PublicAccess
class PerformanceController {

    private final PerformanceApi performance;
    private final PlanApi plans;

    PerformanceController(PerformanceApi performance, PlanApi plans) {
        this.performance = performance;
        this.plans = plans;
    }

    record PlanChoice(String key, String title, List<String> versions) {}

    record AreaChoice(String value, String label) {}

    /** A known area as the “no such area” page links to it. */
    record AreaLink(String label, String href) {}

    @GetMapping("/performance")
    String choose(Model model) {
        List<PlanChoice> choices = new ArrayList<>();
        for (Map.Entry<String, String> plan : plans.plans().entrySet()) {
            List<String> versions = plans.versions(plan.getKey());
            if (!versions.isEmpty()) {
                choices.add(new PlanChoice(plan.getKey(), plan.getValue(), versions));
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
        String title = planName(key, label);
        Area chosen = UnknownArea.resolve(performance, area);
        List<MeasurePerformance> all = performance.measures(key, label, chosen, asAt);
        OverviewView view = OverviewView.of(all, new OverviewView.Filters(objective, lead, status));
        model.addAttribute("planKey", key);
        model.addAttribute("label", label);
        model.addAttribute("title", title);
        addArea(model, chosen);
        model.addAttribute("objective", objective);
        model.addAttribute("lead", lead);
        model.addAttribute("status", status);
        model.addAttribute("view", view);
        model.addAttribute("trendMonths", Sparkline.MONTHS);
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
        String title = planName(key, label);
        Area chosen = UnknownArea.resolve(performance, area);
        MeasurePerformance m = performance
                .measure(key, label, objective, measure, chosen, asAt)
                .orElseThrow(PerformanceController::notFound);
        String chartTitle = (m.indicatorName() == null ? m.measureRef() : m.indicatorName()) + ", "
                + (chosen.kind() == Area.Kind.FORCE ? "whole force area" : chosen.name()) + ": monthly SPC chart";
        String summary = ChartWords.summary(m);
        model.addAttribute("title", title);
        model.addAttribute("planKey", key);
        model.addAttribute("label", label);
        model.addAttribute("m", m);
        addArea(model, chosen);
        model.addAttribute("status", StatusTag.of(m));
        model.addAttribute("summary", summary);
        model.addAttribute("chart", m.series().isEmpty() ? null : Svg.chart(m, chartTitle, summary));
        model.addAttribute("valueHeading", MeasureFigures.axisLabel(m));
        model.addAttribute("rows", DataTableRow.of(m));
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

    private String planName(String key, String label) {
        if (!plans.versions(key).contains(label)) {
            throw notFound();
        }
        // The plan module's rule: the label is left out when the title already says it.
        return plans.versionTitle(key, label).orElseThrow(PerformanceController::notFound);
    }

    private void addArea(Model model, Area chosen) {
        boolean force = chosen.kind() == Area.Kind.FORCE;
        model.addAttribute("areaName", force ? "the whole force area" : chosen.name());
        model.addAttribute("area", force ? "" : chosen.name());
        // Links to the other pages keep the area; the whole force needs no parameter.
        model.addAttribute(
                "areaQuery", force ? "" : "?area=" + UriUtils.encodeQueryParam(chosen.name(), StandardCharsets.UTF_8));
        model.addAttribute("areas", areaChoices(performance.areas()));
    }

    private static List<AreaChoice> areaChoices(List<Area> areas) {
        return areas.stream()
                .map(a -> new AreaChoice(a.kind() == Area.Kind.FORCE ? "" : a.name(), label(a)))
                .toList();
    }

    private static String label(Area a) {
        switch (a.kind()) {
            case FORCE:
                return "Whole force area";
            case AREA_SET:
                return a.name() + " (area set)";
            default:
                return a.name();
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such plan, version or measure");
    }

    /** People reach these pages in a browser: an unknown plan or measure gets the "page not found" page. */
    @ExceptionHandler(ResponseStatusException.class)
    String problem(ResponseStatusException e, Model model, HttpServletResponse response) {
        response.setStatus(e.getStatusCode().value());
        model.addAttribute("status", e.getStatusCode().value());
        return "error";
    }

    /** An unknown area: 404, naming it, with every known area as a link to the same page for that area. */
    @ExceptionHandler(UnknownArea.class)
    String unknownArea(UnknownArea e, Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        List<AreaLink> links = new ArrayList<>();
        for (Area a : e.known()) {
            links.add(new AreaLink(label(a), samePageFor(request, a.kind() == Area.Kind.FORCE ? null : a.name())));
        }
        model.addAttribute("name", e.name());
        model.addAttribute("suggestion", e.suggestion().orElse(null));
        model.addAttribute(
                "suggestionHref",
                e.suggestion().map(s -> samePageFor(request, s)).orElse(null));
        model.addAttribute("links", links);
        return "performance/unknown-area";
    }

    /** The page asked for, with {@code area} in place of the unknown one (none for the whole force). */
    private static String samePageFor(HttpServletRequest request, String area) {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance()
                .path(UriUtils.decode(request.getRequestURI(), StandardCharsets.UTF_8));
        request.getParameterMap().forEach((name, values) -> {
            if (!"area".equals(name)) {
                uri.queryParam(name, (Object[]) values);
            }
        });
        if (area != null) {
            uri.queryParam("area", area);
        }
        return uri.build().encode().toUriString();
    }
}
