package org.oversight.performance;

import java.util.List;

/**
 * A measure's SPC chart as the measure page draws it, for other modules' documents (the Board
 * report): the SVG, its text alternative, its data table's rows, and the "Making Data Count"
 * variation and assurance in words.
 *
 * @param svg the chart, drawn with attributes only so that it renders in a PDF as vectors
 * @param textAlternative the chart in words (the measure page's caption)
 * @param valueHeading the data table's value heading (“Crimes per month”, “Rate (%)”)
 * @param rows the chart's data, oldest month first
 * @param variationWords "Special cause concern: high", "Common cause variation" …
 * @param assuranceWords "Consistently fails the target" …, or why there is no assurance icon
 */
public record MeasureChart(
        String svg,
        String textAlternative,
        String valueHeading,
        List<Row> rows,
        String variationWords,
        String assuranceWords) {

    public MeasureChart {
        rows = List.copyOf(rows);
    }

    /**
     * One month of the data table.
     *
     * @param month "October 2014"
     * @param value the value in the measure's unit ("14,770", "9.4%")
     * @param pointType "Common cause", "Special cause concern" …, or why the month is not judged
     */
    public record Row(String month, String value, String pointType) {}
}
