package org.oversight.policedata.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.oversight.accounts.AnalystAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.platform.TemporaryFiles;
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

    /** Uploads listed on the upload page. */
    static final int LISTED = 10;

    private final ImportJobs jobs;
    private final TemporaryFiles temporaryFiles;
    private final ZoneId zone;

    UploadController(ImportJobs jobs, TemporaryFiles temporaryFiles, Clock clock) {
        this.jobs = jobs;
        this.temporaryFiles = temporaryFiles;
        this.zone = clock.getZone();
    }

    @GetMapping("/upload")
    String uploadForm(HttpServletRequest request, Model model) {
        recentUploads(request, model);
        return "policedata/upload";
    }

    /** The user's latest uploads (everyone's for an administrator), each linked to its page. */
    private void recentUploads(HttpServletRequest request, Model model) {
        boolean everyone = request.isUserInRole("ADMIN");
        model.addAttribute("uploadsOfEveryone", everyone);
        model.addAttribute(
                "uploads",
                jobs.recent(everyone ? null : CurrentUser.name(), LISTED).stream()
                        .map(upload -> new UploadRow(
                                upload.id(),
                                upload.startedBy(),
                                PoliceDataViews.dateTime(upload.startedAt(), zone),
                                stateWords(upload.state()),
                                PoliceDataViews.plural(upload.filesDone(), "file", "files")
                                        + (upload.refused() > 0 ? ", " + upload.refused() + " refused" : "")))
                        .toList());
    }

    /** An upload as the upload page lists it. */
    record UploadRow(String id, String startedBy, String startedAt, String state, String files) {}

    private static String stateWords(ImportJob.State state) {
        return switch (state) {
            case WAITING -> "Waiting";
            case RUNNING -> "Importing";
            case FINISHED -> "Finished";
            case FAILED -> "Stopped by an error";
            case INTERRUPTED -> "Interrupted";
        };
    }

    @PostMapping("/upload")
    String upload(
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(defaultValue = "false") boolean demonstration,
            HttpServletRequest request,
            Model model)
            throws IOException {
        List<MultipartFile> named = UploadFolder.named(files);
        if (named.isEmpty()) {
            model.addAttribute("fileError", NO_FILE);
            model.addAttribute("demonstrationChecked", demonstration);
            recentUploads(request, model);
            return "policedata/upload";
        }
        ImportJob job = jobs.start(UploadFolder.save(named, temporaryFiles), demonstration, CurrentUser.name());
        return "redirect:/police-data/imports/" + job.id();
    }

    /** An upload's page: for the user who uploaded it, and administrators; no one else learns it exists. */
    @GetMapping("/imports/{jobId}")
    String job(@PathVariable String jobId, HttpServletRequest request, Model model) {
        ImportJob.View job = jobs.find(jobId)
                .filter(found -> found.startedBy().equals(CurrentUser.name()) || request.isUserInRole("ADMIN"))
                .orElseThrow(() -> new PoliceDataController.NotFound("There is no import " + jobId
                        + " of yours: Oversight keeps the pages of each user's last " + UploadRecords.KEPT_PER_USER
                        + " uploads. Imported files are listed with the police data."));
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
                job.stopped()
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
