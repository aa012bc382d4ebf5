package org.oversight.board.report;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A question for the Board, in plain English, proposed from each exception's facts (no
 * performance tool has them): the member adopts it, edits it or dismisses it. Each asks what
 * lies behind the fact and what is being done, in the words a member would use at the meeting.
 */
public final class ScrutinyPrompts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ScrutinyPrompts() {}

    public static String prompt(ExceptionItem exception) {
        if (exception instanceof ExceptionItem.SpecialCauseConcern concern) {
            return concern(concern);
        }
        if (exception instanceof ExceptionItem.OffTrackTarget target) {
            return capitalise(target.subject()) + " is " + target.status() + " against its target (" + target.target()
                    + "): what would bring it back on track, and by when?";
        }
        ExceptionItem.OverdueUpdate overdue = (ExceptionItem.OverdueUpdate) exception;
        return "The update on \"" + overdue.subject() + "\""
                + (overdue.leads().isEmpty() ? "" : " (lead " + String.join(" and ", overdue.leads()) + ")")
                + " was due by " + DAY.format(overdue.deadline())
                + " and had not been received: when will the Board have it?";
    }

    private static String concern(ExceptionItem.SpecialCauseConcern concern) {
        String subject = capitalise(concern.subject());
        if (concern.months() == 1) {
            return subject + " was unusually " + (concern.high() ? "high" : "low") + " in "
                    + MonthWords.month(concern.since()) + ": what caused it, and is it likely to continue?";
        }
        return subject + " has been " + (concern.high() ? "above" : "below") + " its average for "
                + concern.months() + " months since " + MonthWords.month(concern.since())
                + ": what is driving it, and what is being done?";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
