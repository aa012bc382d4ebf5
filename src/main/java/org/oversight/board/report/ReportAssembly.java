package org.oversight.board.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.oversight.board.prompt.Proposal;
import org.oversight.board.tracker.SubjectKind;
import org.oversight.performance.MeasureChart;
import org.oversight.performance.MeasurePerformance;
import org.oversight.reports.Block;
import org.oversight.reports.Document;
import org.oversight.reports.Inline;
import org.oversight.reports.Section;
import org.oversight.updates.CycleReport;
import org.oversight.updates.UpdateState;

/**
 * Assembles a Board performance report from its facts, in the order of the Board's own report (seed
 * 001): purpose, executive summary and background (narrative: the analyst's to edit), then what the
 * seed lacks, a one-page summary of exceptions with a question for the Board on each, then the
 * milestones and deliverables by objective (lead, cadence, update), the performance position
 * (value, year to date, target, SPC, chart, statement), the questions answered since the last
 * meeting, the action tracker, and the data sources with their dates.
 */
public final class ReportAssembly {

    public static final String EXECUTIVE_SUMMARY = "executive-summary";
    public static final String BACKGROUND = "background";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ReportAssembly() {}

    public static Document assemble(ReportFacts facts) {
        List<ExceptionItem> exceptions = Exceptions.of(
                facts.measures().stream()
                        .map(ReportFacts.MeasureFacts::performance)
                        .toList(),
                facts.cycle());
        List<Section> sections = new ArrayList<>();
        sections.add(Section.of("purpose", "Purpose of report", List.of(Block.paragraph(purpose(facts)))));
        sections.add(Section.narrative(
                EXECUTIVE_SUMMARY,
                "Executive summary",
                facts.executiveSummary() == null
                        ? List.of(Block.paragraph(executiveSummary(facts, exceptions)))
                        : Block.paragraphs(facts.executiveSummary())));
        sections.add(Section.narrative(BACKGROUND, "Background", background(facts)));
        sections.add(exceptions(facts, exceptions));
        sections.add(milestones(facts));
        sections.add(performance(facts));
        sections.add(questions(facts));
        sections.add(actions(facts));
        sections.add(sources(facts));
        return new Document(
                "Performance against the " + facts.versionLabel() + " Milestones and Deliverables in the "
                        + facts.planTitle(),
                facts.meetingName() + ", " + DAY.format(facts.meetingOn()),
                "Strategic Policing and Crime Board",
                sections);
    }

    /** The report's exceptions, each with the question proposed for it (before any member's decision). */
    public static List<Proposal> proposals(ReportFacts facts) {
        Map<String, MeasurePerformance> measures = new LinkedHashMap<>();
        facts.measures().forEach(m -> measures.put(Exceptions.key(m.performance()), m.performance()));
        List<Proposal> proposals = new ArrayList<>();
        for (ExceptionItem exception : exceptions(facts)) {
            if (exception instanceof ExceptionItem.OverdueUpdate overdue) {
                proposals.add(new Proposal(
                        exception.key(),
                        kind(exception),
                        SubjectKind.COMMITMENT,
                        overdue.ref(),
                        overdue.subject(),
                        overdue.leads(),
                        fact(exception),
                        ScrutinyPrompts.prompt(exception)));
            } else {
                String measureKey = exception instanceof ExceptionItem.SpecialCauseConcern concern
                        ? concern.measureKey()
                        : ((ExceptionItem.OffTrackTarget) exception).measureKey();
                proposals.add(new Proposal(
                        exception.key(),
                        kind(exception),
                        SubjectKind.MEASURE,
                        measureKey,
                        exception.subject(),
                        measures.get(measureKey).leads(),
                        fact(exception),
                        ScrutinyPrompts.prompt(exception)));
            }
        }
        return proposals;
    }

    private static List<ExceptionItem> exceptions(ReportFacts facts) {
        return Exceptions.of(
                facts.measures().stream()
                        .map(ReportFacts.MeasureFacts::performance)
                        .toList(),
                facts.cycle());
    }

