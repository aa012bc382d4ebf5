package org.oversight.stopsearch.web;

import org.oversight.stopsearch.GroupRate;

/**
 * A ratio and its 95% confidence interval drawn as a line with a dot on a scale from 0 to the
 * table's largest upper end, with a mark at 1 (no difference from the White rate).
 */
final class IntervalBar {

    static final int WIDTH = 240;
    private static final int HEIGHT = 22;
    private static final int PAD = 8;

    private IntervalBar() {}

    /** The drawing; empty when the group has no ratio. */
    static String svg(GroupRate rate, double scaleMax) {
        if (rate.ratioToWhite() == null || scaleMax <= 0) {
            return "";
        }
        String label = "Ratio " + rate.ratioToWhite()
                + (rate.ciLow() == null ? ", no interval" : ", 95% interval " + rate.ciLow() + " to " + rate.ciHigh());
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"oversight-interval\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"")
                .append(TrendChart.escape(label))
                .append("\">");
        double one = x(1, scaleMax);
        svg.append("<line x1=\"")
                .append(TrendChart.fmt(one))
                .append("\" y1=\"0\" x2=\"")
                .append(TrendChart.fmt(one))
                .append("\" y2=\"")
                .append(HEIGHT)
                .append("\" stroke=\"#505a5f\" stroke-dasharray=\"3 2\"/>");
        if (rate.ciLow() != null) {
            svg.append("<line x1=\"")
                    .append(TrendChart.fmt(x(rate.ciLow(), scaleMax)))
                    .append("\" y1=\"11\" x2=\"")
                    .append(TrendChart.fmt(x(rate.ciHigh(), scaleMax)))
                    .append("\" y2=\"11\" stroke=\"#0b0c0c\" stroke-width=\"3\"/>");
        }
        svg.append("<circle cx=\"")
                .append(TrendChart.fmt(x(rate.ratioToWhite(), scaleMax)))
                .append("\" cy=\"11\" r=\"5\" fill=\"#1d70b8\"/>");
        svg.append("</svg>");
        return svg.toString();
    }

    private static double x(double value, double scaleMax) {
        return PAD + (WIDTH - 2 * PAD) * Math.min(value, scaleMax) / scaleMax;
    }
}
