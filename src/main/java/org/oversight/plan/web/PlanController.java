package org.oversight.plan.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.oversight.accounts.PublicAccess;
import org.oversight.plan.domain.MeasureLinks;
import org.oversight.plan.domain.Plan;
import org.oversight.plan.domain.PlanNotFound;
import org.oversight.plan.domain.PlanRegister;
import org.oversight.plan.domain.PlanVersion;
import org.oversight.plan.domain.VariationSummary;
import org.oversight.plan.file.PlanFileWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/** The published plan pages: anyone may read them. */
@Controller
@PublicAccess
class PlanController {

    private final PlanRegister register;
    private final MeasureLinks links;

    PlanController(PlanRegister register, MeasureLinks links) {
        this.register = register;
        this.links = links;
    }

    record PlanRow(String key, String title, String force, String issuedBy, List<String> labels, String latest) {}

    @GetMapping("/plans")
    String plans(Model model) {
        List<PlanRow> rows = new ArrayList<>();
        for (Plan plan : register.plans()) {
            List<String> labels =
                    register.versions(plan).stream().map(PlanVersion::label).toList();
            rows.add(new PlanRow(
                    plan.key(),
                    plan.title(),
                    plan.force(),
                    plan.issuedBy(),
                    labels,
                    labels.isEmpty() ? null : labels.get(labels.size() - 1)));
        }
        model.addAttribute("plans", rows);
        return "plan/list";
    }

    @GetMapping("/plans/{key}")
    String plan(@PathVariable String key) {
        Plan plan = register.plan(key);
        PlanVersion latest =
                register.latestVersion(plan).orElseThrow(() -> new PlanNotFound("Plan '" + key + "' has no versions."));
        return "redirect:/plans/" + key + "/versions/"
                + UriUtils.encodePathSegment(latest.label(), StandardCharsets.UTF_8);
    }

    @GetMapping("/plans/{key}/versions/{label}")
    String version(
            @PathVariable String key,
            @PathVariable String label,
            @RequestParam(required = false) String lead,
            Model model) {
        Plan plan = register.plan(key);
        PlanVersion version = register.version(key, label);
        String chosenLead = lead == null || lead.isBlank() ? null : lead;
        model.addAttribute("view", PlanViews.version(plan, version, chosenLead, links));
        model.addAttribute(
                "versions",
                register.versions(plan).stream().map(PlanVersion::label).toList());
        return "plan/version";
    }

    @GetMapping("/plans/{key}/compare")
    String compare(
            @PathVariable String key,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        Plan plan = register.plan(key);
        List<PlanVersion> versions = register.versions(plan);
        List<String> labels = versions.stream().map(PlanVersion::label).toList();
        model.addAttribute("plan", plan);
        model.addAttribute("labels", labels);
        if (versions.size() < 2 && (from == null || to == null)) {
            model.addAttribute("summary", null);
            return "plan/compare";
        }
        PlanVersion later = to == null ? versions.get(versions.size() - 1) : register.version(key, to);
        String fromLabel = from != null
                ? from
                : later.variationOf() != null && labels.contains(later.variationOf())
                        ? later.variationOf()
                        : labels.get(Math.max(0, labels.indexOf(later.label()) - 1));
        PlanVersion earlier = register.version(key, fromLabel);
        VariationSummary summary = VariationSummary.between(earlier, later);
        model.addAttribute("summary", summary);
        model.addAttribute("from", earlier.label());
        model.addAttribute("to", later.label());
        model.addAttribute(
                "changed",
                summary.objectives().stream()
                        .filter(VariationSummary.ObjectiveChanges::changed)
                        .count());
        return "plan/compare";
    }

    @GetMapping("/plans/{key}/versions/{label}/plan.yaml")
    ResponseEntity<String> export(@PathVariable String key, @PathVariable String label) {
        Plan plan = register.plan(key);
        PlanVersion version = register.version(key, label);
        String yaml = new PlanFileWriter().write(plan, List.of(version));
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(key + "-" + label.replace(' ', '-') + ".yaml")
                                .build()
                                .toString())
                .body(yaml);
    }
}
