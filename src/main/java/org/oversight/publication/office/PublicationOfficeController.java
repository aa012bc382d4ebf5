package org.oversight.publication.office;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oversight.accounts.AdminAccess;
import org.oversight.accounts.AnalystAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.plan.PlanApi;
import org.oversight.publication.PublicationApi;
import org.oversight.publication.PublicationKinds;
import org.oversight.publication.PublicationRefused;
import org.oversight.publication.release.Prepared;
import org.oversight.publication.release.ReleaseStore;
import org.oversight.publication.scheme.SchemeStatus;
import org.oversight.publication.site.Addresses;
import org.oversight.reports.DocumentRefused;
import org.oversight.reports.RenderedDocument;
import org.oversight.reports.ReportsApi;
import org.oversight.reports.Section;
import org.oversight.reports.Snapshot;
import org.oversight.reports.SnapshotId;
import org.oversight.reports.SnapshotNotFound;
import org.oversight.reports.SnapshotRefused;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's side of publication (ADR 0022): prepare a period, edit what people write, freeze,
 * approve (an admin, a second person), correct; preview every version in the three formats; the
 * publication scheme checklist.
 */
@Controller
@AnalystAccess
class PublicationOfficeController {

    private final PublicationApi publications;
    private final ReportsApi reports;
    private final ReleaseStore store;
    private final PlanApi plans;
    private final Clock clock;

    PublicationOfficeController(
            PublicationApi publications, ReportsApi reports, ReleaseStore store, PlanApi plans, Clock clock) {
        this.publications = publications;
        this.reports = reports;
        this.store = store;
        this.plans = plans;
        this.clock = clock;
    }

    @GetMapping("/publications")
    String list(Model model) {
        List<Row> rows = new ArrayList<>();
        for (Prepared prepared : store.allPrepared()) {
            List<Snapshot> versions = reports.versions(prepared.kind(), prepared.key());
            Snapshot latest = versions.get(versions.size() - 1);
            rows.add(new Row(
                    PublicationKinds.words(prepared.kind()),
                    prepared.periodCode(),
                    prepared.planKey() + " " + prepared.versionLabel(),
                    latest.version(),
                    state(latest),
                    latest.id().value()));
        }
        model.addAttribute("rows", rows);
        List<String[]> versions = new ArrayList<>();
        for (String key : plans.planKeys()) {
            for (String label : plans.versions(key)) {
                versions.add(new String[] {
                    key + "/" + label, plans.versionTitle(key, label).orElse(key) + " (" + label + ")"
                });
            }
        }
        model.addAttribute("planVersions", versions);
        model.addAttribute("period", model.getAttribute("period") == null ? "" : model.getAttribute("period"));
        return "publication/office/list";
    }

    @PostMapping("/publications")
    String prepare(
            @RequestParam(defaultValue = "") String period,
            @RequestParam(defaultValue = "") String planVersion,
            Model model) {
        String[] parts = planVersion.split("/", 2);
        try {
            if (parts.length != 2) {
                throw new PublicationRefused("planVersion: choose the plan version to publish from");
            }
            List<Snapshot> prepared = publications.prepare(period, parts[0], parts[1], CurrentUser.name());
            return "redirect:/publications/" + prepared.get(0).id();
        } catch (PublicationRefused | SnapshotRefused | DocumentRefused e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", e.getMessage().startsWith("plan") ? "planVersion" : "period");
            model.addAttribute("period", period);
            list(model);
            model.addAttribute("period", period);
            return "publication/office/list";
        }
    }

    @GetMapping("/publications/{id}")
    String snapshot(@PathVariable String id, Model model) {
        Snapshot snapshot = own(id);
        long number = snapshot.id().value();
        List<Snapshot> versions = reports.versions(snapshot.kind(), snapshot.key());
        boolean latest = versions.get(versions.size() - 1).id().equals(snapshot.id());
        model.addAttribute("s", snapshot);
        model.addAttribute("kind", PublicationKinds.words(snapshot.kind()));
        model.addAttribute("state", state(snapshot));
        model.addAttribute("versions", versions);
        model.addAttribute("latest", latest);
        model.addAttribute("released", store.releases().stream().anyMatch(r -> r.snapshotId() == number));
        model.addAttribute(
                "narratives",
                snapshot.isDraft() ? narratives(snapshot.document().sections()) : List.of());
        // Each section under this page's own h1 (the whole document would bring its title as a second h1).
        StringBuilder preview = new StringBuilder();
        for (Section section : snapshot.document().sections()) {
            preview.append(reports.renderSection(snapshot.id(), section.id()));
        }
        model.addAttribute("preview", preview.toString());
        return "publication/office/snapshot";
    }

