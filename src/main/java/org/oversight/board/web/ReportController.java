package org.oversight.board.web;

import java.util.Map;
import org.oversight.accounts.AnalystAccess;
import org.oversight.accounts.CurrentUser;
import org.oversight.board.meeting.Meeting;
import org.oversight.board.report.BoardReports;
import org.oversight.board.report.ReportAssembly;
import org.oversight.reports.Block;
import org.oversight.reports.Inline;
import org.oversight.reports.Snapshot;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The analyst's work on a meeting's report: draft or rebuild, edit its narrative, freeze, issue a new version. */
@Controller
class ReportController {

    static final Map<String, String> SECTIONS =
            Map.of(ReportAssembly.EXECUTIVE_SUMMARY, "Executive summary", ReportAssembly.BACKGROUND, "Background");

    private final BoardReports reports;
    private final BoardPages pages;

    ReportController(BoardReports reports, BoardPages pages) {
        this.reports = reports;
        this.pages = pages;
    }

    @PostMapping("/board/meetings/{id}/report/draft")
    @AnalystAccess
    String draft(@PathVariable long id, RedirectAttributes redirect) {
        Meeting meeting = pages.meeting(id);
        try {
            Snapshot draft = reports.draft(meeting, CurrentUser.name());
            redirect.addFlashAttribute(
                    "message",
                    "The draft (version " + draft.version()
                            + ") was built from the figures and updates as they stand.");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute(
                    "problem", BoardPages.error(e).values().iterator().next());
        }
        return "redirect:/board/meetings/" + id + "#meeting-report";
    }

    @PostMapping("/board/meetings/{id}/report/freeze")
    @AnalystAccess
    String freeze(@PathVariable long id, RedirectAttributes redirect) {
        Meeting meeting = pages.meeting(id);
        try {
            Snapshot frozen = reports.freeze(meeting, CurrentUser.name());
            redirect.addFlashAttribute(
                    "message",
                    "Version " + frozen.version() + " is frozen: it will never change. SHA-256 " + frozen.sha256()
                            + ".");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute(
                    "problem", BoardPages.error(e).values().iterator().next());
        }
        return "redirect:/board/meetings/" + id + "#meeting-report";
    }

    @GetMapping("/board/meetings/{id}/report/sections/{section}")
    @AnalystAccess
    String narrative(@PathVariable long id, @PathVariable String section, Model model) {
        Meeting meeting = pages.meeting(id);
        String text = reports.latest(meeting)
                .filter(Snapshot::isDraft)
                .flatMap(s -> s.document().section(section))
                .map(s -> paragraphs(s.blocks()))
                .orElse("");
        return narrativeForm(meeting, section, text, Map.of(), model);
    }

    @PostMapping("/board/meetings/{id}/report/sections/{section}")
    @AnalystAccess
    String saveNarrative(
            @PathVariable long id,
            @PathVariable String section,
            @RequestParam(defaultValue = "") String text,
            Model model,
            RedirectAttributes redirect) {
        Meeting meeting = pages.meeting(id);
        sectionName(section);
        try {
            reports.editNarrative(meeting, section, text, CurrentUser.name());
            redirect.addFlashAttribute("message", SECTIONS.get(section) + " saved in the draft.");
            return "redirect:/board/meetings/" + id + "#meeting-report";
        } catch (IllegalArgumentException e) {
            Map<String, String> error = BoardPages.error(e);
            return narrativeForm(
                    meeting,
                    section,
                    text,
                    error.containsKey("text")
                            ? error
                            : Map.of("text", error.values().iterator().next()),
                    model);
        }
    }

    private String narrativeForm(
            Meeting meeting, String section, String text, Map<String, String> errors, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("section", section);
        model.addAttribute("sectionName", sectionName(section));
        model.addAttribute("text", text);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "draft", reports.latest(meeting).filter(Snapshot::isDraft).orElse(null));
        return "board/narrative";
    }

    @GetMapping("/board/meetings/{id}/report/new-version")
    @AnalystAccess
    String newVersion(@PathVariable long id, Model model) {
        return newVersionForm(pages.meeting(id), "", Map.of(), model);
    }

    @PostMapping("/board/meetings/{id}/report/new-version")
    @AnalystAccess
    String issueNewVersion(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String note,
            Model model,
            RedirectAttributes redirect) {
        Meeting meeting = pages.meeting(id);
        try {
            Snapshot draft = reports.newVersion(meeting, note, CurrentUser.name());
            redirect.addFlashAttribute(
                    "message",
                    "Version " + draft.version() + " is a draft: check it, edit its narrative and freeze it.");
            return "redirect:/board/meetings/" + id + "#meeting-report";
        } catch (IllegalArgumentException e) {
            Map<String, String> error = BoardPages.error(e);
            return newVersionForm(
                    meeting,
                    note,
                    error.containsKey("note")
                            ? error
                            : Map.of("note", error.values().iterator().next()),
                    model);
        }
    }

    private String newVersionForm(Meeting meeting, String note, Map<String, String> errors, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("note", note);
        model.addAttribute("errors", errors);
        model.addAttribute("latest", reports.latest(meeting).orElse(null));
        return "board/new-version";
    }

    private static String sectionName(String section) {
        String name = SECTIONS.get(section);
        if (name == null) {
            throw BoardPages.notFound("Only the executive summary and background are edited.");
        }
        return name;
    }

    /** A narrative section's paragraphs as typed text (lists as lines), for the edit form. */
    static String paragraphs(java.util.List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            if (block instanceof Block.Paragraph p) {
                p.content().forEach(i -> text.append(i.text()));
            } else if (block instanceof Block.BulletList list) {
                list.items().forEach(item -> text.append(
                                item.stream().map(Inline::text).reduce("", String::concat))
                        .append('\n'));
            }
        }
        return text.toString().strip();
    }
}
