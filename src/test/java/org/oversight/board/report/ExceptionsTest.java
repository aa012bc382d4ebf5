package org.oversight.board.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.updates.CycleReport;
import org.oversight.updates.UpdateState;

/** Which facts are exceptions for the one-page summary. */
class ExceptionsTest {

    @Test
    void theConcernRunIsCountedBackFromTheLatestJudgedMonth() {
        var measure = MeasureBuilder.aCount()
                .values("2014-01", 5, 6, 7, 8, 9, 10, 11, 12, 13, 14)
                .concernFrom("2014-03", true)
                .build();

        assertThat(Exceptions.concern(measure))
                .contains(new ExceptionItem.SpecialCauseConcern(
                        "4.6/M2", "Public place violence", true, 8, YearMonth.of(2014, 3)));
    }

    @Test
    void commonCauseIsNoException() {
        var measure =
                MeasureBuilder.aCount().values("2014-01", 5, 6).commonCause().build();

        assertThat(Exceptions.of(List.of(measure), null)).isEmpty();
    }

    @Test
    void targetsOffTrackOrNotMetAreExceptionsAndAtRiskIsNot() {
        var offTrack = MeasureBuilder.aCount()
                .target("reduce by 5%", "off_track", "off track")
                .build();
        var notMet = MeasureBuilder.aCount()
                .target("reduce by 5%", "not_met", "not met")
                .build();
        var atRisk = MeasureBuilder.aCount()
                .target("reduce by 5%", "at_risk", "at risk")
                .build();

        assertThat(Exceptions.of(List.of(offTrack, notMet, atRisk), null))
                .extracting(ExceptionItem::key)
                .containsExactly("target:4.6/M2", "target:4.6/M2");
    }

    @Test
    void onlyOverdueUpdatesAreExceptionsAmongTheCyclesItems() {
        CycleReport cycle = new CycleReport(
                "p",
                "v",
                "December 2014 Board",
                LocalDate.of(2014, 4, 1),
                LocalDate.of(2014, 11, 24),
                LocalDate.of(2014, 11, 24),
                LocalDate.of(2014, 12, 2),
                null,
                false,
                null,
                List.of(
                        item("4.3-2", UpdateState.OVERDUE),
                        item("4.3-3", UpdateState.ACCEPTED),
                        item("4.2-5", UpdateState.NOT_REQUIRED),
                        item("4.2-6", UpdateState.DEFERRED)));

        assertThat(Exceptions.of(List.of(), cycle))
                .containsExactly(new ExceptionItem.OverdueUpdate(
                        "4.3-2", "Commitment 4.3-2", List.of("PCC"), LocalDate.of(2014, 11, 24)));
    }

    static CycleReport.Item item(String ref, UpdateState state) {
        return new CycleReport.Item(
                ref,
                "4.3",
                "Developing greater local identity",
                "Commitment " + ref,
                List.of("PCC"),
                "Quarterly",
                null,
                state,
                state == UpdateState.ACCEPTED ? null : "Required: WMOPC to update in December 2014",
                state == UpdateState.ACCEPTED ? "The update." : null,
                null);
    }
}
