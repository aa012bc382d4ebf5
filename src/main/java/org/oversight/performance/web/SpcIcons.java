package org.oversight.performance.web;

import org.oversight.performance.MeasurePerformance;

/**
 * The "Making Data Count" variation and assurance icons as small SVGs in the official colours, each
 * with a letter so it reads in black and white, and a text alternative.
 */
final class SpcIcons {

    static final String COMMON_CAUSE = "#A6A6A6";
    static final String IMPROVEMENT = "#00B0F0";
    static final String CONCERN = "#E46C0A";
    static final String NEUTRAL = "#490092";
    static final String PASS = "#00B0F0";
    static final String FAIL = "#E46C0A";
    static final String INCONSISTENT = "#A6A6A6";

    private SpcIcons() {}

    /** The variation icon's text: "Special cause improvement: high" and so on. */
    static String variationText(MeasurePerformance.SpcSummary spc) {
        if (spc == null) {
            return "No SPC chart: fewer than two monthly values";
        }
        switch (spc.variation()) {
            case "common_cause":
                return "Common cause variation";
            case "special_cause_improvement":
                return "Special cause improvement: " + (spc.high() ? "high" : "low");
            case "special_cause_concern":
                return "Special cause concern: " + (spc.high() ? "high" : "low");
            case "special_cause_neutral_high":
                return "Special cause variation, neither better nor worse: high";
            default:
                return "Special cause variation, neither better nor worse: low";
        }
    }

    static String variation(MeasurePerformance.SpcSummary spc) {
        if (spc == null) {
            return icon("#FFFFFF", "–", variationText(null), false);
        }
        String colour;
        switch (spc.variation()) {
            case "common_cause":
                colour = COMMON_CAUSE;
                break;
            case "special_cause_improvement":
                colour = IMPROVEMENT;
                break;
            case "special_cause_concern":
                colour = CONCERN;
                break;
            default:
                colour = NEUTRAL;
        }
        String letter = "common_cause".equals(spc.variation()) ? "C" : spc.high() ? "H" : "L";
        return icon(colour, letter, variationText(spc), !"common_cause".equals(spc.variation()));
    }

    static String assuranceText(MeasurePerformance.SpcSummary spc) {
        if (spc == null || spc.assurance() == null) {
            return "No assurance: no monthly target";
        }
        switch (spc.assurance()) {
            case "consistent_pass":
                return "Assurance: the target will consistently be met (pass)";
            case "consistent_fail":
                return "Assurance: the target will consistently be missed (fail)";
            default:
                return "Assurance: inconsistent, the target will be met in some months and missed in others";
        }
    }

    static String assurance(MeasurePerformance.SpcSummary spc) {
        if (spc == null || spc.assurance() == null) {
            return icon("#FFFFFF", "–", assuranceText(spc), false);
        }
        switch (spc.assurance()) {
            case "consistent_pass":
                return icon(PASS, "P", assuranceText(spc), true);
            case "consistent_fail":
                return icon(FAIL, "F", assuranceText(spc), true);
            default:
                return icon(INCONSISTENT, "?", assuranceText(spc), false);
        }
    }

    /** A circle in the colour with a bold letter; the special-cause ring is doubled to show in greyscale. */
    private static String icon(String colour, String letter, String text, boolean strong) {
        String textColour = "#FFFFFF".equals(colour) ? "#0b0c0c" : "#FFFFFF";
        return "<svg class=\"mdc-icon\" width=\"40\" height=\"40\" viewBox=\"0 0 40 40\" role=\"img\" focusable=\"false\""
                + " aria-label=\"" + Svg.escape(text) + "\"><title>" + Svg.escape(text) + "</title>"
                + "<circle cx=\"20\" cy=\"20\" r=\"18\" fill=\"" + colour + "\" stroke=\"#0b0c0c\" stroke-width=\""
                + (strong ? 3 : 1) + "\"/>"
                + "<text x=\"20\" y=\"26\" text-anchor=\"middle\" font-family=\"Arial, sans-serif\" font-size=\"18\""
                + " font-weight=\"bold\" fill=\"" + textColour + "\" stroke=\"#0b0c0c\" stroke-width=\"0.6\">"
                + Svg.escape(letter) + "</text></svg>";
    }
}
