package org.oversight.policedata.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.oversight.accounts.AnalystAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.platform.Pagination;
import org.oversight.policedata.BatchFilter;
import org.oversight.policedata.BatchPage;
import org.oversight.policedata.ImportBatch;
import org.oversight.policedata.MonthCompleteness;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.PoliceDataKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Police data in the browser: the imported batches (a page at a time, filtered by force, kind and
 * months) with the months that do not count as complete, a batch's provenance, data quality and
 * completeness, and removing a batch.
 */
@Controller
@AnalystAccess
@RequestMapping("/police-data")
class PoliceDataController {

    static final int PAGE_SIZE = 25;

    private final PoliceDataApi policeData;
    private final BatchPageModel batchPage;
    private final ZoneId zone;

    PoliceDataController(PoliceDataApi policeData, BatchPageModel batchPage, Clock clock) {
        this.policeData = policeData;
        this.batchPage = batchPage;
        this.zone = clock.getZone();
    }

    /** Thrown for a batch or an import job that does not exist (any more). */
    static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }
    }

    @GetMapping
    String batches(BatchFilterForm form, Model model) {
        BatchFilter filter = form.filter();
        BatchPage page = policeData.batches(filter, form.pageNumber(), PAGE_SIZE);
        if (page.batches().isEmpty() && page.page() > page.pages()) {
            page = policeData.batches(filter, page.pages(), PAGE_SIZE);
        }
        model.addAttribute("form", form);
        model.addAttribute("problems", form.problems());
        model.addAttribute("filtered", filter.filters());
        model.addAttribute(
                "batches",
                page.batches().stream()
                        .map(batch -> PoliceDataViews.row(batch, zone))
                        .toList());
        model.addAttribute("total", page.total());
        model.addAttribute(
                "showing",
                page.total() == 0
                        ? null
                        : "Showing " + ((page.page() - 1) * page.size() + 1) + " to "
                                + ((page.page() - 1) * page.size()
                                        + page.batches().size()) + " of "
                                + PoliceDataViews.plural(page.total(), "batch", "batches"));
        model.addAttribute("pagination", Pagination.of(form.link(), page.page(), page.pages()));
        List<String> forces = policeData.forces();
        model.addAttribute(
                "forces",
                forces.stream()
                        .map(slug -> new Choice(slug, PoliceDataViews.force(slug)))
                        .toList());
        model.addAttribute(
                "kinds",
                java.util.Arrays.stream(PoliceDataKind.values())
                        .map(kind -> new Choice(kind.slug(), PoliceDataViews.kind(kind)))
                        .toList());
        model.addAttribute(
                "months",
                policeData.months().stream()
                        .map(month -> new Choice(month.toString(), PoliceDataViews.month(month)))
                        .toList());
        model.addAttribute("incomplete", incompleteMonths(forces));
        model.addAttribute("demonstration", policeData.hasDemonstrationData());
        return "policedata/batches";
    }

    /** An option of a filter's select: the value sent and the words shown. */
    record Choice(String value, String label) {}

    /** Every force's months that do not count as complete, newest first, with a link to the batch if any. */
    private List<IncompleteMonth> incompleteMonths(List<String> forces) {
        List<IncompleteMonth> months = new ArrayList<>();
        for (String force : forces) {
            for (PoliceDataKind kind : PoliceDataKind.values()) {
                for (MonthCompleteness month : policeData.completeness(force, kind)) {
                    if (!month.complete()) {
                        months.add(new IncompleteMonth(
                                CompletenessView.of(month, zone),
                                policeData
                                        .batch(kind, force, month.month())
                                        .map(ImportBatch::id)
                                        .orElse(null),
                                month.month()));
                    }
                }
            }
        }
        months.sort(java.util.Comparator.comparing(IncompleteMonth::sortMonth).reversed());
        return months;
    }

    record IncompleteMonth(CompletenessView month, Long batchId, java.time.YearMonth sortMonth) {}

    @GetMapping("/batches/{id}")
    String batch(@PathVariable long id, Model model) {
        batchPage.fill(find(id), model);
        return "policedata/batch";
    }

    @GetMapping("/batches/{id}/remove")
    String confirmRemove(@PathVariable long id, Model model) {
        model.addAttribute("batch", PoliceDataViews.batch(find(id), zone));
        return "policedata/remove";
    }

    @PostMapping("/batches/{id}/remove")
    String remove(@PathVariable long id, RedirectAttributes flash) {
        ImportBatch batch = find(id);
        if (!policeData.removeBatch(id, CurrentUser.name())) {
            throw new NotFound("There is no batch " + id + ": it may have been removed already.");
        }
        flash.addFlashAttribute(
                "removed",
                "Batch removed: " + PoliceDataViews.batch(batch, zone).title() + " ("
                        + PoliceDataViews.rows(batch.rows()) + ").");
        return "redirect:/police-data";
    }

    private ImportBatch find(long id) {
        return policeData
                .batch(id)
                .orElseThrow(() -> new NotFound("There is no batch " + id + ": it may have been removed."));
    }
}
