package org.oversight.performance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oversight.performance.MeasurePerformance;

/**
 * Every variation and assurance icon's letter meets WCAG 2.2 AA contrast (4.5:1 for normal text)
 * against its fill, computed from the SVG as drawn with the WCAG relative-luminance formula.
 */
class SpcIconsContrastTest {

    private static MeasurePerformance.SpcSummary spc(String variation, boolean high, String assurance) {
        return new MeasurePerformance.SpcSummary(
                variation, variation, high, assurance, assurance, 10, 5, 15, false, assurance == null ? null : 12.0, 0);
    }

    private static List<String> everyIcon() {
        List<String> icons = new ArrayList<>();
        for (String variation : List.of(
                "common_cause",
                "special_cause_improvement",
                "special_cause_concern",
                "special_cause_neutral_high",
                "special_cause_neutral_low")) {
            for (boolean high : List.of(true, false)) {
                icons.add(SpcIcons.variation(spc(variation, high, null)));
            }
        }
        for (String assurance : List.of("consistent_pass", "consistent_fail", "inconsistent")) {
            icons.add(SpcIcons.assurance(spc("common_cause", true, assurance)));
        }
        icons.add(SpcIcons.variation(null));
        icons.add(SpcIcons.assurance(null));
        return icons;
    }

    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double[] channels = {(rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff};
        double[] weights = {0.2126, 0.7152, 0.0722};
        double l = 0;
        for (int i = 0; i < 3; i++) {
            double c = channels[i] / 255.0;
            c = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
            l += weights[i] * c;
        }
        return l;
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static String attribute(String svg, String element, String name) {
        Matcher m = Pattern.compile("<" + element + "[^>]* " + name + "=\"(#[0-9A-Fa-f]{6})\"")
                .matcher(svg);
        assertThat(m.find()).as("%s %s in %s", element, name, svg).isTrue();
        return m.group(1);
    }

    @Test
    void theContrastFormulaGivesTheKnownRatios() {
        assertThat(contrast("#000000", "#FFFFFF")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        // white on the "Making Data Count" blue fails, as it did before the letters were darkened
        assertThat(contrast("#FFFFFF", SpcIcons.IMPROVEMENT)).isLessThan(3.0);
    }

    @Test
    void everyIconLetterMeetsFourAndAHalfToOneAgainstItsFill() {
        for (String icon : everyIcon()) {
            String fill = attribute(icon, "circle", "fill");
            String letter = attribute(icon, "text", "fill");

            assertThat(contrast(letter, fill))
                    .as("letter %s on fill %s", letter, fill)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void theIconsKeepTheirColoursMeaning() {
        assertThat(attribute(SpcIcons.variation(spc("special_cause_improvement", true, null)), "circle", "fill"))
                .isEqualTo(SpcIcons.IMPROVEMENT);
        assertThat(attribute(SpcIcons.variation(spc("special_cause_concern", true, null)), "circle", "fill"))
                .isEqualTo(SpcIcons.CONCERN);
        assertThat(attribute(SpcIcons.variation(spc("special_cause_neutral_low", false, null)), "circle", "fill"))
                .isEqualTo(SpcIcons.NEUTRAL);
        assertThat(attribute(SpcIcons.assurance(spc("common_cause", true, "consistent_fail")), "circle", "fill"))
                .isEqualTo(SpcIcons.FAIL);
    }

    @Test
    void theOverviewDrawsTheIconsSmallWithTheirTextAlternative() {
        String icon = SpcIcons.variation(spc("special_cause_concern", false, null), OverviewView.ICON_SIZE);

        assertThat(icon).contains("width=\"30\" height=\"30\"").contains("aria-label=\"Special cause concern: low\"");
    }
}
