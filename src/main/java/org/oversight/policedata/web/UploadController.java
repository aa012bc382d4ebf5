package org.oversight.policedata.web;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.oversight.accounts.AnalystAccess;
import org.oversight.accounts.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Uploading data.police.uk files in the browser: imported in the background, with a page that follows the import. */
@Controller
@AnalystAccess
@RequestMapping("/police-data")
class UploadController {

    static final String NO_FILE = "Select one or more data.police.uk files";

    private final ImportJobs jobs;
    private final ZoneId zone;

    UploadController(ImportJobs jobs, Clock clock) {
        this.jobs = jobs;
        this.zone = clock.getZone();
    }

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
                .orElseThrow(() -> new PoliceDataController.NotFound("There is no import " + jobId
                        + ": Oversight remembers the last " + ImportJobs.KEPT
                        + " uploads until it restarts. Imported files are listed with the police data."))
                .view();
        model.addAttribute("job", job);
        model.addAttribute(
                "results", job.results().stream().map(PoliceDataViews::result).toList());
        model.addAttribute(
                "incompleteMonths",
                job.results().stream()
                        .filter(r -> Boolean.FALSE.equals(r.complete()))
                        .count());
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
}
