package org.oversight.policedata.web;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oversight.accounts.AnalystAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.policedata.ImportBatch;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.PoliceDataKind;
import org.oversight.policedata.web.PoliceDataViews.CountTable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Police data in the browser: the imported batches with their provenance and data quality, uploading
 * data.police.uk files (imported in the background, with a page that follows the import), and
 * removing a batch.
 */
@Controller
@AnalystAccess
@RequestMapping("/police-data")
class PoliceDataController {

    static final String NO_FILE = "Select one or more data.police.uk files";

    private final PoliceDataApi policeData;
    private final ImportJobs jobs;
    private final ZoneId zone;

    PoliceDataController(PoliceDataApi policeData, ImportJobs jobs, Clock clock) {
        this.policeData = policeData;
        this.jobs = jobs;
        this.zone = clock.getZone();
    }

    /** Thrown for a batch or an import job that does not exist (any more). */
    static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }
    }

    // ---- Batches ---------------------------------------------------------------------------------

    @GetMapping
    String batches(Model model) {
        model.addAttribute(
                "batches",
                policeData.batches().stream()
                        .sorted(PoliceDataViews.NEWEST_FIRST)
                        .map(batch -> PoliceDataViews.row(batch, zone))
                        .toList());
        model.addAttribute("demonstration", policeData.hasDemonstrationData());
        return "policedata/batches";
    }

    @GetMapping("/batches/{id}")
    String batch(@PathVariable long id, Model model) {
        ImportBatch batch = find(id);
        model.addAttribute("batch", PoliceDataViews.batch(batch, zone));
        model.addAttribute("facts", PoliceDataViews.qualityFacts(batch));
        model.addAttribute("unexpected", PoliceDataViews.unexpectedValues(batch.quality()));
        model.addAttribute(
                "notes", batch.quality() == null ? Map.of() : batch.quality().notes());
        model.addAttribute("counts", counts(batch));
        return "policedata/batch";
    }

    private List<CountTable> counts(ImportBatch batch) {
        List<CountTable> tables = new ArrayList<>();
        switch (batch.kind()) {
            case STREET -> {
                tables.add(count(batch, "crime-type", "Rows by crime type", "Crime type"));
                tables.add(count(batch, "district", "Rows by district", "District"));
            }
            case OUTCOMES -> {
                tables.add(count(batch, "outcome-type", "Rows by outcome type", "Outcome type"));
                tables.add(count(batch, "district", "Rows by district", "District"));
            }
            case STOP_AND_SEARCH -> {
                tables.add(count(batch, "outcome", "Searches by outcome", "Outcome"));
                tables.add(count(
                        batch,
                        "officer-defined-ethnicity",
                        "Searches by officer-defined ethnicity",
                        "Officer-defined ethnicity"));
            }
        }
        return tables;
    }

    private CountTable count(ImportBatch batch, String field, String caption, String header) {
        return PoliceDataViews.countTable(
                "counts-" + field,
                caption,
                header,
                batch.kind() == PoliceDataKind.STOP_AND_SEARCH ? "Searches" : "Rows",
                policeData.counts(batch.kind(), batch.force(), batch.month(), List.of(field)));
    }

    @GetMapping("/batches/{id}/remove")
    String confirmRemove(@PathVariable long id, Model model) {
        model.addAttribute("batch", PoliceDataViews.batch(find(id), zone));
        return "policedata/remove";
    }

    @PostMapping("/batches/{id}/remove")
    String remove(@PathVariable long id, RedirectAttributes flash) {
        ImportBatch batch = find(id);
        if (!policeData.removeBatch(id)) {
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

    // ---- Uploading --------------------------------------------------------------------------------

    @GetMapping("/upload")
    String uploadForm() {
        return "policedata/upload";
    }

    @PostMapping("/upload")
    String upload(
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(defaultValue = "false") boolean demonstration,
            Model model)
            throws IOException {
        List<MultipartFile> named = UploadFolder.named(files);
        if (named.isEmpty()) {
            model.addAttribute("fileError", NO_FILE);
            model.addAttribute("demonstrationChecked", demonstration);
            return "policedata/upload";
        }
        ImportJob job = jobs.start(UploadFolder.save(named), demonstration, CurrentUser.name());
        return "redirect:/police-data/imports/" + job.id();
    }

    @GetMapping("/imports/{jobId}")
    String job(@PathVariable String jobId, Model model) {
        ImportJob.View job = jobs.find(jobId)
                .orElseThrow(() -> new NotFound("There is no import " + jobId
                        + ": Oversight remembers the last " + ImportJobs.KEPT
                        + " uploads until it restarts. Imported files are listed with the police data."))
                .view();
        model.addAttribute("job", job);
        model.addAttribute(
                "results", job.results().stream().map(PoliceDataViews::result).toList());
        model.addAttribute(
                "summary",
                job.state() == ImportJob.State.FAILED
                        ? job.filesDone() + " of " + PoliceDataViews.plural(job.filesTotal(), "file", "files")
                                + " done before the import stopped"
                        : PoliceDataViews.summary(job.results()));
        model.addAttribute("stoppedAt", job.stoppedAt() == null ? null : UploadFolder.originalName(job.stoppedAt()));
        model.addAttribute("startedAt", PoliceDataViews.dateTime(job.createdAt(), zone));
        model.addAttribute(
                "currentFile", job.currentFile() == null ? null : UploadFolder.originalName(job.currentFile()));
        return "policedata/job";
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFound e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "policedata/not-found";
    }
}
