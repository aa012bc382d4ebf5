package org.oversight.board.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A question for the Board from each kind of exception, in plain English, from the facts alone. */
class ScrutinyPromptsTest {

    @Test
    void aRunOfConcernAboveTheAverageAsksWhatIsDrivingIt() {
        assertThat(ScrutinyPrompts.prompt(new ExceptionItem.SpecialCauseConcern(
                        "4.6/M2", "Public place violence", true, 8, YearMonth.of(2014, 7))))
                .isEqualTo("Public place violence has been above its average for 8 months since July 2014: what is"
                        + " driving it, and what is being done?");
    }

    @Test
    void aRunBelowTheAverageSaysBelow() {
        assertThat(ScrutinyPrompts.prompt(new ExceptionItem.SpecialCauseConcern(
                        "4.8/M1", "satisfaction with service", false, 7, YearMonth.of(2014, 4))))
                .startsWith("Satisfaction with service has been below its average for 7 months since April 2014");
    }

    @Test
    void aSingleUnusualMonthAsksWhatCausedIt() {
        assertThat(ScrutinyPrompts.prompt(
                        new ExceptionItem.SpecialCauseConcern("4.6/M3", "Burglary", true, 1, YearMonth.of(2014, 10))))
                .isEqualTo(
                        "Burglary was unusually high in October 2014: what caused it, and is it likely to continue?");
    }

    @Test
    void anOffTrackTargetAsksWhatWouldBringItBack() {
        assertThat(ScrutinyPrompts.prompt(new ExceptionItem.OffTrackTarget(
                        "4.6/M4", "Robbery", "reduce by 5% against 2013/14", "off track")))
                .isEqualTo("Robbery is off track against its target (reduce by 5% against 2013/14): what would bring"
                        + " it back on track, and by when?");
    }

    @Test
    void anOverdueUpdateNamesTheLeadAndTheDeadline() {
        assertThat(ScrutinyPrompts.prompt(new ExceptionItem.OverdueUpdate(
                        "4.3-2",
                        "Support the local policing and crime boards",
                        List.of("PCC"),
                        LocalDate.of(2014, 11, 24))))
                .isEqualTo("The update on \"Support the local policing and crime boards\" (lead PCC) was due by 24"
                        + " November 2014 and had not been received: when will the Board have it?");
    }
}
