package org.oversight.performance.web;

import org.oversight.performance.MeasurePerformance;

/**
 * The "Making Data Count" variation and assurance icons as small SVGs in the official colours, each
 * with a letter so it reads in black and white, and a text alternative. The letters meet WCAG 2.2 AA
 * contrast (4.5:1) against their fill: near-black on the light blue, orange and grey, white on the
 * purple.
 */
final class SpcIcons {

    static final String COMMON_CAUSE = "#A6A6A6";
    static final String IMPROVEMENT = "#00B0F0";
    static final String CONCERN = "#E46C0A";
    static final String NEUTRAL = "#490092";
    static final String PASS = "#00B0F0";
    static final String FAIL = "#E46C0A";
    static final String INCONSISTENT = "#A6A6A6";
    static final String NONE = "#FFFFFF";

    /** The letter's colour on a light fill (GOV.UK's text colour) and on a dark one. */
    static final String LETTER_ON_LIGHT = "#0B0C0C";

    static final String LETTER_ON_DARK = "#FFFFFF";

    /** The icons' size on the measure page; the overview draws them smaller. */
    static final int PAGE_SIZE = 40;

    private SpcIcons() {}

    /** The variation icon's text: "Special cause improvement: high" and so on. */
    static String variationText(MeasurePerformance.SpcSummary spc) {
        if (spc == null) {
            return "No variation icon: fewer than two months of figures";
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
        return variation(spc, PAGE_SIZE);
    }

    /** The variation icon, {@code size} pixels square. */
    static String variation(MeasurePerformance.SpcSummary spc, int size) {
        if (spc == null) {
            return icon(NONE, "–", variationText(null), false, size);
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
        return icon(colour, letter, variationText(spc), !"common_cause".equals(spc.variation()), size);
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
        return assurance(spc, PAGE_SIZE);
    }

    /** The assurance icon, {@code size} pixels square. */
    static String assurance(MeasurePerformance.SpcSummary spc, int size) {
        if (spc == null || spc.assurance() == null) {
            return icon(NONE, "–", assuranceText(spc), false, size);
        }
        switch (spc.assurance()) {
            case "consistent_pass":
                return icon(PASS, "P", assuranceText(spc), true, size);
            case "consistent_fail":
                return icon(FAIL, "F", assuranceText(spc), true, size);
            default:
                return icon(INCONSISTENT, "?", assuranceText(spc), false, size);
        }
    }

    /** The letter colour for a fill: white only on the dark purple, near-black on every light fill. */
    static String letterColour(String fill) {
        return NEUTRAL.equals(fill) ? LETTER_ON_DARK : LETTER_ON_LIGHT;
    }

    /** A circle in the colour with a bold letter; the special-cause ring is doubled to show in greyscale. */
    private static String icon(String colour, String letter, String text, boolean strong, int size) {
        return "<svg class=\"mdc-icon\" width=\"" + size + "\" height=\"" + size
                + "\" viewBox=\"0 0 40 40\" role=\"img\" focusable=\"false\""
                + " aria-label=\"" + Svg.escape(text) + "\"><title>" + Svg.escape(text) + "</title>"
                + "<circle cx=\"20\" cy=\"20\" r=\"18\" fill=\"" + colour + "\" stroke=\"#0b0c0c\" stroke-width=\""
                + (strong ? 3 : 1) + "\"/>"
                + "<text x=\"20\" y=\"26\" text-anchor=\"middle\" font-family=\"Arial, sans-serif\" font-size=\"18\""
                + " font-weight=\"bold\" fill=\"" + letterColour(colour) + "\">"
                + Svg.escape(letter) + "</text></svg>";
    }
}
