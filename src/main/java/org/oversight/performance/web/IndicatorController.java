package org.oversight.performance.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.oversight.accounts.AnalystAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.force.ForceApi;
import org.oversight.performance.indicator.Indicator;
import org.oversight.performance.indicator.IndicatorCatalogue;
import org.oversight.performance.indicator.IndicatorCodec;
import org.oversight.performance.indicator.IndicatorFileRefused;
import org.oversight.performance.indicator.IndicatorRefused;
import org.oversight.performance.indicator.IndicatorVersion;
import org.oversight.performance.indicator.SourceKind;
import org.oversight.performance.measure.IndicatorPreview;
import org.oversight.plan.PlanApi;
import org.oversight.plan.PlanMeasure;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.StopSearchField;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The indicator pages for analysts: every indicator, one with its versions, the measures that read it
 * and its figures; a form for each kind of source with a preview of the monthly figures before saving;
 * importing and exporting indicator files.
 */
@Controller
@AnalystAccess
class IndicatorController {

    private final IndicatorCatalogue catalogue;
    private final IndicatorPreview preview;
    private final PoliceDataApi policeData;
    private final ForceApi force;
    private final PlanApi plans;

    IndicatorController(
            IndicatorCatalogue catalogue,
            IndicatorPreview preview,
            PoliceDataApi policeData,
            ForceApi force,
            PlanApi plans) {
        this.catalogue = catalogue;
        this.preview = preview;
        this.policeData = policeData;
        this.force = force;
        this.plans = plans;
    }

    /** A measure that reads an indicator, as its page links to it. */
    record Reader(String planTitle, String plan, String version, String objective, String ref, String text) {}

    @GetMapping("/indicators")
    String list(Model model) {
        model.addAttribute("indicators", catalogue.all());
        return "performance/indicators";
    }

    @GetMapping("/indicators/new")
    String chooseKind(@RequestParam(required = false) String kind, Model model) {
        if (kind == null || kind.isBlank()) {
            model.addAttribute("kinds", SourceKind.values());
            return "performance/indicator-kinds";
        }
        SourceKind chosen = kind(kind);
        return form(model, IndicatorForm.of(chosen, false, Map.of(), null, options(), List.of()), null);
    }

    @PostMapping("/indicators/new")
    String define(
            @RequestParam String kind,
            @RequestParam(defaultValue = "save") String action,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        SourceKind chosen = kind(kind);
        Map<String, Object> definition = IndicatorForm.definition(chosen, fields, null);
        return submit(chosen, false, definition, fields.getFirst("note"), action, model, redirect);
    }

    @GetMapping("/indicators/{code}")
    String indicator(@PathVariable String code, Model model) {
        Indicator indicator = catalogue.find(code).orElseThrow(IndicatorController::notFound);
        model.addAttribute("indicator", indicator);
        model.addAttribute("definition", IndicatorCodec.toMap(indicator));
        model.addAttribute("history", catalogue.history(code));
        model.addAttribute("readers", readers(code));
        model.addAttribute("rows", preview.rows(indicator, force.slug()));
        model.addAttribute("force", force.current().orElse(null));
        return "performance/indicator";
    }

    @GetMapping("/indicators/{code}/versions/{version}")
    String version(@PathVariable String code, @PathVariable int version, Model model) {
        IndicatorVersion found = catalogue.version(code, version).orElseThrow(IndicatorController::notFound);
        model.addAttribute("found", found);
        model.addAttribute(
                "current", catalogue.find(code).map(Indicator::version).orElse(0));
        return "performance/indicator-version";
    }

    @GetMapping("/indicators/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        Indicator indicator = catalogue.find(code).orElseThrow(IndicatorController::notFound);
        return form(
                model,
                IndicatorForm.of(
                        indicator.source().kind(), true, IndicatorCodec.toMap(indicator), "", options(), List.of()),
                null);
    }

