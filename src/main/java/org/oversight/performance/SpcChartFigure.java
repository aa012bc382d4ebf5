package org.oversight.performance;

import java.util.List;

/**
 * A measure's monthly SPC chart exactly as its measure page draws it, for documents that show it
 * elsewhere (a publication, a report): the SVG, the summary that is its text alternative, and the
 * chart's data as rows of month, value and point type in words.
 *
 * @param svg the chart (a standalone SVG drawn with attributes only, so it renders in a PDF too)
 * @param summary what the chart shows, in words (its text alternative)
 * @param valueHeading the data table's value heading (“Crimes per month”, “Rate (%)”)
 * @param rows each month shown: month in words, value in the measure's unit, point type in words
 */
public record SpcChartFigure(String svg, String summary, String valueHeading, List<List<String>> rows) {

    public SpcChartFigure {
        rows = rows.stream().map(List::copyOf).toList();
    }
}
