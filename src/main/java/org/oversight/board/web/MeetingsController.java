package org.oversight.board.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oversight.accounts.AnalystAccess;
import org.oversight.accounts.BoardMemberAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.board.meeting.Meeting;
import org.oversight.board.meeting.Meetings;
import org.oversight.board.prompt.Prompts;
import org.oversight.board.report.BoardReports;
import org.oversight.board.tracker.Actions;
import org.oversight.board.tracker.Questions;
import org.oversight.plan.PlanApi;
import org.oversight.reports.DocumentFormat;
import org.oversight.reports.RenderedDocument;
import org.oversight.reports.Snapshot;
import org.oversight.updates.UpdatesApi;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Board meetings: the Board reads them and their reports; analysts create them. */
@Controller
class MeetingsController {

    private final Meetings meetings;
    private final BoardReports reports;
    private final Questions questions;
    private final Actions actions;
    private final Prompts prompts;
    private final PlanApi plans;
    private final UpdatesApi updates;
    private final BoardPages pages;
    private final Clock clock;

    MeetingsController(
            Meetings meetings,
            BoardReports reports,
            Questions questions,
            Actions actions,
            Prompts prompts,
            PlanApi plans,
            UpdatesApi updates,
            BoardPages pages,
            Clock clock) {
        this.meetings = meetings;
        this.reports = reports;
        this.questions = questions;
        this.actions = actions;
        this.prompts = prompts;
        this.plans = plans;
        this.updates = updates;
        this.pages = pages;
        this.clock = clock;
    }

    /** A meeting in the list, with where its report stands. */
    record Listed(Meeting meeting, String planTitle, Optional<Snapshot> report) {}

    @GetMapping("/board")
    @BoardMemberAccess
    String list(Model model) {
        List<Listed> listed = meetings.all().stream()
                .map(m -> new Listed(
                        m, plans.versionTitle(m.planKey(), m.versionLabel()).orElse(m.planKey()), reports.latest(m)))
                .toList();
        model.addAttribute("meetings", listed);
        return "board/meetings";
    }

    @GetMapping("/board/meetings/new")
    @AnalystAccess
    String newMeeting(Model model) {
        return form(model, Map.of(), Map.of());
    }