    @PostMapping("/indicators/{code}/edit")
    String change(
            @PathVariable String code,
            @RequestParam(defaultValue = "save") String action,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        Indicator indicator = catalogue.find(code).orElseThrow(IndicatorController::notFound);
        SourceKind kind = indicator.source().kind();
        Map<String, Object> definition = IndicatorForm.definition(kind, fields, code);
        return submit(kind, true, definition, fields.getFirst("note"), action, model, redirect);
    }

    private String submit(
            SourceKind kind,
            boolean editing,
            Map<String, Object> definition,
            String note,
            String action,
            Model model,
            RedirectAttributes redirect) {
        try {
            if ("preview".equals(action)) {
                Indicator draft = catalogue.draft(definition);
                return form(
                        model,
                        IndicatorForm.of(kind, editing, definition, note, options(), List.of()),
                        preview.rows(draft, force.slug()));
            }
            IndicatorCatalogue.Saved saved = catalogue.define(definition, note, !editing, CurrentUser.name());
            redirect.addFlashAttribute(
                    "saved",
                    switch (saved.outcome()) {
                        case DEFINED -> "Indicator defined";
                        case CHANGED ->
                            "Indicator changed: version " + saved.indicator().version() + " saved";
                        case UNCHANGED ->
                            "Nothing changed: the definition is the same as version "
                                    + saved.indicator().version();
                    });
            return "redirect:/indicators/" + saved.indicator().code();
        } catch (IndicatorRefused e) {
            return form(model, IndicatorForm.of(kind, editing, definition, note, options(), e.problems()), null);
        }
    }

    private String form(Model model, IndicatorForm form, List<IndicatorPreview.Row> rows) {
        model.addAttribute("form", form);
        model.addAttribute("units", IndicatorForm.units());
        model.addAttribute("rows", rows);
        model.addAttribute("force", force.current().orElse(null));
        return "performance/indicator-form";
    }

    @GetMapping("/indicators/import")
    String importForm() {
        return "performance/indicator-import";
    }

    @PostMapping("/indicators/import")
    String importFile(@RequestParam(required = false) MultipartFile file, Model model) throws java.io.IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "Select an indicator file");
            return "performance/indicator-import";
        }
        String name = file.getOriginalFilename() == null ? "indicators.yaml" : file.getOriginalFilename();
        try {
            model.addAttribute("result", catalogue.importFile(name, file.getBytes(), CurrentUser.name()));
        } catch (IndicatorFileRefused e) {
            model.addAttribute("fileError", "The file has problems, so nothing was imported: see below");
            model.addAttribute("problems", e.problems());
        }
        return "performance/indicator-import";
    }

    @GetMapping("/indicators/export")
    ResponseEntity<byte[]> export() {
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"indicators.yaml\"")
                .body(catalogue.export().getBytes(StandardCharsets.UTF_8));
    }

    /** The measures of every plan version that read the indicator. */
    private List<Reader> readers(String code) {
        List<Reader> readers = new ArrayList<>();
        for (String plan : plans.plans().keySet()) {
            for (String version : plans.versions(plan)) {
                for (PlanMeasure measure : plans.measures(plan, version)) {
                    if (code.equals(measure.indicator())
                            && measure.ref() != null
                            && measure.objectiveNumber() != null) {
                        readers.add(new Reader(
                                plans.versionTitle(plan, version).orElse(plan),
                                plan,
                                version,
                                measure.objectiveNumber(),
                                measure.ref(),
                                measure.text()));
                    }
                }
            }
        }
        return readers;
    }

    private IndicatorForm.Options options() {
        Map<StopSearchField, List<String>> stopSearch = new EnumMap<>(StopSearchField.class);
        for (StopSearchField field : StopSearchField.values()) {
            stopSearch.put(field, policeData.stopSearchValues(field));
        }
        return new IndicatorForm.Options(policeData.crimeTypes(), policeData.outcomeCategories(), stopSearch);
    }

    private static SourceKind kind(String code) {
        return SourceKind.fromCode(code).orElseThrow(IndicatorController::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such indicator");
    }
}
