package org.oversight.publication.content;

import java.util.ArrayList;
import java.util.List;
import org.oversight.performance.MeasureChart;
import org.oversight.performance.MeasurePerformance;
import org.oversight.plan.PlanCommitment;
import org.oversight.plan.PlanObjective;
import org.oversight.reports.Block;
import org.oversight.reports.Dataset;
import org.oversight.reports.Document;
import org.oversight.reports.Inline;
import org.oversight.reports.Section;

/**
 * The quarter's publication as a document: an introduction the analyst writes, the plan and its
 * objectives, performance (an overview, then each measure with its figures, SPC chart and
 * statement), stop and search when there are figures; and the tables behind them as datasets for
 * open data ({@code objectives}, {@code measures}, {@code measure-months}).
 */
public final class QuarterDocument {

    public static final String INTRODUCTION = "introduction";
    public static final String PLAN = "plan";
    public static final String PERFORMANCE = "performance";
    public static final String STOP_AND_SEARCH = "stop-and-search";

    /** The columns of the {@code measures} dataset, in order. */
    public static final List<String> MEASURE_COLUMNS = List.of(
            "objective",
            "measure_ref",
            "measure",
            "indicator",
            "indicator_version",
            "area",
            "figures_to",
            "latest_value",
            "unit",
            "year_to_date",
            "previous_year_to_date",
            "year_to_date_change",
            "target",
            "target_status",
            "variation",
            "assurance",
            "demonstration_data",
            "statement",
            "section_id");

    private QuarterDocument() {}

    public static Document build(Figures figures) {
        List<Section> sections = new ArrayList<>();
        sections.add(Section.narrative(INTRODUCTION, "About this publication", introduction(figures)));
        sections.add(plan(figures));
        sections.add(performance(figures));
        if (figures.stopSearch() != null) {
            sections.add(stopSearch(figures.stopSearch()));
        }
        return new Document(
                        "Police and Crime Plan performance, " + figures.period().label(),
                        figures.planTitle() + ": figures to the end of "
                                + figures.period().words().replaceFirst(".* to ", ""),
                        figures.publisher(),
                        sections)
                .withDatasets(datasets(figures));
    }

