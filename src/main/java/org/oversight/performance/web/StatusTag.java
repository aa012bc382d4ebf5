package org.oversight.performance.web;

import org.oversight.performance.MeasurePerformance;

/**
 * A measure's target status as a GOV.UK tag: green when met or on track, yellow at risk, red when
 * not met or off track, grey otherwise (no target, no data, not started). The words always say
 * the status too, so the colour is never the only cue.
 *
 * @param words “on track”
 * @param cssClass the tag's classes
 */
record StatusTag(String words, String cssClass) {

    static StatusTag of(MeasurePerformance measure) {
        String status = measure.targetStatus();
        String words = measure.targetStatusWords() != null ? measure.targetStatusWords() : "not judged";
        String colour;
        if (status == null) {
            colour = "grey";
        } else {
            switch (status) {
                case "met":
                case "on_track":
                    colour = "green";
                    break;
                case "at_risk":
                    colour = "yellow";
                    break;
                case "not_met":
                case "off_track":
                    colour = "red";
                    break;
                default:
                    colour = "grey";
            }
        }
        return new StatusTag(words, "govuk-tag govuk-tag--" + colour);
    }
}
