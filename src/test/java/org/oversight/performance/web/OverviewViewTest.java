package org.oversight.performance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.performance.MeasurePerformanceBuilder.aMeasurePerformance;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.performance.MeasurePerformance;

/** The overview's rows: grouped by objective, measures without data last with only their reason, coverage once. */
class OverviewViewTest {

    private static final OverviewView.Filters ALL = new OverviewView.Filters(null, null, null);

    private final MeasurePerformance burglary = aMeasurePerformance().build();
    private final MeasurePerformance robbery = aMeasurePerformance()
            .withMeasure("4.6-m7", "Reduce robbery by 5 per cent")
            .build();
    private final MeasurePerformance confidence = aMeasurePerformance()
            .withObjective("4.1", "Improving public confidence in policing")
            .withMeasure("4.1-m1", "Increase confidence in policing")
            .withoutData("No data yet: no observations of 'Increase confidence in policing' have been imported.")
            .build();
    private final MeasurePerformance satisfaction = aMeasurePerformance()
            .withObjective("4.8", "Victims")
            .withMeasure("4.8-m1", "Increase satisfaction")
            .withUnit("percent")
            .withCoverage("Figures to December 2014; January–March 2015 are provisional.")
            .build();

    @Test
    void measuresWithFiguresAreGroupedByObjectiveInThePlansOrderAndThoseWithoutComeLast() {
        OverviewView view = OverviewView.of(List.of(confidence, burglary, robbery, satisfaction), ALL);

        assertThat(view.groups())
                .extracting(OverviewView.ObjectiveGroup::number)
                .containsExactly("4.6", "4.8");
        assertThat(view.groups().get(0).rows())
                .extracting(r -> r.measure().measureRef())
                .containsExactly("4.6-m3", "4.6-m7");
        assertThat(view.withoutData()).extracting(r -> r.measure().measureRef()).containsExactly("4.1-m1");
        assertThat(view.shown()).isEqualTo(4);
    }

    @Test
    void aMeasureWithoutDataSaysOnlyWhy() {
        OverviewView view = OverviewView.of(List.of(confidence), ALL);

        assertThat(view.withoutData().get(0).reason())
                .isEqualTo("No observations of 'Increase confidence in policing' have been imported.");
    }

    @Test
    void coverageSharedByEveryMeasureIsShownOnceAndNotPerRow() {
        OverviewView view = OverviewView.of(List.of(burglary, robbery, confidence), ALL);

        assertThat(view.sharedCoverage()).isEqualTo("Figures to March 2015.");
        assertThat(view.groups().get(0).rows())
                .allSatisfy(row -> assertThat(row.coverage()).isNull());
    }

    @Test
    void coverageThatDiffersIsShownWithEachRow() {
        OverviewView view = OverviewView.of(List.of(burglary, satisfaction), ALL);

        assertThat(view.sharedCoverage()).isNull();
        assertThat(view.groups())
                .flatExtracting(OverviewView.ObjectiveGroup::rows)
                .extracting(OverviewView.MeasureRow::coverage)
                .containsExactly(
                        "Figures to March 2015.", "Figures to December 2014; January–March 2015 are provisional.");
    }

    @Test
    void theFiltersApplyToMeasuresWithAndWithoutData() {
        OverviewView view = OverviewView.of(
                List.of(confidence, burglary, satisfaction), new OverviewView.Filters("4.1", null, null));

        assertThat(view.groups()).isEmpty();
        assertThat(view.withoutData()).hasSize(1);
        assertThat(view.objectives()).containsExactly("4.1", "4.6", "4.8");
        assertThat(view.total()).isEqualTo(3);
    }

    @Test
    void aRowHasTheLatestValueInItsUnitWithItsMonthAndTheComparisonWithoutRepeatingYearToDate() {
        OverviewView.MeasureRow row =
                OverviewView.of(List.of(burglary), ALL).groups().get(0).rows().get(0);

        assertThat(row.latestValue()).isEqualTo("827");
        assertThat(row.latestMonth()).isEqualTo("Mar 2015");
        assertThat(row.comparison()).isEqualTo("-2.6% (10,108 against 10,383)");
        assertThat(row.status()).isEqualTo(new StatusTag("met", "govuk-tag govuk-tag--green"));
    }

    @Test
    void aComparisonOfAnotherShapeIsShownAsItIs() {
        assertThat(OverviewView.comparison("year to date: not compared because there are no figures for May 2014"))
                .isEqualTo("Not compared because there are no figures for May 2014");
        assertThat(OverviewView.comparison("+5.0 percentage points year to date: 50% against 45%"))
                .isEqualTo("+5.0 percentage points (50% against 45%)");
        assertThat(OverviewView.comparison(null)).isEqualTo("–");
    }

    @Test
    void theStatusTagIsColouredByStatusAndAlwaysSaysIt() {
        assertThat(StatusTag.of(aMeasurePerformance()
                        .withTargetStatus("on_track", "on track")
                        .build()))
                .isEqualTo(new StatusTag("on track", "govuk-tag govuk-tag--green"));
        assertThat(StatusTag.of(aMeasurePerformance()
                        .withTargetStatus("at_risk", "at risk")
                        .build()))
                .isEqualTo(new StatusTag("at risk", "govuk-tag govuk-tag--yellow"));
        assertThat(StatusTag.of(aMeasurePerformance()
                        .withTargetStatus("off_track", "off track")
                        .build()))
                .isEqualTo(new StatusTag("off track", "govuk-tag govuk-tag--red"));
        assertThat(StatusTag.of(aMeasurePerformance()
                        .withTargetStatus("not_met", "not met")
                        .build()))
                .isEqualTo(new StatusTag("not met", "govuk-tag govuk-tag--red"));
        assertThat(StatusTag.of(aMeasurePerformance()
                        .withTargetStatus("no_target", "no target")
                        .build()))
                .isEqualTo(new StatusTag("no target", "govuk-tag govuk-tag--grey"));
    }
}