    private static List<Block> introduction(Figures figures) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(
                Block.paragraph("This publication reports the performance of the police force against the measures of "
                        + figures.planTitle() + " for " + figures.period().label() + " ("
                        + figures.period().words()
                        + "), as approved for publication. Its figures do not change after publication: a correction is"
                        + " published as a new version with a note, and earlier versions stay available."));
        if (figures.demonstrationData()) {
            blocks.add(new Block.Note(
                    "Demonstration data",
                    List.of(Inline.text("The police figures in this publication are generated demonstration data,"
                            + " not real police records."))));
        }
        return blocks;
    }

    private static Section plan(Figures figures) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph(figures.planTitle() + " (version " + figures.versionLabel() + ") sets out "
                + figures.objectives().size() + " objectives, "
                + figures.commitments().size() + " commitments and "
                + figures.measures().size() + " measures."));
        List<List<String>> rows = new ArrayList<>();
        for (PlanObjective objective : figures.objectives()) {
            rows.add(List.of(
                    objective.number() == null ? "" : objective.number(),
                    objective.title(),
                    Long.toString(commitmentsOf(figures, objective).size()),
                    Long.toString(figures.measures().stream()
                            .filter(m -> same(m.objectiveNumber(), objective.number())
                                    && m.objectiveTitle().equals(objective.title()))
                            .count())));
        }
        blocks.add(new Block.Table(
                "Objectives of the plan",
                List.of(
                        Block.Column.text("Number"),
                        Block.Column.text("Objective"),
                        Block.Column.number("Commitments"),
                        Block.Column.number("Measures")),
                rows,
                false));
        List<Section> objectives = new ArrayList<>();
        for (PlanObjective objective : figures.objectives()) {
            List<PlanCommitment> commitments = commitmentsOf(figures, objective);
            List<Block> objectiveBlocks = new ArrayList<>();
            if (commitments.isEmpty()) {
                objectiveBlocks.add(Block.paragraph("The plan lists no commitments under this objective."));
            } else {
                objectiveBlocks.add(new Block.BulletList(commitments.stream()
                        .map(c -> List.<Inline>of(
                                Inline.strong(c.ref() + " "),
                                Inline.text(c.text()
                                        + (c.leads().isEmpty()
                                                ? ""
                                                : " (lead: " + String.join(", ", c.leads()) + ")"))))
                        .toList()));
            }
            objectives.add(new Section(
                    "objective-" + objective.position(), objective.words(), false, objectiveBlocks, List.of()));
        }
        return new Section(PLAN, "The plan and its objectives", false, blocks, objectives);
    }

    private static List<PlanCommitment> commitmentsOf(Figures figures, PlanObjective objective) {
        return figures.commitments().stream()
                .filter(c -> c.objectiveOrder() == objective.position())
                .toList();
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static Section performance(Figures figures) {
        List<String> ids = MeasureIds.of(figures.measures());
        List<List<String>> rows = new ArrayList<>();
        List<Section> measures = new ArrayList<>();
        for (int i = 0; i < figures.measures().size(); i++) {
            MeasurePerformance m = figures.measures().get(i);
            rows.add(List.of(
                    m.measureRef(),
                    m.measureText(),
                    m.hasData() ? m.currentWords() : "No data",
                    m.targetStatusWords() == null ? "No target" : m.targetStatusWords(),
                    m.spc() == null ? "Not charted" : m.spc().variationWords()));
            measures.add(measure(m, ids.get(i), figures.charts().get(m.measureRef())));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph("Each measure of the plan for the whole force area, as at the end of "
                + figures.period().words().replaceFirst(".* to ", "")
                + ": the latest month's figure, the year to date against the same months a year earlier, the target"
                + " and whether it is being met, and what the statistical process control (SPC) chart shows."));
        blocks.add(new Block.Table(
                "Performance at a glance",
                List.of(
                        Block.Column.text("Measure"),
                        Block.Column.text("What it measures"),
                        Block.Column.text("Latest"),
                        Block.Column.text("Target status"),
                        Block.Column.text("Variation")),
                rows,
                true));
        return new Section(PERFORMANCE, "Performance by measure", false, blocks, measures);
    }

    private static Section measure(MeasurePerformance m, String id, MeasureChart chart) {
        List<Block> blocks = new ArrayList<>();
        List<Block.Definition> facts = new ArrayList<>();
        facts.add(Block.Definition.of("Objective", objective(m)));
        facts.add(Block.Definition.of("Measure", m.measureText()));
        if (m.indicatorName() != null) {
            facts.add(Block.Definition.of("Indicator", m.indicatorName() + " (version " + m.indicatorVersion() + ")"));
            facts.add(Block.Definition.of("Source", m.indicatorSource()));
        }
        if (m.hasData()) {
            facts.add(Block.Definition.of("Figures", m.coverage()));
            facts.add(Block.Definition.of("Latest month", m.currentWords()));
            facts.add(Block.Definition.of("Year to date", m.comparisonWords()));
        }
        facts.add(Block.Definition.of("Target", m.targetWords() == null ? "No target" : m.targetWords()));
        if (m.targetStatusWords() != null) {
            facts.add(Block.Definition.of("Target status", m.targetStatusWords()));
        }
        if (m.spc() != null) {
            facts.add(Block.Definition.of("Variation", m.spc().variationWords()));
            if (m.spc().assuranceWords() != null) {
                facts.add(Block.Definition.of("Assurance", m.spc().assuranceWords()));
            }
        }
        blocks.add(new Block.DefinitionList(facts));
        if (chart != null) {
            blocks.add(new Block.Figure(
                    "Monthly SPC chart: " + m.measureRef(),
                    chart.svg(),
                    chart.textAlternative(),
                    new Block.Table(
                            "Monthly figures of " + m.measureRef(),
                            List.of(
                                    Block.Column.text("Month"),
                                    Block.Column.number(chart.valueHeading()),
                                    Block.Column.text("Point type")),
                            chart.rows().stream()
                                    .map(row -> List.of(row.month(), row.value(), row.pointType()))
                                    .toList(),
                            true)));
        }
        blocks.add(new Block.Note("Statement", List.of(Inline.text(m.statement()))));
        if (m.demonstrationData()) {
            blocks.add(new Block.Note(
                    "Demonstration data", List.of(Inline.text("These figures are generated demonstration data."))));
        }
        return new Section(id, m.measureRef() + ": " + shorten(m.measureText()), false, blocks, List.of());
    }

    private static String objective(MeasurePerformance m) {
        return (m.objectiveNumber() == null ? "" : m.objectiveNumber() + " ") + m.objectiveTitle();
    }

    static String shorten(String text) {
        return text.length() <= 90 ? text : text.substring(0, 87).strip() + "…";
    }

    private static Section stopSearch(StopSearchFigures figures) {
        List<Block> blocks = new ArrayList<>();
        for (String sentence : figures.sentences()) {
            blocks.add(Block.paragraph(sentence));
        }
        for (StopSearchFigures.Table table : figures.tables()) {
            List<Block.Column> columns = new ArrayList<>();
            for (int i = 0; i < table.columns().size(); i++) {
                columns.add(
                        new Block.Column(table.columns().get(i), table.numeric().get(i)));
            }
            blocks.add(new Block.Table(table.caption(), columns, table.rows(), true));
        }
        return Section.of(STOP_AND_SEARCH, "Stop and search", blocks);
    }

    private static List<Dataset> datasets(Figures figures) {
        List<Dataset> datasets = new ArrayList<>();
        datasets.add(new Dataset(
                "objectives",
                "Objectives of " + figures.planTitle(),
                List.of("position", "number", "title"),
                figures.objectives().stream()
                        .map(o -> List.of(
                                Integer.toString(o.position()), o.number() == null ? "" : o.number(), o.title()))
                        .toList()));
        List<String> ids = MeasureIds.of(figures.measures());
        List<List<String>> measureRows = new ArrayList<>();
        List<List<String>> monthRows = new ArrayList<>();
        for (int i = 0; i < figures.measures().size(); i++) {
            MeasurePerformance m = figures.measures().get(i);
            measureRows.add(List.of(
                    objective(m),
                    m.measureRef(),
                    m.measureText(),
                    m.indicatorCode() == null ? "" : m.indicatorCode(),
                    m.indicatorVersion() == null ? "" : m.indicatorVersion().toString(),
                    m.area(),
                    m.asAt() == null ? "" : m.asAt(),
                    Numbers.data(m.currentValue()),
                    m.unit() == null ? "" : m.unit(),
                    Numbers.data(m.yearToDate()),
                    Numbers.data(m.previousYearToDate()),
                    m.hasData() ? ProgressStatus.change(m.yearToDate(), m.previousYearToDate(), m.unit()) : "",
                    m.targetWords() == null ? "" : m.targetWords(),
                    m.targetStatus() == null ? "" : m.targetStatus(),
                    m.spc() == null ? "" : m.spc().variation(),
                    m.spc() == null || m.spc().assurance() == null
                            ? ""
                            : m.spc().assurance(),
                    Boolean.toString(m.demonstrationData()),
                    m.statement(),
                    ids.get(i)));
            for (MeasurePerformance.MonthPoint point : m.series()) {
                monthRows.add(List.of(
                        m.measureRef(),
                        point.period(),
                        Numbers.data(point.value()),
                        point.pointType() == null ? "" : point.pointType(),
                        Boolean.toString(point.provisional())));
            }
        }
        datasets.add(new Dataset(
                "measures", "Performance by measure, " + figures.period().label(), MEASURE_COLUMNS, measureRows));
        datasets.add(new Dataset(
                "measure-months",
                "Monthly figures of each measure, to " + figures.period().label(),
                List.of("measure_ref", "month", "value", "point_type", "provisional"),
                monthRows));
        if (figures.stopSearch() != null) {
            for (StopSearchFigures.Table table : figures.stopSearch().tables()) {
                datasets.add(new Dataset(
                        table.name(),
                        table.caption(),
                        table.columns().stream()
                                .map(c -> c.toLowerCase(java.util.Locale.ROOT)
                                        .replaceAll("[^a-z0-9]+", "_")
                                        .replaceAll("^_|_$", ""))
                                .toList(),
                        table.rows()));
            }
        }
        return datasets;
    }
}
