package org.oversight.performance.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.oversight.performance.MeasurePerformance;

/**
 * The SPC chart of a measure as a server-rendered SVG: a value axis on round numbers with its unit,
 * points, the centre line, dashed process limits and the target line, each labelled with its value
 * at its right end (trial limits named as such), special-cause points marked by shape as well as
 * colour, provisional months hollow after a dashed line, a legend, and a title and description for
 * screen readers. Everything is drawn with attributes only, so the same SVG renders in a PDF.
 */
final class Svg {

    static final int WIDTH = 760;
    static final int HEIGHT = 380;
    static final int LEFT = 80;
    static final int RIGHT = 160;
    static final int TOP = 28;
    static final int BOTTOM = 70;
    static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;

    /** Labels of lines at the right end are kept at least this far apart, so close lines stay legible. */
    static final double LABEL_GAP = 13;

    private static final String INK = "#0b0c0c";
    private static final String GREY = "#505a5f";
    private static final String TARGET = "#d4351c";

    private Svg() {}

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    /** A horizontal line the chart labels at its right end. */
    record Line(String name, double value, String label, String colour, double width, String dash) {}

    /** The horizontal lines of a chart: upper limit, centre, lower limit and target, each with its label. */
    static List<Line> lines(MeasurePerformance measure) {
        MeasurePerformance.SpcSummary spc = measure.spc();
        List<Line> lines = new ArrayList<>();
        if (spc == null) {
            return lines;
        }
        String limit = spc.trial() ? " trial limit " : " limit ";
        String unit = measure.unit();
        lines.add(new Line(
                "upper",
                spc.upperLimit(),
                "Upper" + limit + MeasureFigures.line(spc.upperLimit(), unit),
                GREY,
                1.5,
                "6 4"));
        lines.add(new Line("centre", spc.centre(), "Mean " + MeasureFigures.line(spc.centre(), unit), INK, 1.5, null));
        lines.add(new Line(
                "lower",
                spc.lowerLimit(),
                "Lower" + limit + MeasureFigures.line(spc.lowerLimit(), unit),
                GREY,
                1.5,
                "6 4"));
        if (spc.target() != null) {
            lines.add(new Line(
                    "target", spc.target(), "Target " + MeasureFigures.line(spc.target(), unit), TARGET, 2, "2 3 8 3"));
        }
        return lines;
    }

