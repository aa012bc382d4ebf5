package org.oversight.board.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oversight.board.meeting.Meeting;
import org.oversight.board.meeting.Meetings;
import org.oversight.board.prompt.Prompts;
import org.oversight.board.tracker.Actions;
import org.oversight.board.tracker.Question;
import org.oversight.board.tracker.Questions;
import org.oversight.performance.MeasurePerformance;
import org.oversight.performance.PerformanceApi;
import org.oversight.plan.PlanApi;
import org.oversight.reports.Block;
import org.oversight.reports.Document;
import org.oversight.reports.DocumentFormat;
import org.oversight.reports.Provenance;
import org.oversight.reports.RenderedDocument;
import org.oversight.reports.ReportsApi;
import org.oversight.reports.Snapshot;
import org.oversight.updates.CycleReport;
import org.oversight.updates.UpdatesApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's performance report through its life, kept by {@code reports} as kind
 * {@value #KIND}: built from the facts as they stand, drafted and rebuilt, its narrative edited,
 * frozen, issued again as a new version with a note, and rendered from storage.
 */
@Service
public class BoardReports {

    public static final String KIND = "board-report";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ReportsApi reports;
    private final UpdatesApi updates;
    private final PerformanceApi performance;
    private final PlanApi plans;
    private final Meetings meetings;
    private final Questions questions;
    private final Actions actions;
    private final Prompts prompts;

    BoardReports(
            ReportsApi reports,
            UpdatesApi updates,
            PerformanceApi performance,
            PlanApi plans,
            Meetings meetings,
            Questions questions,
            Actions actions,
            Prompts prompts) {
        this.reports = reports;
        this.updates = updates;
        this.performance = performance;
        this.plans = plans;
        this.meetings = meetings;
        this.questions = questions;
        this.actions = actions;
        this.prompts = prompts;
    }

    /** Every version of the meeting's report, oldest first (empty before the first draft). */
    @Transactional(readOnly = true)
    public List<Snapshot> versions(Meeting meeting) {
        return reports.versions(KIND, meeting.reportKey());
    }

    /** The latest version, whatever its status. */
    @Transactional(readOnly = true)
    public Optional<Snapshot> latest(Meeting meeting) {
        List<Snapshot> versions = versions(meeting);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** The latest frozen version: what the Board received (or its latest correction). */
    @Transactional(readOnly = true)
    public Optional<Snapshot> latestFrozen(Meeting meeting) {
        return versions(meeting).stream().filter(s -> !s.isDraft()).reduce((a, b) -> b);
    }

    /**
     * Drafts the report from the facts as they stand, or rebuilds the current draft (keeping the
     * narrative people edited); the scrutiny prompts follow the exceptions. Refused when the latest
     * version is frozen: issue a new version instead.
     */
    @Transactional
    public Snapshot draft(Meeting meeting, String by) {
        ReportFacts facts = facts(meeting, null, null);
        Document document = ReportAssembly.assemble(facts);
        prompts.sync(meeting, ReportAssembly.proposals(facts));
        Provenance provenance = provenance(facts);
        Optional<Snapshot> latest = latest(meeting);
        if (latest.isEmpty()) {
            return reports.draft(KIND, meeting.reportKey(), document, provenance, by);
        }
        if (!latest.get().isDraft()) {
            throw new IllegalArgumentException("report: version " + latest.get().version()
                    + " is frozen; issue a new version with a note instead");
        }
        return reports.redraft(latest.get().id(), document, provenance, by);
    }

    /** Replaces the executive summary or background of the draft with the analyst's text. */
    @Transactional
    public Snapshot editNarrative(Meeting meeting, String sectionId, String text, String by) {
        if (!ReportAssembly.EXECUTIVE_SUMMARY.equals(sectionId) && !ReportAssembly.BACKGROUND.equals(sectionId)) {
            throw new IllegalArgumentException("section: only the executive summary and background are edited");
        }
        List<Block> blocks = Block.paragraphs(text);
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("text: enter the text of the section");
        }
        Snapshot draft = currentDraft(meeting);
        return reports.editNarrative(draft.id(), sectionId, blocks, by);
    }

    /** Freezes the current draft: from then on it never changes. */
    @Transactional
    public Snapshot freeze(Meeting meeting, String by) {
        return reports.freeze(currentDraft(meeting).id(), by);
    }

    /**
     * Starts a new version of a frozen report, rebuilt from the facts as they now stand, with a note
     * of what changed and why; the frozen version stays readable until the new one is frozen.
     */
    @Transactional
    public Snapshot newVersion(Meeting meeting, String note, String by) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("note: say what the new version changes and why");
        }
        Snapshot latest = latest(meeting)
                .orElseThrow(() -> new IllegalArgumentException("report: the meeting has no report yet"));
        if (latest.isDraft()) {
            throw new IllegalArgumentException("report: version " + latest.version() + " is still a draft: edit it");
        }
        Snapshot frozen = latest;
        ReportFacts facts = facts(
                meeting,
                narrative(frozen, ReportAssembly.EXECUTIVE_SUMMARY),
                narrative(frozen, ReportAssembly.BACKGROUND));
        prompts.sync(meeting, ReportAssembly.proposals(facts));
        return reports.supersede(frozen.id(), ReportAssembly.assemble(facts), provenance(facts), note.strip(), by);
    }

    /**
     * The meeting's frozen report rendered from storage; a meeting whose report has not been frozen
     * is refused ({@link ReportNotFrozen}) rather than frozen on the way.
     */
    @Transactional(readOnly = true)
    public RenderedDocument renderFrozen(Meeting meeting, DocumentFormat format) {
        Snapshot frozen = latestFrozen(meeting).orElseThrow(() -> new ReportNotFrozen(meeting, latest(meeting)));
        return reports.render(frozen.id(), format);
    }

    /** Any version rendered from storage (a draft is marked as such). */
    @Transactional(readOnly = true)
    public RenderedDocument render(Meeting meeting, int version, DocumentFormat format) {
        Snapshot snapshot = versions(meeting).stream()
                .filter(s -> s.version() == version)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the report has no version " + version));
        return reports.render(snapshot.id(), format);
    }

    private Snapshot currentDraft(Meeting meeting) {
        Snapshot latest = latest(meeting)
                .orElseThrow(() -> new IllegalArgumentException("report: the meeting has no draft report"));
        if (!latest.isDraft()) {
            throw new IllegalArgumentException("report: version " + latest.version() + " is frozen and cannot change");
        }
        return latest;
    }

    private static String narrative(Snapshot snapshot, String sectionId) {
        return snapshot.document()
                .section(sectionId)
                .map(section -> section.blocks().stream()
                        .filter(b -> b instanceof Block.Paragraph)
                        .map(b -> ((Block.Paragraph) b)
                                .content().stream()
                                        .map(org.oversight.reports.Inline::text)
                                        .reduce("", String::concat))
                        .reduce((a, b) -> a + "\n\n" + b)
                        .orElse(null))
                .orElse(null);
    }

    /** The facts of the meeting's report as they stand now. */
    @Transactional(readOnly = true)
    public ReportFacts facts(Meeting meeting, String executiveSummary, String background) {
        CycleReport cycle = meeting.cycleName() == null
                ? null
                : updates.cycle(meeting.planKey(), meeting.cycleName(), meeting.meetingOn())
                        .orElse(null);
        YearMonth asAt = asAt(cycle == null ? meeting.meetingOn().minusDays(1) : cycle.periodEnd());
        List<ReportFacts.MeasureFacts> measures = new ArrayList<>();
        for (MeasurePerformance m :
                performance.measures(meeting.planKey(), meeting.versionLabel(), performance.area(null), asAt)) {
            measures.add(new ReportFacts.MeasureFacts(
                    m,
                    performance
                            .chart(m, Exceptions.name(m) + ", whole force area: monthly SPC chart")
                            .orElse(null)));
        }
        return new ReportFacts(
                meeting.name(),
                meeting.meetingOn(),
                meeting.planKey(),
                meeting.versionLabel(),
                plans.versionTitle(meeting.planKey(), meeting.versionLabel()).orElse(meeting.planKey()),
                cycle,
                asAt,
                measures,
                answered(meeting),
                actions.tracker(meeting, meeting.meetingOn()).stream()
                        .map(t -> new ReportFacts.TrackedAction(
                                t.action().text(),
                                t.action().subjectLabel(),
                                t.action().owner(),
                                t.action().dueOn(),
                                t.action().status().words(),
                                t.setAt().meetingOn(),
                                t.latest() == null ? null : t.latest().note(),
                                t.overdue()))
                        .toList(),
                prompts.decisions(meeting.id()),
                executiveSummary,
                background);
    }

    /** The last whole month on or before the day: October 2014 for 24 November 2014. */
    static YearMonth asAt(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        return day.equals(month.atEndOfMonth()) ? month : month.minusMonths(1);
    }

    /** The answered questions raised at the plan's previous meeting: their answers come to this one. */
    private List<ReportFacts.AnsweredQuestion> answered(Meeting meeting) {
        return meetings.previous(meeting).stream()
                .flatMap(previous -> questions.ofMeeting(previous.id()).stream())
                .filter(Question::answered)
                .map(q -> new ReportFacts.AnsweredQuestion(
                        q.subjectLabel(),
                        q.text(),
                        q.raisedBy(),
                        LocalDate.ofInstant(q.raisedAt(), LONDON),
                        q.answer(),
                        q.answeredBy(),
                        LocalDate.ofInstant(q.answeredAt(), LONDON)))
                .toList();
    }

    private static Provenance provenance(ReportFacts facts) {
        Map<String, Provenance.IndicatorVersion> indicators = new LinkedHashMap<>();
        List<String> sources = new ArrayList<>();
        if (facts.cycle() != null) {
            sources.add("Reporting cycle \"" + facts.cycle().name() + "\" ("
                    + facts.cycle().periodStart() + " to " + facts.cycle().periodEnd() + "), updates as accepted by "
                    + facts.meetingOn());
        }
        for (ReportFacts.MeasureFacts measure : facts.measures()) {
            MeasurePerformance m = measure.performance();
            if (m.indicatorCode() != null && m.indicatorVersion() != null) {
                indicators.putIfAbsent(
                        m.indicatorCode(),
                        new Provenance.IndicatorVersion(m.indicatorCode(), String.valueOf(m.indicatorVersion())));
            }
            if (m.indicatorSource() != null && !sources.contains(m.indicatorSource())) {
                sources.add(m.indicatorSource());
            }
        }
        if (facts.measures().stream().anyMatch(m -> m.performance().demonstrationData())) {
            sources.add("Demonstration police data (generated, labelled as such)");
        }
        return new Provenance(
                facts.planKey(),
                facts.versionLabel(),
                List.copyOf(indicators.values()),
                List.of(),
                null,
                facts.asAt(),
                sources);
    }
}
