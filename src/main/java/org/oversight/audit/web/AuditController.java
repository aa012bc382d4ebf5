package org.oversight.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.oversight.accounts.AdminAccess;
import org.oversight.audit.AuditEntry;
import org.oversight.audit.AuditFilter;
import org.oversight.audit.AuditPage;
import org.oversight.audit.AuditTrail;
import org.oversight.audit.ChainVerification;
import org.oversight.platform.Pagination;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The audit trail for admins: every entry newest first, filtered by user, module, object and days;
 * an entry's before and after side by side; the filtered entries as CSV; and a check of the chain.
 * There is nothing to change or remove: the trail is kept for ever.
 */
@Controller
@AdminAccess
@RequestMapping("/audit")
class AuditController {

    static final int PAGE_SIZE = 25;

    private final AuditTrail trail;
    private final Clock clock;

    AuditController(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @GetMapping
    String entries(@ModelAttribute("form") AuditFilterForm form, Model model) {
        AuditFilter filter = form.filter();
        AuditPage page = trail.page(filter, form.pageNumber(), PAGE_SIZE, false);
        if (page.entries().isEmpty() && page.page() > 1) {
            page = trail.page(filter, page.pages(), PAGE_SIZE, false);
        }
        model.addAttribute("problems", form.problems());
        model.addAttribute("filtered", !filter.isEmpty());
        model.addAttribute("modules", trail.modules().stream().map(Choice::of).toList());
        model.addAttribute("entries", page.entries().stream().map(EntryView::of).toList());
        model.addAttribute("total", page.total());
        model.addAttribute(
                "showing",
                page.total() == 0
                        ? null
                        : "Showing " + ((long) (page.page() - 1) * page.size() + 1) + " to "
                                + ((long) (page.page() - 1) * page.size()
                                        + page.entries().size()) + " of " + page.total()
                                + (page.total() == 1 ? " entry" : " entries"));
        model.addAttribute("pagination", Pagination.of(form.link("/audit"), page.page(), page.pages()));
        model.addAttribute(
                "export", form.link("/audit/export.csv").build().encode().toUriString());
        return "audit/entries";
    }

    /** A module in the filter's list: its code and its name. */
    record Choice(String value, String label) {
        static Choice of(String module) {
            return new Choice(module, EntryView.module(module));
        }
    }

    @GetMapping("/entries/{sequence}")
    String entry(@PathVariable long sequence, Model model) {
        AuditEntry entry = trail.entry(sequence).orElseThrow(() -> new NoSuchEntry(sequence));
        model.addAttribute("entry", EntryView.of(entry));
        model.addAttribute("diff", StateDiff.of(entry.before(), entry.after()));
        model.addAttribute("hasBefore", entry.before() != null);
        model.addAttribute("hasAfter", entry.after() != null);
        return "audit/entry";
    }

    @GetMapping("/verification")
    String verification(Model model) {
        ChainVerification verification = trail.verify();
        model.addAttribute("verification", verification);
        model.addAttribute(
                "brokenEntry",
                verification.intact()
                        ? null
                        : trail.entry(verification.broken().sequence())
                                .map(EntryView::of)
                                .orElse(null));
        return "audit/verification";
    }

    /** The entries the filter lets through, every field, oldest first (see {@link AuditCsv}). */
    @GetMapping("/export.csv")
    void export(@ModelAttribute AuditFilterForm form, HttpServletResponse response) throws IOException {
        if (!form.problems().isEmpty()) {
            response.sendError(
                    HttpStatus.BAD_REQUEST.value(), form.problems().get(0).message());
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"oversight-audit-"
                        + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                                .format(clock.instant().atZone(EntryView.LONDON))
                        + ".csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer out = response.getWriter();
        try (AuditCsv csv = new AuditCsv(out)) {
            trail.each(form.filter(), csv::write);
        }
    }

    @ExceptionHandler(NoSuchEntry.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NoSuchEntry e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "audit/not-found";
    }

    /** An entry number the trail does not have. */
    static final class NoSuchEntry extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoSuchEntry(long sequence) {
            super("The audit trail has no entry " + sequence + ".");
        }
    }
}