    /** The value axis: every point and every line on round-number ticks. */
    static AxisScale scale(MeasurePerformance measure) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (MeasurePerformance.MonthPoint p : measure.series()) {
            min = Math.min(min, p.value().doubleValue());
            max = Math.max(max, p.value().doubleValue());
        }
        for (Line line : lines(measure)) {
            min = Math.min(min, line.value());
            max = Math.max(max, line.value());
        }
        return AxisScale.covering(min, max);
    }

    static String chart(MeasurePerformance measure, String title, String description) {
        List<MeasurePerformance.MonthPoint> points = measure.series();
        AxisScale scale = scale(measure);
        double lo = scale.low().doubleValue();
        double hi = scale.high().doubleValue();
        int n = points.size();
        int span = SeriesLine.span(points);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"spc-chart\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" width=\"100%\" role=\"img\" aria-labelledby=\"chart-title chart-desc\"")
                .append(" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.append("<title id=\"chart-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"chart-desc\">").append(escape(description)).append("</desc>");
        svg.append("<rect x=\"0\" y=\"0\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" fill=\"#ffffff\"/>");
        for (BigDecimal tick : scale.ticks()) {
            double y = y(tick.doubleValue(), lo, hi);
            svg.append(line(LEFT, y, LEFT + PLOT_WIDTH, y, "#dddddd", 1, null));
            svg.append(text(LEFT - 6, y + 4, scale.label(tick), "end", 11, "y-tick"));
        }
        // Never font-size 12: the PDF's SVG renderer (openhtmltopdf's Batik) draws text of exactly
        // that size as a dot (10, 11, 12.5 and 13 are drawn), so the label vanished from every PDF.
        svg.append("<text class=\"y-axis-label\" transform=\"rotate(-90)\" x=\"")
                .append(fmt(-(TOP + PLOT_HEIGHT / 2.0)))
                .append("\" y=\"16\" text-anchor=\"middle\" font-family=\"Arial, sans-serif\" font-size=\"13\"")
                .append(" font-weight=\"bold\" fill=\"" + INK + "\">")
                .append(escape(MeasureFigures.axisLabel(measure)))
                .append("</text>");
        svg.append(line(LEFT, TOP, LEFT, TOP + PLOT_HEIGHT, INK, 1, null));
        svg.append(line(LEFT, TOP + PLOT_HEIGHT, LEFT + PLOT_WIDTH, TOP + PLOT_HEIGHT, INK, 1, null));
        List<Line> lines = lines(measure);
        for (Line l : lines) {
            double y = y(l.value(), lo, hi);
            svg.append(line(LEFT, y, LEFT + PLOT_WIDTH, y, l.colour(), l.width(), l.dash()));
        }
        List<Double> labelYs =
                spread(lines.stream().map(l -> y(l.value(), lo, hi)).toList());
        for (int i = 0; i < lines.size(); i++) {
            svg.append(
                    text(LEFT + PLOT_WIDTH + 6, labelYs.get(i) + 4, lines.get(i).label(), "start", 11, "line-label"));
        }
        svg.append(path(points, lo, hi));
        int every = labelEvery(span);
        for (int i = 0; i < n; i++) {
            MeasurePerformance.MonthPoint p = points.get(i);
            double x = x(SeriesLine.slot(points, i), span);
            double y = y(p.value().doubleValue(), lo, hi);
            svg.append(p.provisional() ? hollow(x, y) : marker(p.pointType() == null ? "" : p.pointType(), x, y));
            if ((span - 1 - SeriesLine.slot(points, i)) % every == 0) {
                svg.append(text(x, TOP + PLOT_HEIGHT + 16, shortMonth(p.period()), "middle", 10, "x-tick"));
            }
        }
        if (measure.spc() != null && measure.spc().trial()) {
            svg.append(text(LEFT, TOP - 10, "Trial limits: fewer than 12 months", "start", 13, "trial-note"));
        }
        svg.append(legend(points.stream().anyMatch(MeasurePerformance.MonthPoint::provisional)));
        svg.append("</svg>");
        return svg.toString();
    }

    /**
     * Label positions for lines at {@code ys}, in the same order: each at its line unless that would
     * bring it within {@link #LABEL_GAP} of another, in which case the labels are pushed apart (and
     * back inside the chart).
     */
    static List<Double> spread(List<Double> ys) {
        int n = ys.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(ys::get));
        double[] placed = new double[n];
        for (int k = 0; k < n; k++) {
            double y = ys.get(order[k]);
            placed[k] = k == 0 ? y : Math.max(y, placed[k - 1] + LABEL_GAP);
        }
        double bottom = HEIGHT - BOTTOM + LABEL_GAP / 2;
        for (int k = n - 1; k >= 0; k--) {
            double limit = k == n - 1 ? bottom : placed[k + 1] - LABEL_GAP;
            placed[k] = Math.min(placed[k], limit);
        }
        List<Double> result = new ArrayList<>(Collections.nCopies(n, 0.0));
        for (int k = 0; k < n; k++) {
            result.set(order[k], placed[k]);
        }
        return result;
    }

    /** The series line: see {@link SeriesLine}. */
    private static String path(List<MeasurePerformance.MonthPoint> points, double lo, double hi) {
        int span = SeriesLine.span(points);
        SeriesLine line = SeriesLine.through(
                points, slot -> x(slot, span), p -> y(p.value().doubleValue(), lo, hi));
        String result = "";
        if (!line.solid().isEmpty()) {
            result += "<path class=\"series\" d=\"" + line.solid() + "\" fill=\"none\" stroke=\"" + GREY
                    + "\" stroke-width=\"1.5\"/>";
        }
        if (!line.dashed().isEmpty()) {
            result += "<path class=\"series-provisional\" d=\"" + line.dashed() + "\" fill=\"none\" stroke=\"" + GREY
                    + "\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>";
        }
        return result;
    }

    /** Month labels every 1, 2, 3, 6 or 12 months of the {@code n} spanned, counted back from the latest. */
    static int labelEvery(int n) {
        double spacing = n <= 1 ? PLOT_WIDTH : (PLOT_WIDTH - 20.0) / (n - 1);
        for (int every : new int[] {1, 2, 3, 6}) {
            if (every * spacing >= 52) {
                return every;
            }
        }
        return 12;
    }

    /** A legend entry: the marker drawn for {@code type} and its words. */
    private record LegendEntry(String type, String words) {}

    /** The legend, in shapes so it reads in black and white; the hollow point only when there is one. */
    private static String legend(boolean provisional) {
        List<LegendEntry> entries = new ArrayList<>(List.of(
                new LegendEntry("common_cause", "Common cause"),
                new LegendEntry("special_cause_improvement", "Improvement (square)"),
                new LegendEntry("special_cause_concern", "Concern (triangle)"),
                new LegendEntry("special_cause_neutral_high", "Neither (diamond)")));
        if (provisional) {
            entries.add(new LegendEntry("provisional", "Provisional (hollow)"));
        }
        StringBuilder legend = new StringBuilder();
        double x = LEFT;
        int y = HEIGHT - 20;
        for (LegendEntry entry : entries) {
            legend.append("provisional".equals(entry.type()) ? hollow(x + 6, y) : marker(entry.type(), x + 6, y));
            legend.append(text(x + 15, y + 4, entry.words(), "start", 11, "legend"));
            // Arial at 11 px averages about 6.2 px a character.
            x += 15 + entry.words().length() * 6.2 + 16;
        }
        return legend.toString();
    }

    private static String hollow(double x, double y) {
        return "<circle class=\"point-provisional\" cx=\"" + fmt(x) + "\" cy=\"" + fmt(y)
                + "\" r=\"4\" fill=\"#ffffff\" stroke=\"" + INK + "\" stroke-width=\"1.5\"/>";
    }

    private static String marker(String type, double x, double y) {
        switch (type) {
            case "special_cause_improvement":
                return "<rect x=\"" + fmt(x - 5) + "\" y=\"" + fmt(y - 5) + "\" width=\"10\" height=\"10\" fill=\""
                        + SpcIcons.IMPROVEMENT + "\" stroke=\"" + INK + "\" stroke-width=\"1\"/>";
            case "special_cause_concern":
                return "<polygon points=\"" + fmt(x) + "," + fmt(y - 7) + " " + fmt(x - 6) + "," + fmt(y + 5) + " "
                        + fmt(x + 6) + "," + fmt(y + 5) + "\" fill=\"" + SpcIcons.CONCERN
                        + "\" stroke=\"" + INK + "\" stroke-width=\"1\"/>";
            case "special_cause_neutral_high":
            case "special_cause_neutral_low":
                return "<polygon points=\"" + fmt(x) + "," + fmt(y - 7) + " " + fmt(x + 7) + "," + fmt(y) + " "
                        + fmt(x) + "," + fmt(y + 7) + " " + fmt(x - 7) + "," + fmt(y) + "\" fill=\""
                        + SpcIcons.NEUTRAL + "\" stroke=\"" + INK + "\" stroke-width=\"1\"/>";
            default:
                return "<circle cx=\"" + fmt(x) + "\" cy=\"" + fmt(y) + "\" r=\"3.5\" fill=\"" + SpcIcons.COMMON_CAUSE
                        + "\" stroke=\"" + INK + "\" stroke-width=\"0.8\"/>";
        }
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, double width, String dash) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + colour + "\" stroke-width=\"" + width + "\""
                + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
    }

    private static String text(double x, double y, String text, String anchor, int size, String kind) {
        return "<text class=\"" + kind + "\" x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor
                + "\" font-family=\"Arial, sans-serif\" font-size=\"" + size + "\" fill=\"" + INK + "\">"
                + escape(text) + "</text>";
    }

    private static String shortMonth(String period) {
        YearMonth month = YearMonth.parse(period);
        return month.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK) + " " + month.getYear();
    }

    private static double x(int i, int n) {
        return n <= 1 ? LEFT + PLOT_WIDTH / 2.0 : LEFT + 10 + (PLOT_WIDTH - 20) * (double) i / (n - 1);
    }

    static double y(double v, double lo, double hi) {
        return TOP + PLOT_HEIGHT - (v - lo) / (hi - lo) * PLOT_HEIGHT;
    }

    /** A coordinate, to a tenth of a pixel. */
    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
