package org.oversight.updates.web;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.oversight.accounts.BoardMemberAccess;
import org.oversight.plan.PlanApi;
import org.oversight.updates.UpdateState;
import org.oversight.updates.domain.CycleViews;
import org.oversight.updates.domain.ReportingCycle;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A cycle's dashboard: share of due updates submitted, by objective and by lead, and what is overdue. */
@Controller
@BoardMemberAccess
class DashboardController {

    private final CyclePages pages;
    private final CycleViews views;
    private final PlanApi plans;

    DashboardController(CyclePages pages, CycleViews views, PlanApi plans) {
        this.pages = pages;
        this.views = views;
        this.plans = plans;
    }

    /** An overdue update and by how many days. */
    record Overdue(CycleViews.Row row, long days) {}

    @GetMapping("/cycles/{id}/dashboard")
    String dashboard(@PathVariable long id, Model model) {
        ReportingCycle cycle = pages.cycle(id);
        List<CycleViews.Row> rows = views.rows(cycle);
        model.addAttribute("cycle", cycle);
        model.addAttribute(
                "planTitle",
                plans.versionTitle(cycle.planKey(), cycle.versionLabel()).orElse(""));
        model.addAttribute("overall", CycleViews.overall(rows));
        model.addAttribute("byObjective", CycleViews.byObjective(rows));
        model.addAttribute("byLead", CycleViews.byLead(rows));
        model.addAttribute("overdue", overdue(cycle, rows));
        model.addAttribute("today", views.today());
        return "updates/dashboard";
    }

    @GetMapping("/cycles/{id}/dashboard.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        ReportingCycle cycle = pages.cycle(id);
        List<CycleViews.Row> rows = views.rows(cycle);
        StringWriter text = new StringWriter();
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text);
        csv.writeRecord("group", "name", "due", "submitted", "percent_submitted", "overdue");
        write(csv, "cycle", List.of(CycleViews.overall(rows)));
        write(csv, "objective", CycleViews.byObjective(rows));
        write(csv, "lead", CycleViews.byLead(rows));
        csv.writeRecord("", "", "", "", "", "");
        csv.writeRecord("overdue_ref", "commitment", "leads", "deadline", "days_overdue", "");
        for (Overdue late : overdue(cycle, rows)) {
            csv.writeRecord(
                    safe(late.row().item().commitmentRef()),
                    safe(late.row().item().commitmentText()),
                    safe(String.join("; ", late.row().item().leads())),
                    cycle.deadline().toString(),
                    String.valueOf(late.days()),
                    "");
        }
        try {
            csv.close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String name = "cycle-" + cycle.id() + "-dashboard.csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private List<Overdue> overdue(ReportingCycle cycle, List<CycleViews.Row> rows) {
        return rows.stream()
                .filter(row -> row.state() == UpdateState.OVERDUE)
                .map(row -> new Overdue(row, ChronoUnit.DAYS.between(cycle.deadline(), views.today())))
                .toList();
    }

    private static void write(CsvWriter csv, String group, List<CycleViews.Progress> progress) {
        for (CycleViews.Progress p : progress) {
            csv.writeRecord(
                    group,
                    safe(p.name()),
                    String.valueOf(p.due()),
                    String.valueOf(p.submitted()),
                    String.valueOf(p.percent()),
                    String.valueOf(p.overdue()));
        }
    }

    /** Text a spreadsheet would take for a formula (=, +, -, @ first) is kept as text with a leading quote. */
    static String safe(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