    static String purpose(ReportFacts facts) {
        long objectives = objectives(facts).size();
        return "This report outlines the performance against the milestones and deliverables that contribute to the "
                + objectives + " strategic outcomes set out in the " + facts.planTitle() + ".";
    }

    static String executiveSummary(ReportFacts facts, List<ExceptionItem> exceptions) {
        long accepted = count(facts, UpdateState.ACCEPTED);
        long overdue = count(facts, UpdateState.OVERDUE);
        long concerns = exceptions.stream()
                .filter(e -> e instanceof ExceptionItem.SpecialCauseConcern)
                .count();
        long offTrack = exceptions.stream()
                .filter(e -> e instanceof ExceptionItem.OffTrackTarget)
                .count();
        return "This report carries " + accepted + " " + plural(accepted, "update", "updates")
                + " from the lead officers; " + overdue + " " + plural(overdue, "update was", "updates were")
                + " not received by the deadline. Of " + facts.measures().size() + " measures, " + concerns + " "
                + plural(concerns, "shows", "show") + " special-cause concern and " + offTrack + " "
                + plural(offTrack, "target is", "targets are") + " off track (figures as at "
                + MonthWords.month(facts.asAt()) + ").";
    }

    private static List<Block> background(ReportFacts facts) {
        if (facts.background() != null) {
            return Block.paragraphs(facts.background());
        }
        List<List<Inline>> objectives = objectives(facts).values().stream()
                .map(title -> List.<Inline>of(Inline.text(title)))
                .toList();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph("The " + facts.planTitle()
                + " sets out a variety of milestones and deliverables under the following objectives:"));
        if (!objectives.isEmpty()) {
            blocks.add(new Block.BulletList(objectives));
        }
        blocks.add(Block.paragraph("Progress against the milestones and deliverables is reviewed periodically"
                + " throughout the year and presented to the Strategic Policing and Crime Board."));
        return blocks;
    }

    private static Section exceptions(ReportFacts facts, List<ExceptionItem> exceptions) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.PageBreak());
        if (exceptions.isEmpty()) {
            blocks.add(Block.paragraph(
                    "No measure shows special-cause concern, no target is off track and no update is" + " overdue."));
            return Section.of("exceptions", "Summary of exceptions", blocks);
        }
        blocks.add(Block.paragraph("What the Board may wish to look at first, each with a question proposed from"
                + " the facts. Members can adopt, edit or dismiss each question on the meeting's page."));
        List<List<String>> rows = new ArrayList<>();
        for (ExceptionItem exception : exceptions) {
            String prompt = facts.prompts().containsKey(exception.key())
                    ? facts.prompts().get(exception.key())
                    : ScrutinyPrompts.prompt(exception);
            rows.add(List.of(
                    kind(exception), exception.subject(), fact(exception), prompt == null ? "Dismissed" : prompt));
        }
        blocks.add(new Block.Table(
                "Exceptions as at " + MonthWords.month(facts.asAt()) + " and the meeting's date",
                List.of(
                        Block.Column.text("Exception"),
                        Block.Column.text("About"),
                        Block.Column.text("The facts"),
                        Block.Column.text("Question for the Board")),
                rows,
                false));
        return Section.of("exceptions", "Summary of exceptions", blocks);
    }

    static String kind(ExceptionItem exception) {
        if (exception instanceof ExceptionItem.SpecialCauseConcern) {
            return "Special-cause concern";
        }
        if (exception instanceof ExceptionItem.OffTrackTarget) {
            return "Target off track";
        }
        return "Update overdue";
    }

    private static String fact(ExceptionItem exception) {
        if (exception instanceof ExceptionItem.SpecialCauseConcern concern) {
            return (concern.months() == 1 ? "1 month" : concern.months() + " months") + " of special-cause concern ("
                    + (concern.high() ? "high" : "low") + ") since " + MonthWords.month(concern.since());
        }
        if (exception instanceof ExceptionItem.OffTrackTarget target) {
            return "Target: " + target.target() + "; " + target.status();
        }
        ExceptionItem.OverdueUpdate overdue = (ExceptionItem.OverdueUpdate) exception;
        return "Due by " + DAY.format(overdue.deadline())
                + (overdue.leads().isEmpty() ? "" : "; lead " + String.join(", ", overdue.leads()));
    }

    private static Section milestones(ReportFacts facts) {
        List<Section> objectives = new ArrayList<>();
        if (facts.cycle() == null) {
            return Section.of(
                    "milestones",
                    "Milestones and deliverables",
                    List.of(new Block.PageBreak(), Block.paragraph("The meeting names no reporting cycle.")));
        }
        Map<String, List<CycleReport.Item>> byObjective = new LinkedHashMap<>();
        for (CycleReport.Item item : facts.cycle().items()) {
            byObjective
                    .computeIfAbsent(objectiveName(item), k -> new ArrayList<>())
                    .add(item);
        }
        int o = 0;
        for (Map.Entry<String, List<CycleReport.Item>> objective : byObjective.entrySet()) {
            o++;
            List<Section> commitments = new ArrayList<>();
            for (CycleReport.Item item : objective.getValue()) {
                commitments.add(new Section(
                        "milestone-" + id(item.ref()), item.commitmentText(), false, milestone(item), List.of()));
            }
            objectives.add(new Section("objective-" + o, objective.getKey(), false, List.of(), commitments));
        }
        return new Section(
                "milestones",
                "Milestones and deliverables",
                false,
                List.of(
                        new Block.PageBreak(),
                        Block.paragraph(
                                "From the reporting cycle \"" + facts.cycle().name() + "\": each milestone with"
                                        + " its lead, reporting cadence and the lead's accepted update.")),
                objectives);
    }

    private static List<Block> milestone(CycleReport.Item item) {
        List<Block.Definition> terms = new ArrayList<>();
        terms.add(Block.Definition.of("Ref", item.ref()));
        terms.add(Block.Definition.of("Lead", item.leads().isEmpty() ? "None named" : String.join(", ", item.leads())));
        terms.add(Block.Definition.of("Cadence", item.cadence() == null ? "Not stated" : item.cadence()));
        if (item.reportedLeadLine() != null) {
            terms.add(Block.Definition.of("As reported", item.reportedLeadLine()));
        }
        if (item.status() != null) {
            terms.add(Block.Definition.of("Status", item.status().words()));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.DefinitionList(terms));
        if (item.narrative() != null) {
            blocks.addAll(MarkdownBlocks.of(item.narrative()));
        } else {
            blocks.add(new Block.Note(
                    item.state().words(),
                    List.of(Inline.text(
                            item.requirementReason() == null ? item.state().words() : item.requirementReason()))));
        }
        return blocks;
    }

    private static Section performance(ReportFacts facts) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.PageBreak());
        blocks.add(Block.paragraph("Each measure of the plan as at " + MonthWords.month(facts.asAt())
                + ": the latest value, the comparison with the same months of the previous year, the target's status,"
                + " the statistical process control (SPC) chart in the \"Making Data Count\" way, and a statement of"
                + " those facts."));
        if (facts.measures().stream().anyMatch(m -> m.performance().demonstrationData())) {
            blocks.add(new Block.Note(
                    "Demonstration data",
                    List.of(Inline.text("Some figures are generated demonstration data, not the force's own"
                            + " figures: they show how the report reads, nothing more."))));
        }
        List<List<String>> rows = new ArrayList<>();
        for (ReportFacts.MeasureFacts measure : facts.measures()) {
            MeasurePerformance m = measure.performance();
            rows.add(List.of(
                    measureLabel(m),
                    Exceptions.name(m),
                    m.hasData() ? nullToDash(m.currentWords()) : "No data",
                    yearToDate(m, facts).orElse("—"),
                    nullToDash(m.targetStatusWords()),
                    measure.chart() == null ? "—" : measure.chart().variationWords()));
        }
        if (!rows.isEmpty()) {
            blocks.add(new Block.Table(
                    "The measures at a glance",
                    List.of(
                            Block.Column.text("Measure"),
                            Block.Column.text("Name"),
                            Block.Column.text("Latest"),
                            Block.Column.text("Year to date"),
                            Block.Column.text("Target"),
                            Block.Column.text("Variation")),
                    rows,
                    true));
        }
        List<Section> measures = new ArrayList<>();
        for (ReportFacts.MeasureFacts measure : facts.measures()) {
            measures.add(measure(measure, facts));
        }
        return new Section("performance", "Performance position", false, blocks, measures);
    }

    private static java.util.Optional<String> yearToDate(MeasurePerformance m, ReportFacts facts) {
        if (!m.hasData()) {
            return java.util.Optional.empty();
        }
        java.util.Optional<String> ours =
                YearToDate.of(m, java.time.YearMonth.parse(m.asAt())).map(YearToDate.Comparison::words);
        return ours.isPresent() ? ours : java.util.Optional.ofNullable(m.comparisonWords());
    }

    private static Section measure(ReportFacts.MeasureFacts measure, ReportFacts facts) {
        MeasurePerformance m = measure.performance();
        List<Block.Definition> terms = new ArrayList<>();
        terms.add(Block.Definition.of("Measure", m.measureText()));
        terms.add(Block.Definition.of("Lead", m.leads().isEmpty() ? "None named" : String.join(", ", m.leads())));
        if (m.hasData()) {
            terms.add(Block.Definition.of(
                    "Latest", nullToDash(m.currentWords()) + " (" + nullToDash(m.coverage()) + ")"));
            yearToDate(m, facts).ifPresent(words -> terms.add(Block.Definition.of("Year to date", words)));
        }
        terms.add(Block.Definition.of(
                "Target",
                m.targetWords() == null ? "No target" : m.targetWords() + " — " + nullToDash(m.targetStatusWords())));
        if (measure.chart() != null) {
            terms.add(Block.Definition.of("Variation", measure.chart().variationWords()));
            terms.add(Block.Definition.of("Assurance", measure.chart().assuranceWords()));
        }
        if (m.indicatorSource() != null) {
            terms.add(Block.Definition.of("Source", m.indicatorSource()));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.DefinitionList(terms));
        blocks.add(Block.paragraph(m.hasData() ? m.statement() : m.noDataReason()));
        if (measure.chart() != null) {
            MeasureChart chart = measure.chart();
            blocks.add(new Block.Figure(
                    Exceptions.name(m) + ": monthly SPC chart",
                    chart.svg(),
                    chart.textAlternative(),
                    new Block.Table(
                            Exceptions.name(m) + ": the chart's figures",
                            List.of(
                                    Block.Column.text("Month"),
                                    Block.Column.number(chart.valueHeading()),
                                    Block.Column.text("Variation")),
                            chart.rows().stream()
                                    .map(row -> List.of(row.month(), row.value(), row.pointType()))
                                    .toList(),
                            true)));
        }
        return Section.of(
                "measure-" + id(m.objectiveNumber() + "-" + m.measureRef()),
                measureLabel(m) + ": " + Exceptions.name(m),
                blocks);
    }

    /** The measure's ref, with its objective's number when the ref does not already start with it. */
    static String measureLabel(MeasurePerformance m) {
        return m.objectiveNumber() == null || m.measureRef().startsWith(m.objectiveNumber())
                ? m.measureRef()
                : m.objectiveNumber() + " " + m.measureRef();
    }

    private static Section questions(ReportFacts facts) {
        if (facts.answered().isEmpty()) {
            return Section.of(
                    "questions",
                    "Questions answered since the last meeting",
                    List.of(Block.paragraph("No question was answered since the last meeting.")));
        }
        List<Block> blocks = new ArrayList<>();
        for (ReportFacts.AnsweredQuestion question : facts.answered()) {
            blocks.add(Block.paragraph(
                    Inline.strong(question.subject() + ": "),
                    Inline.text(question.question() + " (raised by " + question.raisedBy() + ", "
                            + DAY.format(question.raisedOn()) + ")")));
            blocks.add(new Block.Note(
                    "Answer",
                    List.of(Inline.text(question.answer() + " (" + question.answeredBy() + ", "
                            + DAY.format(question.answeredOn()) + ")"))));
        }
        return Section.of("questions", "Questions answered since the last meeting", blocks);
    }

    private static Section actions(ReportFacts facts) {
        if (facts.actions().isEmpty()) {
            return Section.of("actions", "Action tracker", List.of(Block.paragraph("There are no actions to report.")));
        }
        List<List<String>> rows = facts.actions().stream()
                .map(a -> List.of(
                        a.text() + (a.subject() == null ? "" : " (" + a.subject() + ")"),
                        a.owner(),
                        DAY.format(a.dueOn()),
                        a.overdue() ? a.status() + " — overdue" : a.status(),
                        DAY.format(a.setOn()),
                        a.latestNote() == null ? "—" : a.latestNote()))
                .toList();
        long overdue = facts.actions().stream()
                .filter(ReportFacts.TrackedAction::overdue)
                .count();
        return Section.of(
                "actions",
                "Action tracker",
                List.of(
                        Block.paragraph("Actions set by the Board and still open, carried from meeting to meeting; "
                                + overdue + " " + plural(overdue, "is", "are") + " overdue."),
                        new Block.Table(
                                "Actions",
                                List.of(
                                        Block.Column.text("Action"),
                                        Block.Column.text("Owner"),
                                        Block.Column.text("Due"),
                                        Block.Column.text("Status"),
                                        Block.Column.text("Set"),
                                        Block.Column.text("Latest progress")),
                                rows,
                                false)));
    }

    private static Section sources(ReportFacts facts) {
        List<List<Inline>> items = new ArrayList<>();
        items.add(List.of(Inline.text(
                "Plan: " + facts.planTitle() + " (" + facts.planKey() + ", version " + facts.versionLabel() + ").")));
        if (facts.cycle() != null) {
            CycleReport cycle = facts.cycle();
            items.add(List.of(Inline.text("Updates: reporting cycle \"" + cycle.name() + "\", period "
                    + DAY.format(cycle.periodStart()) + " to " + DAY.format(cycle.periodEnd()) + ", deadline "
                    + DAY.format(cycle.deadline()) + "; updates as accepted by the meeting's date.")));
            if (cycle.example() && cycle.note() != null) {
                items.add(List.of(Inline.text("Example data: " + cycle.note())));
            }
        }
        items.add(List.of(Inline.text("Figures: as at " + MonthWords.month(facts.asAt())
                + " (the last whole month before the cycle's period ended).")));
        Map<String, String> indicators = new LinkedHashMap<>();
        for (ReportFacts.MeasureFacts measure : facts.measures()) {
            MeasurePerformance m = measure.performance();
            if (m.indicatorCode() != null) {
                indicators.putIfAbsent(
                        m.indicatorCode(),
                        nullToDash(m.indicatorName()) + " (" + m.indicatorCode() + ", version " + m.indicatorVersion()
                                + "): " + nullToDash(m.indicatorSource())
                                + (m.coverage() == null ? "" : "; " + m.coverage())
                                + (m.demonstrationData() ? " Demonstration data." : ""));
            }
        }
        indicators.values().forEach(text -> items.add(List.of(Inline.text("Indicator: " + text))));
        return Section.of(
                "sources",
                "Data sources and dates",
                List.of(
                        Block.paragraph("Where each part of this report comes from, and how recent it is."),
                        new Block.BulletList(items)));
    }

    private static Map<String, String> objectives(ReportFacts facts) {
        Map<String, String> objectives = new LinkedHashMap<>();
        if (facts.cycle() != null) {
            facts.cycle()
                    .items()
                    .forEach(item -> objectives.putIfAbsent(item.objectiveNumber(), item.objectiveTitle()));
        }
        return objectives;
    }

    private static String objectiveName(CycleReport.Item item) {
        return item.objectiveNumber() == null
                ? item.objectiveTitle()
                : item.objectiveNumber() + " " + item.objectiveTitle();
    }

    private static long count(ReportFacts facts, UpdateState state) {
        return facts.cycle() == null
                ? 0
                : facts.cycle().items().stream().filter(i -> i.state() == state).count();
    }

    static String id(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String plural(long n, String one, String many) {
        return n == 1 ? one : many;
    }

    private static String nullToDash(String text) {
        return text == null ? "—" : text;
    }
}
