package org.oversight.publication.content;

import java.util.ArrayList;
import java.util.List;
import org.oversight.performance.MeasurePerformance;
import org.oversight.reports.Block;
import org.oversight.reports.Dataset;
import org.oversight.reports.Document;
import org.oversight.reports.Inline;
import org.oversight.reports.Section;

/**
 * The annual report's statement of progress on performance measures (as in seed 004): for each
 * measure of the plan the year's figure (the financial year to March), the previous year's, the
 * change, the target and its status, the progress word and the statement; an introduction the analyst
 * writes.
 */
public final class AnnualStatementDocument {

    private AnnualStatementDocument() {}

    public static Document build(Figures figures) {
        String year = figures.period().label();
        String previous = figures.period().year().previous().toString();
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> data = new ArrayList<>();
        List<Section> measures = new ArrayList<>();
        List<String> ids = MeasureIds.of(figures.measures());
        for (int i = 0; i < figures.measures().size(); i++) {
            MeasurePerformance m = figures.measures().get(i);
            ProgressStatus status = ProgressStatus.of(m.yearToDate(), m.previousYearToDate(), m.direction());
            String change = ProgressStatus.change(m.yearToDate(), m.previousYearToDate(), m.unit());
            rows.add(List.of(
                    m.measureRef(),
                    Numbers.inUnit(m.yearToDate(), m.unit()),
                    Numbers.inUnit(m.previousYearToDate(), m.unit()),
                    change,
                    m.targetWords() == null ? "No target" : m.targetWords(),
                    m.targetStatusWords() == null ? "No target" : m.targetStatusWords(),
                    status.words()));
            data.add(List.of(
                    m.measureRef(),
                    m.measureText(),
                    Numbers.data(m.yearToDate()),
                    Numbers.data(m.previousYearToDate()),
                    m.hasData() ? change : "",
                    m.unit() == null ? "" : m.unit(),
                    m.targetWords() == null ? "" : m.targetWords(),
                    m.targetStatus() == null ? "" : m.targetStatus(),
                    status.name().toLowerCase(java.util.Locale.ROOT),
                    Boolean.toString(m.demonstrationData()),
                    m.statement()));
            measures.add(new Section(
                    ids.get(i),
                    m.measureRef() + ": " + QuarterDocument.shorten(m.measureText()),
                    false,
                    List.of(
                            new Block.DefinitionList(List.of(
                                    Block.Definition.of("Measure", m.measureText()),
                                    Block.Definition.of("Figures", m.hasData() ? m.coverage() : "No data"),
                                    Block.Definition.of(year, Numbers.inUnit(m.yearToDate(), m.unit())),
                                    Block.Definition.of(previous, Numbers.inUnit(m.previousYearToDate(), m.unit())),
                                    Block.Definition.of("Change", change),
                                    Block.Definition.of("Progress", status.words()))),
                            new Block.Note("Statement", List.of(Inline.text(m.statement())))),
                    List.of()));
        }
        List<Block> intro = new ArrayList<>();
        intro.add(Block.paragraph("This statement sets out the progress made in " + year + " against each"
                + " performance measure of " + figures.planTitle() + ": the year's figure, the figure for " + previous
                + ", the target and whether it was met."));
        if (figures.demonstrationData()) {
            intro.add(new Block.Note(
                    "Demonstration data",
                    List.of(Inline.text("The police figures in this statement are generated demonstration data."))));
        }
        List<Section> sections = new ArrayList<>();
        sections.add(Section.narrative("introduction", "Introduction", intro));
        sections.add(new Section(
                "progress",
                "Progress on performance measures",
                false,
                List.of(new Block.Table(
                        "Statement of progress on performance measures, " + year,
                        List.of(
                                Block.Column.text("Measure"),
                                Block.Column.number(year),
                                Block.Column.number(previous),
                                Block.Column.text("Change"),
                                Block.Column.text("Target"),
                                Block.Column.text("Target status"),
                                Block.Column.text("Progress")),
                        rows,
                        true)),
                measures));
        return new Document(
                        "Statement of progress on performance measures, " + year,
                        figures.planTitle() + ": annual report " + year,
                        figures.publisher(),
                        sections)
                .withDatasets(List.of(new Dataset(
                        "annual-progress",
                        "Progress on performance measures, " + year,
                        List.of(
                                "measure_ref",
                                "measure",
                                "year_value",
                                "previous_year_value",
                                "change",
                                "unit",
                                "target",
                                "target_status",
                                "progress",
                                "demonstration_data",
                                "statement"),
                        data)));
    }
}