    @PostMapping("/publications/{id}/sections/{section}")
    String edit(
            @PathVariable String id,
            @PathVariable String section,
            @RequestParam(defaultValue = "") String text,
            RedirectAttributes redirect) {
        SnapshotId snapshot = own(id).id();
        String sectionId = Addresses.measure(section);
        return act(
                snapshot,
                redirect,
                () -> publications.editNarrative(snapshot, sectionId, text, CurrentUser.name()),
                "Saved.");
    }

    @PostMapping("/publications/{id}/freeze")
    String freeze(@PathVariable String id, RedirectAttributes redirect) {
        SnapshotId snapshot = own(id).id();
        return act(
                snapshot,
                redirect,
                () -> publications.freeze(snapshot, CurrentUser.name()),
                "Frozen: it can no longer change. An admin who did not prepare it can now approve it.");
    }

    @AdminAccess
    @PostMapping("/publications/{id}/approve")
    String approve(@PathVariable String id, RedirectAttributes redirect) {
        SnapshotId snapshot = own(id).id();
        return act(
                snapshot,
                redirect,
                () -> publications.approve(snapshot, CurrentUser.name()),
                "Approved and published on the public site.");
    }

    @PostMapping("/publications/{id}/correct")
    String correct(@PathVariable String id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        SnapshotId snapshot = own(id).id();
        try {
            Snapshot correction = publications.correct(snapshot, note, CurrentUser.name());
            redirect.addFlashAttribute(
                    "done",
                    "A correction was started as version " + correction.version()
                            + ": check it, freeze it and have it approved.");
            return "redirect:/publications/" + correction.id();
        } catch (PublicationRefused | SnapshotRefused | DocumentRefused e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/publications/" + id;
        }
    }

    @GetMapping("/publications/{id}/file.{format}")
    ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable String format) {
        RenderedDocument rendered = reports.render(own(id).id(), Addresses.format(format));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(rendered.mediaType()))
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(rendered.fileName())
                                .build()
                                .toString())
                .body(rendered.bytes());
    }

    @GetMapping("/publications/scheme")
    String scheme(Model model) {
        List<SchemeStatus> checklist = SchemeStatus.checklist(store.releases(), LocalDate.now(clock));
        model.addAttribute("checklist", checklist);
        model.addAttribute(
                "overdue",
                checklist.stream().filter(s -> s.status().equals("overdue")).count());
        return "publication/office/scheme";
    }

    private String act(SnapshotId id, RedirectAttributes redirect, Runnable action, String done) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (PublicationRefused | SnapshotRefused | DocumentRefused e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/publications/" + id;
    }

    private Snapshot own(String id) {
        try {
            Snapshot snapshot = reports.snapshot(SnapshotId.of(Addresses.id(id)));
            if (PublicationKinds.ALL.contains(snapshot.kind())) {
                return snapshot;
            }
        } catch (SnapshotNotFound e) {
            // answered below as not found
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "there is no publication " + id);
    }

    private static String state(Snapshot snapshot) {
        if (snapshot.isApproved()) {
            return "Published";
        }
        return switch (snapshot.status()) {
            case DRAFT -> "Draft";
            case FROZEN -> "Frozen, waiting for approval";
            case SUPERSEDED -> "Superseded";
        };
    }

    private static List<Map<String, String>> narratives(List<Section> sections) {
        List<Map<String, String>> found = new ArrayList<>();
        for (Section section : sections) {
            if (section.narrative()) {
                found.add(Map.of(
                        "id", section.id(),
                        "heading", section.heading(),
                        "text",
                                String.join(
                                        "\n\n",
                                        section.blocks().stream()
                                                .filter(b -> b instanceof org.oversight.reports.Block.Paragraph)
                                                .map(b -> ((org.oversight.reports.Block.Paragraph) b)
                                                        .content().stream()
                                                                .map(org.oversight.reports.Inline::text)
                                                                .reduce("", String::concat))
                                                .toList())));
            }
            found.addAll(narratives(section.sections()));
        }
        return found;
    }

    /** A prepared document in the list. */
    record Row(String kind, String period, String plan, int version, String state, long id) {}
}
