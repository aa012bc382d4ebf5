package org.oversight.stopsearch.web;

import java.util.List;
import java.util.Locale;
import org.oversight.performance.spc.ChartPoint;
import org.oversight.performance.spc.PointType;
import org.oversight.performance.spc.SpcChart;

/**
 * A small SPC chart as SVG, drawn on the server: the monthly points (grey common cause, blue
 * improvement, orange concern, purple neutral), the centre line, the process limits (dashed) and any
 * target (red, dashed). Its title and description name what it shows; a table beside it gives every
 * value.
 */
final class TrendChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;

    private TrendChart() {}

    static String svg(String id, String title, String description, SpcChart chart, Double target) {
        List<ChartPoint> points = chart.points();
        double lo = Math.min(
                chart.lowerLimit(),
                points.stream().mapToDouble(ChartPoint::value).min().orElse(0));
        double hi = Math.max(
                chart.upperLimit(),
                points.stream().mapToDouble(ChartPoint::value).max().orElse(1));
        if (target != null) {
            lo = Math.min(lo, target);
            hi = Math.max(hi, target);
        }
        lo = Math.max(0, lo - (hi - lo) * 0.05);
        hi = hi + (hi - lo) * 0.05;
        if (hi <= lo) {
            hi = lo + 1;
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"oversight-trend\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\">");
        svg.append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title>");
        svg.append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(description))
                .append("</desc>");
        double top = y(hi, lo, hi);
        double bottom = y(lo, lo, hi);
        svg.append(line(LEFT, top, LEFT, bottom, "#505a5f", 1, null));
        svg.append(line(LEFT, bottom, WIDTH - RIGHT, bottom, "#505a5f", 1, null));
        svg.append(text(LEFT - 6, top + 4, fmt(hi), "end"));
        svg.append(text(LEFT - 6, bottom, fmt(lo), "end"));
        double x0 = x(0, points.size());
        double x1 = x(points.size() - 1, points.size());
        svg.append(line(x0, y(chart.centre(), lo, hi), x1, y(chart.centre(), lo, hi), "#0b0c0c", 1.5, null));
        svg.append(line(x0, y(chart.upperLimit(), lo, hi), x1, y(chart.upperLimit(), lo, hi), "#505a5f", 1, "6 4"));
        svg.append(line(x0, y(chart.lowerLimit(), lo, hi), x1, y(chart.lowerLimit(), lo, hi), "#505a5f", 1, "6 4"));
        if (target != null) {
            svg.append(line(x0, y(target, lo, hi), x1, y(target, lo, hi), "#d4351c", 2, "2 3"));
        }
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            path.append(i == 0 ? "M" : " L")
                    .append(fmt(x(i, points.size())))
                    .append(' ')
                    .append(fmt(y(points.get(i).value(), lo, hi)));
        }
        svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#505a5f\" stroke-width=\"1\"/>");
        for (int i = 0; i < points.size(); i++) {
            svg.append("<circle cx=\"")
                    .append(fmt(x(i, points.size())))
                    .append("\" cy=\"")
                    .append(fmt(y(points.get(i).value(), lo, hi)))
                    .append("\" r=\"3.5\" fill=\"")
                    .append(colour(points.get(i).pointType()))
                    .append("\"/>");
        }
        int every = Math.max(1, (points.size() + 5) / 6);
        for (int i = 0; i < points.size(); i += every) {
            svg.append(text(
                    x(i, points.size()), HEIGHT - BOTTOM + 18, points.get(i).period(), "middle"));
        }
        svg.append("</svg>");
        return svg.toString();
    }

    static String colour(PointType type) {
        return switch (type) {
            case COMMON_CAUSE -> "#a0a7ab";
            case SPECIAL_CAUSE_IMPROVEMENT -> "#1d70b8";
            case SPECIAL_CAUSE_CONCERN -> "#f47738";
            case SPECIAL_CAUSE_NEUTRAL_HIGH, SPECIAL_CAUSE_NEUTRAL_LOW -> "#4c2c92";
        };
    }

    private static double x(int i, int n) {
        return n <= 1 ? LEFT + 10 : LEFT + 10 + (WIDTH - LEFT - RIGHT - 20) * i / (double) (n - 1);
    }

    private static double y(double v, double lo, double hi) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (hi - v) / (hi - lo);
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, double width, String dash) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + colour + "\" stroke-width=\"" + width + "\""
                + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
    }

    private static String text(double x, double y, String text, String anchor) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" font-size=\"12\" fill=\"#0b0c0c\" text-anchor=\""
                + anchor + "\">" + escape(text) + "</text>";
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