    @PostMapping("/board/meetings/new")
    @AnalystAccess
    String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        String[] version = form.getOrDefault("planVersion", "").split("\\|", 2);
        if (version.length != 2) {
            errors.put("planVersion", "Choose the plan version the meeting considers");
        }
        LocalDate day = null;
        try {
            day = LocalDate.parse(form.getOrDefault("meetingOn", "").strip());
        } catch (DateTimeParseException e) {
            errors.put("meetingOn", "Enter the meeting's date as a date, like 2015-03-03");
        }
        if (errors.isEmpty()) {
            try {
                Meeting meeting = meetings.create(
                        new Meetings.CreateMeeting(
                                version[0],
                                version[1],
                                day,
                                form.get("name"),
                                form.get("cycleName"),
                                form.get("agenda"),
                                form.get("membersPresent")),
                        false,
                        CurrentUser.name());
                redirect.addFlashAttribute("message", "Meeting of " + meeting.meetingOn() + " created.");
                return "redirect:/board/meetings/" + meeting.id();
            } catch (IllegalArgumentException e) {
                errors.putAll(BoardPages.error(e));
            }
        }
        return form(model, form, errors);
    }

    private String form(Model model, Map<String, String> form, Map<String, String> errors) {
        List<String[]> versions = new ArrayList<>();
        List<String> cycles = new ArrayList<>();
        for (String key : plans.planKeys()) {
            for (String label : plans.versions(key)) {
                versions.add(new String[] {
                    key + "|" + label, plans.versionTitle(key, label).orElse(key + " " + label)
                });
            }
            cycles.addAll(updates.cycleNames(key));
        }
        model.addAttribute("versions", versions);
        model.addAttribute("cycles", cycles.stream().distinct().toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "board/new-meeting";
    }

    @GetMapping("/board/meetings/{id}")
    @BoardMemberAccess
    String meeting(@PathVariable long id, Model model) {
        Meeting meeting = pages.meeting(id);
        List<Snapshot> versions = reports.versions(meeting);
        model.addAttribute("meeting", meeting);
        model.addAttribute(
                "planTitle",
                plans.versionTitle(meeting.planKey(), meeting.versionLabel()).orElse(meeting.planKey()));
        model.addAttribute("versions", versions);
        model.addAttribute("latest", versions.isEmpty() ? null : versions.get(versions.size() - 1));
        model.addAttribute("prompts", prompts.ofMeeting(meeting.id()));
        String me = CurrentUser.name();
        model.addAttribute(
                "questions",
                questions.ofMeeting(meeting.id()).stream()
                        .map(q -> new QuestionsController.Shown(q, !q.answered() && questions.mayAnswer(q, me)))
                        .toList());
        model.addAttribute("tracker", actions.tracker(meeting, LocalDate.now(clock)));
        return "board/meeting";
    }

    @GetMapping("/board/meetings/{id}/edit")
    @AnalystAccess
    String editForm(@PathVariable long id, Model model) {
        Meeting meeting = pages.meeting(id);
        return editForm(
                meeting,
                Map.of(
                        "agenda", String.join("\n", meeting.agendaItems()),
                        "membersPresent", String.join("\n", meeting.members())),
                Map.of(),
                model);
    }

    @PostMapping("/board/meetings/{id}/edit")
    @AnalystAccess
    String edit(
            @PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Meeting meeting = pages.meeting(id);
        try {
            meetings.editDetails(id, form.get("agenda"), form.get("membersPresent"), CurrentUser.name());
            redirect.addFlashAttribute("message", "Agenda and members present saved.");
            return "redirect:/board/meetings/" + id;
        } catch (IllegalArgumentException | org.springframework.dao.OptimisticLockingFailureException e) {
            Map<String, String> error = e instanceof IllegalArgumentException refusal
                    ? BoardPages.error(refusal)
                    : Map.of("agenda", "Someone else changed the meeting meanwhile: look again and save");
            return editForm(meeting, form, error, model);
        }
    }

    private String editForm(Meeting meeting, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "board/edit-meeting";
    }

    /** The report in the page (the latest version, or the one asked for), with its downloads. */
    @GetMapping("/board/meetings/{id}/report")
    @BoardMemberAccess
    String report(@PathVariable long id, @RequestParam(required = false) Integer version, Model model) {
        Meeting meeting = pages.meeting(id);
        List<Snapshot> versions = reports.versions(meeting);
        Snapshot shown = (version == null
                        ? versions.stream().reduce((a, b) -> b)
                        : versions.stream().filter(s -> s.version() == version).findFirst())
                .orElseThrow(() -> BoardPages.notFound(
                        version == null
                                ? "The meeting has no report yet."
                                : "The report has no version " + version + "."));
        model.addAttribute("meeting", meeting);
        model.addAttribute("shown", shown);
        model.addAttribute("versions", versions);
        model.addAttribute(
                "reportHtml",
                new String(
                        reports.render(meeting, shown.version(), DocumentFormat.HTML_FRAGMENT)
                                .bytes(),
                        StandardCharsets.UTF_8));
        return "board/report";
    }

    @GetMapping("/board/meetings/{id}/report.{format:html|pdf|docx}")
    @BoardMemberAccess
    ResponseEntity<byte[]> download(
            @PathVariable long id, @PathVariable String format, @RequestParam(required = false) Integer version) {
        Meeting meeting = pages.meeting(id);
        int chosen = version != null
                ? version
                : reports.latest(meeting)
                        .map(Snapshot::version)
                        .orElseThrow(() -> BoardPages.notFound("The meeting has no report yet."));
        if (reports.versions(meeting).stream().noneMatch(s -> s.version() == chosen)) {
            throw BoardPages.notFound("The report has no version " + chosen + ".");
        }
        RenderedDocument rendered = reports.render(meeting, chosen, DocumentFormat.fromExtension(format));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(rendered.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(rendered.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(rendered.bytes());
    }
}
