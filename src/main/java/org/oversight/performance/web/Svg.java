package org.oversight.performance.web;

import java.util.List;
import java.util.Locale;
import org.oversight.performance.MeasurePerformance;

/**
 * The SPC chart of a measure as a server-rendered SVG: points, centre line, dashed process limits,
 * the target line, special-cause points marked by shape as well as colour, trial limits labelled,
 * with a title and description for screen readers.
 */
final class Svg {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 340;
    private static final int LEFT = 70;
    private static final int RIGHT = 150;
    private static final int TOP = 20;
    private static final int BOTTOM = 60;

    private Svg() {}

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    static String chart(MeasurePerformance measure, String title, String description) {
        List<MeasurePerformance.MonthPoint> points = measure.series();
        MeasurePerformance.SpcSummary spc = measure.spc();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (MeasurePerformance.MonthPoint p : points) {
            min = Math.min(min, p.value().doubleValue());
            max = Math.max(max, p.value().doubleValue());
        }
        if (spc != null) {
            min = Math.min(min, spc.lowerLimit());
            max = Math.max(max, spc.upperLimit());
            if (spc.target() != null) {
                min = Math.min(min, spc.target());
                max = Math.max(max, spc.target());
            }
        }
        if (max <= min) {
            max = min + 1;
        }
        double pad = (max - min) * 0.05;
        final double lo = Math.max(0, min - pad) == 0 && min >= 0 ? Math.max(0, min - pad) : min - pad;
        final double hi = max + pad;
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        int n = points.size();
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
        // y axis ticks
        for (int i = 0; i <= 4; i++) {
            double v = lo + (hi - lo) * i / 4;
            double y = y(v, lo, hi, plotH);
            svg.append(line(LEFT, y, LEFT + plotW, y, "#e0e0e0", 1, null));
            svg.append(text(LEFT - 6, y + 4, number(v), "end", 11));
        }
        svg.append(line(LEFT, TOP, LEFT, TOP + plotH, "#0b0c0c", 1, null));
        svg.append(line(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH, "#0b0c0c", 1, null));
        if (spc != null) {
            String limitLabel = spc.trial() ? " (trial)" : "";
            svg.append(
                    hline(spc.upperLimit(), lo, hi, plotW, plotH, "#6f777b", 1.5, "6 4", "Upper limit" + limitLabel));
            svg.append(hline(spc.centre(), lo, hi, plotW, plotH, "#0b0c0c", 1.5, null, "Mean " + number(spc.centre())));
            svg.append(
                    hline(spc.lowerLimit(), lo, hi, plotW, plotH, "#6f777b", 1.5, "6 4", "Lower limit" + limitLabel));
            if (spc.target() != null) {
                svg.append(hline(
                        spc.target(), lo, hi, plotW, plotH, "#d4351c", 2, "2 3 8 3", "Target " + number(spc.target())));
            }
        }
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double x = x(i, n, plotW);
            double y = y(points.get(i).value().doubleValue(), lo, hi, plotH);
            path.append(i == 0 ? "M" : " L").append(fmt(x)).append(' ').append(fmt(y));
        }
        svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#505a5f\" stroke-width=\"1.5\"/>");
        for (int i = 0; i < n; i++) {
            MeasurePerformance.MonthPoint p = points.get(i);
            double x = x(i, n, plotW);
            double y = y(p.value().doubleValue(), lo, hi, plotH);
            svg.append(marker(p.pointType() == null ? "common_cause" : p.pointType(), x, y));
            if (i % 6 == 0 || i == n - 1) {
                svg.append(text(x, TOP + plotH + 16, p.period(), "middle", 10));
            }
        }
        if (spc != null && spc.trial()) {
            svg.append(text(LEFT + 6, TOP + 12, "Trial limits: fewer than 12 months", "start", 12));
        }
        // legend (shapes, so it reads in black and white)
        int ly = HEIGHT - 18;
        svg.append(marker("common_cause", LEFT + 6, ly)).append(text(LEFT + 14, ly + 4, "Common cause", "start", 11));
        svg.append(marker("special_cause_improvement", LEFT + 116, ly))
                .append(text(LEFT + 124, ly + 4, "Improvement (square)", "start", 11));
        svg.append(marker("special_cause_concern", LEFT + 266, ly))
                .append(text(LEFT + 274, ly + 4, "Concern (triangle)", "start", 11));
        svg.append(marker("special_cause_neutral_high", LEFT + 400, ly))
                .append(text(LEFT + 408, ly + 4, "Neither (diamond)", "start", 11));
        svg.append("</svg>");
        return svg.toString();
    }

    private static String marker(String type, double x, double y) {
        switch (type) {
            case "special_cause_improvement":
                return "<rect x=\"" + fmt(x - 5) + "\" y=\"" + fmt(y - 5) + "\" width=\"10\" height=\"10\" fill=\""
                        + SpcIcons.IMPROVEMENT + "\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>";
            case "special_cause_concern":
                return "<polygon points=\"" + fmt(x) + "," + fmt(y - 7) + " " + fmt(x - 6) + "," + fmt(y + 5) + " "
                        + fmt(x + 6) + "," + fmt(y + 5) + "\" fill=\"" + SpcIcons.CONCERN
                        + "\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>";
            case "special_cause_neutral_high":
            case "special_cause_neutral_low":
                return "<polygon points=\"" + fmt(x) + "," + fmt(y - 7) + " " + fmt(x + 7) + "," + fmt(y) + " "
                        + fmt(x) + "," + fmt(y + 7) + " " + fmt(x - 7) + "," + fmt(y) + "\" fill=\""
                        + SpcIcons.NEUTRAL + "\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>";
            default:
                return "<circle cx=\"" + fmt(x) + "\" cy=\"" + fmt(y) + "\" r=\"3.5\" fill=\"" + SpcIcons.COMMON_CAUSE
                        + "\" stroke=\"#0b0c0c\" stroke-width=\"0.8\"/>";
        }
    }

    private static String hline(
            double v,
            double lo,
            double hi,
            int plotW,
            int plotH,
            String colour,
            double width,
            String dash,
            String label) {
        double y = y(v, lo, hi, plotH);
        return line(LEFT, y, LEFT + plotW, y, colour, width, dash) + text(LEFT + plotW + 6, y + 4, label, "start", 11);
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, double width, String dash) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + colour + "\" stroke-width=\"" + width + "\""
                + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
    }

    private static String text(double x, double y, String text, String anchor, int size) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor
                + "\" font-family=\"Arial, sans-serif\" font-size=\"" + size + "\" fill=\"#0b0c0c\">" + escape(text)
                + "</text>";
    }

    private static double x(int i, int n, int plotW) {
        return n <= 1 ? LEFT + plotW / 2.0 : LEFT + 10 + (plotW - 20) * (double) i / (n - 1);
    }

    private static double y(double v, double lo, double hi, int plotH) {
        return TOP + plotH - (v - lo) / (hi - lo) * plotH;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String number(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.UK, "%,.0f", v) : String.format(Locale.UK, "%,.1f", v);
    }
}
