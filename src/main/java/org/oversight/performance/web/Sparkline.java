package org.oversight.performance.web;

import java.time.YearMonth;
import java.util.List;
import org.oversight.performance.MeasurePerformance;
import org.oversight.performance.period.MonthRange;

/**
 * A measure's last months as a small inline SVG line for the overview, with the same months in
 * words for screen readers (the drawing itself is hidden from them). Provisional months are drawn
 * hollow after a dashed line, as on the full chart; the latest judged month is a solid dot.
 */
final class Sparkline {

    /** How many calendar months the overview's line covers, up to the latest. */
    static final int MONTHS = 24;

    static final int WIDTH = 120;
    static final int HEIGHT = 28;
    private static final double PAD = 3.5;

    private Sparkline() {}

    /** The drawing, or an empty string for fewer than two months. */
    static String svg(MeasurePerformance measure) {
        List<MeasurePerformance.MonthPoint> points = lastMonths(measure);
        if (points.size() < 2) {
            return "";
        }
        double min =
                points.stream().mapToDouble(p -> p.value().doubleValue()).min().orElse(0);
        double max =
                points.stream().mapToDouble(p -> p.value().doubleValue()).max().orElse(0);
        int lastJudged = -1;
        for (int i = 0; i < points.size(); i++) {
            if (!points.get(i).provisional()) {
                lastJudged = i;
            }
        }
        int span = SeriesLine.span(points);
        SeriesLine line = SeriesLine.through(
                points, slot -> x(slot, span), p -> y(p.value().doubleValue(), min, max));
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            MeasurePerformance.MonthPoint p = points.get(i);
            double x = x(SeriesLine.slot(points, i), span);
            if (p.provisional()) {
                dots.append(circle(x, p, min, max, "#ffffff", "sparkline-provisional"));
            } else if (i == lastJudged) {
                dots.append(circle(x, p, min, max, "#0b0c0c", "sparkline-latest"));
            }
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"sparkline\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" aria-hidden=\"true\" focusable=\"false\" xmlns=\"http://www.w3.org/2000/svg\">");
        if (!line.solid().isEmpty()) {
            svg.append("<path d=\"")
                    .append(line.solid())
                    .append("\" fill=\"none\" stroke=\"#505a5f\" stroke-width=\"1.5\" stroke-linejoin=\"round\"/>");
        }
        if (!line.dashed().isEmpty()) {
            svg.append("<path d=\"")
                    .append(line.dashed())
                    .append("\" fill=\"none\" stroke=\"#505a5f\" stroke-width=\"1.2\" stroke-dasharray=\"2 2\"/>");
        }
        svg.append(dots).append("</svg>");
        return svg.toString();
    }

    /**
     * The line in words: “24 months, April 2013 to March 2015: lowest 712 (June 2014), highest 1,043
     * (January 2014), latest 827 (March 2015).” with any provisional months named.
     */
    static String words(MeasurePerformance measure) {
        List<MeasurePerformance.MonthPoint> points = lastMonths(measure);
        if (points.isEmpty()) {
            return "";
        }
        MeasurePerformance.MonthPoint lowest = points.get(0);
        MeasurePerformance.MonthPoint highest = points.get(0);
        for (MeasurePerformance.MonthPoint p : points) {
            if (p.value().compareTo(lowest.value()) < 0) {
                lowest = p;
            }
            if (p.value().compareTo(highest.value()) > 0) {
                highest = p;
            }
        }
        MeasurePerformance.MonthPoint latest = points.get(points.size() - 1);
        String unit = measure.unit();
        StringBuilder text = new StringBuilder();
        text.append("Trend: ")
                .append(points.size())
                .append(points.size() == 1 ? " month, " : " months, ")
                .append(month(points.get(0)))
                .append(" to ")
                .append(month(latest))
                .append(": lowest ")
                .append(MeasureFigures.value(lowest.value(), unit))
                .append(" (")
                .append(month(lowest))
                .append("), highest ")
                .append(MeasureFigures.value(highest.value(), unit))
                .append(" (")
                .append(month(highest))
                .append("), latest ")
                .append(MeasureFigures.value(latest.value(), unit))
                .append('.');
        long provisional = points.stream()
                .filter(MeasurePerformance.MonthPoint::provisional)
                .count();
        if (provisional > 0) {
            text.append(' ')
                    .append(
                            provisional == 1
                                    ? "The last month is provisional."
                                    : "The last " + provisional + " months are provisional.");
        }
        return text.toString();
    }

    private static List<MeasurePerformance.MonthPoint> lastMonths(MeasurePerformance measure) {
        List<MeasurePerformance.MonthPoint> series =
                measure.series().stream().filter(p -> p.value() != null).toList();
        if (series.isEmpty()) {
            return series;
        }
        YearMonth first =
                YearMonth.parse(series.get(series.size() - 1).period()).minusMonths(MONTHS - 1L);
        return series.stream()
                .filter(p -> !YearMonth.parse(p.period()).isBefore(first))
                .toList();
    }

    private static String circle(
            double x, MeasurePerformance.MonthPoint p, double min, double max, String fill, String kind) {
        return "<circle class=\"" + kind + "\" cx=\"" + Svg.fmt(x) + "\" cy=\""
                + Svg.fmt(y(p.value().doubleValue(), min, max)) + "\" r=\"2.5\" fill=\"" + fill
                + "\" stroke=\"#0b0c0c\" stroke-width=\"1.2\"/>";
    }

    private static String month(MeasurePerformance.MonthPoint p) {
        return MonthRange.wordsFor(YearMonth.parse(p.period()));
    }

    private static double x(int i, int n) {
        return PAD + (WIDTH - 2 * PAD) * i / Math.max(1, n - 1);
    }

    private static double y(double value, double min, double max) {
        if (max <= min) {
            return HEIGHT / 2.0;
        }
        return HEIGHT - PAD - (value - min) / (max - min) * (HEIGHT - 2 * PAD);
    }
}
