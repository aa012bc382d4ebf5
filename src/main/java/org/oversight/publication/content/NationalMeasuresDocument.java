package org.oversight.publication.content;

import java.util.ArrayList;
import java.util.List;
import org.oversight.performance.MeasurePerformance;
import org.oversight.reports.Block;
import org.oversight.reports.Dataset;
import org.oversight.reports.Document;
import org.oversight.reports.Section;

/**
 * The statement on the force's contribution to the National Crime and Policing Measures (Specified
 * Information Order, paragraph 7A), drafted from the quarter's figures: for each national priority
 * the plan's measures that show the contribution, with their figures, and an assessment of whether
 * the priority is applicable and why, which the analyst edits before it is frozen.
 */
public final class NationalMeasuresDocument {

    private NationalMeasuresDocument() {}

    /** The id of a priority's narrative section, which the analyst edits. */
    public static String assessmentId(NationalPriority priority) {
        return "assessment-" + priority.id();
    }

    /** The plan's measures that show the force's contribution to a priority, in plan order. */
    public static List<MeasurePerformance> contributing(NationalPriority priority, List<MeasurePerformance> measures) {
        return measures.stream()
                .filter(m -> priority.isShownBy(m.measureText(), m.indicatorName()))
                .toList();
    }

    /** The drafted assessment: applicable, and what shows the contribution (or that nothing does yet). */
    public static String draftedAssessment(NationalPriority priority, List<MeasurePerformance> contributing) {
        if (contributing.isEmpty()) {
            return "Applicable. The national priorities apply to every force in England and Wales. No measure of"
                    + " the plan shows the force's contribution to this priority yet: describe the contribution in"
                    + " words here, or explain why the priority is assessed as not applicable in this police area.";
        }
        return "Applicable. The force's contribution is shown by "
                + (contributing.size() == 1 ? "the plan's measure " : "the plan's measures ")
                + String.join(
                        ", ",
                        contributing.stream()
                                .map(MeasurePerformance::measureRef)
                                .toList())
                + ", whose figures are above.";
    }

    public static Document build(Figures figures) {
        List<Section> sections = new ArrayList<>();
        sections.add(Section.of(
                "about-the-measures",
                "About this statement",
                List.of(Block.paragraph("The Elected Local Policing Bodies (Specified Information) Order 2011, as"
                        + " amended in 2021 (paragraph 7A), asks the office to publish a statement on the"
                        + " contribution of the police force to achieving improvements against the national"
                        + " priorities for policing, and which of them are assessed as applicable in the police"
                        + " area, with the reasons. This statement is published with the performance of "
                        + figures.period().label() + " (" + figures.period().words() + ")."))));
        List<List<String>> rows = new ArrayList<>();
        for (NationalPriority priority : NationalPriority.values()) {
            List<MeasurePerformance> contributing = contributing(priority, figures.measures());
            List<Block> blocks = new ArrayList<>();
            if (contributing.isEmpty()) {
                blocks.add(Block.paragraph("No measure of " + figures.planTitle() + " shows this priority."));
            } else {
                blocks.add(new Block.Table(
                        "Measures of the plan that show the force's contribution: " + priority.words(),
                        List.of(
                                Block.Column.text("Measure"),
                                Block.Column.text("What it measures"),
                                Block.Column.text("Latest"),
                                Block.Column.text("Year to date"),
                                Block.Column.text("Target status"),
                                Block.Column.text("Variation")),
                        contributing.stream()
                                .map(m -> List.of(
                                        m.measureRef(),
                                        m.measureText(),
                                        m.hasData() ? m.currentWords() : "No data",
                                        m.hasData() ? m.comparisonWords() : "",
                                        m.targetStatusWords() == null ? "No target" : m.targetStatusWords(),
                                        m.spc() == null
                                                ? "Not charted"
                                                : m.spc().variationWords()))
                                .toList(),
                        true));
            }
            for (MeasurePerformance m : contributing) {
                rows.add(List.of(
                        priority.id(),
                        priority.words(),
                        m.measureRef(),
                        m.measureText(),
                        m.asAt() == null ? "" : m.asAt(),
                        Numbers.data(m.currentValue()),
                        Numbers.data(m.yearToDate()),
                        Numbers.data(m.previousYearToDate()),
                        m.targetStatus() == null ? "" : m.targetStatus()));
            }
            Section assessment = Section.narrative(
                    assessmentId(priority),
                    "Applicability and contribution: " + priority.words(),
                    List.of(Block.paragraph(draftedAssessment(priority, contributing))));
            sections.add(
                    new Section("priority-" + priority.id(), priority.words(), false, blocks, List.of(assessment)));
        }
        return new Document(
                        "Statement on the National Crime and Policing Measures, "
                                + figures.period().label(),
                        figures.planTitle() + ": the force's contribution to the national priorities for policing",
                        figures.publisher(),
                        sections)
                .withDatasets(List.of(new Dataset(
                        "national-measures",
                        "Measures that show the force's contribution to the national priorities, "
                                + figures.period().label(),
                        List.of(
                                "priority_id",
                                "priority",
                                "measure_ref",
                                "measure",
                                "figures_to",
                                "latest_value",
                                "year_to_date",
                                "previous_year_to_date",
                                "target_status"),
                        rows)));
    }
}
