package org.oversight.performance.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.performance.MeasurePerformance;
import org.oversight.performance.period.ComparisonKind;
import org.oversight.performance.period.MonthRange;
import org.oversight.performance.period.PeriodComparison;
import org.oversight.performance.period.PeriodValue;
import org.oversight.performance.target.TargetEvaluation;
import org.oversight.performance.target.TargetStatus;
import org.oversight.plan.ImprovementDirection;
import org.oversight.plan.MeasureUnit;
import org.oversight.plan.Target;

/** The plain-English statement says only what the computed facts say, each figure once, exactly enough. */
class MeasureStatementTest {

    private static final MonthRange APRIL_TO_OCTOBER_2014 =
            new MonthRange(YearMonth.of(2014, 4), YearMonth.of(2014, 10));
    private static final MonthRange APRIL_TO_OCTOBER_2013 =
            new MonthRange(YearMonth.of(2013, 4), YearMonth.of(2013, 10));

    private static MeasurePerformance.SpcSummary commonCause() {
        return new MeasurePerformance.SpcSummary(
                "common_cause", "common cause", false, null, null, 1000, 800, 1200, false, null, 0);
    }

    private static PeriodComparison yearToDate(String current, String comparison) {
        return new PeriodComparison(
                ComparisonKind.YEAR_TO_DATE,
                "year to date 2014/15",
                true,
                PeriodValue.known(APRIL_TO_OCTOBER_2014, new BigDecimal(current)),
                PeriodValue.known(APRIL_TO_OCTOBER_2013, new BigDecimal(comparison)));
    }

    private static TargetEvaluation judged(TargetStatus status, MonthRange actual, MonthRange baseline, String words) {
        return new TargetEvaluation(
                new Target.Monitor(),
                status,
                actual,
                BigDecimal.ONE,
                baseline,
                BigDecimal.ONE,
                BigDecimal.ONE,
                BigDecimal.ZERO,
                null,
                List.of(),
                null,
                words,
                List.of());
    }

    private static MeasureStatement.Facts facts(
            String name, MeasureUnit unit, PeriodComparison ytd, TargetEvaluation target) {
        return new MeasureStatement.Facts(
                "Figures to October 2014.",
                name,
                unit,
                ImprovementDirection.DECREASE,
                ytd,
                commonCause(),
                "October 2014",
                target);
    }

    @Test
    void saysTheMonthsCoveredTheChangeTheVariationAndTheTargetsVerdictWithoutRepeatingTheChange() {
        TargetEvaluation onTrack = judged(
                TargetStatus.ON_TRACK,
                APRIL_TO_OCTOBER_2014,
                APRIL_TO_OCTOBER_2013,
                "Burglary (year to date) is 2.3% lower than the same months of 2013/14; the target is a 2%"
                        + " reduction, so it is on track.");

        String statement =
                MeasureStatement.write(facts("Burglary", MeasureUnit.COUNT, yearToDate("8123", "8314"), onTrack));

        assertThat(statement)
                .isEqualTo("Figures to October 2014. Burglary is 2.3% lower than last year to date (8,123 against"
                        + " 8,314). Monthly burglary shows only common cause variation. The target is a 2% reduction,"
                        + " so it is on track.");
    }

    @Test
    void keepsTheTargetsOwnFiguresWhenItIsJudgedOnOtherMonths() {
        MonthRange year = new MonthRange(YearMonth.of(2013, 4), YearMonth.of(2014, 3));
        TargetEvaluation met = judged(
                TargetStatus.MET,
                year,
                new MonthRange(YearMonth.of(2012, 4), YearMonth.of(2013, 3)),
                "Burglary (2013/14) is 3.0% lower than 2012/13; the target is a 2% reduction, so it has been met.");

        String statement =
                MeasureStatement.write(facts("Burglary", MeasureUnit.COUNT, yearToDate("8123", "8314"), met));

        assertThat(statement)
                .endsWith("Burglary (2013/14) is 3.0% lower than 2012/13; the target is a 2% reduction, so it has been"
                        + " met.");
    }

    @Test
    void aMonitoredMeasureSaysSoWithoutRepeatingItsComparison() {
        TargetEvaluation monitored = judged(
                TargetStatus.NO_TARGET,
                null,
                null,
                "Total recorded crime is monitored without a target (lower is better); -1.3% year to date: 139,506"
                        + " against 141,339.");

        String statement = MeasureStatement.write(
                facts("Total recorded crime", MeasureUnit.COUNT, yearToDate("139506", "141339"), monitored));

        assertThat(statement)
                .isEqualTo("Figures to October 2014. Total recorded crime is 1.3% lower than last year to date"
                        + " (139,506 against 141,339). Monthly total recorded crime shows only common cause variation."
                        + " Total recorded crime is monitored without a target (lower is better).");
        assertThat(statement.split("139,506", -1)).hasSize(2);
    }

    @Test
    void showsEnoughDecimalsToTellTwoPercentagesApart() {
        assertThat(MeasureStatement.comparison("Positive outcomes", MeasureUnit.PERCENT, yearToDate("45.04", "45.01")))
                .isEqualTo("Positive outcomes is 0.03 percentage points higher than last year to date (45.04% against"
                        + " 45.01%).");
    }

    @Test
    void aChangeOfOneCrimeInEightThousandIsAHundredthOfAPerCentNotNothing() {
        assertThat(MeasureStatement.comparison("Burglary", MeasureUnit.COUNT, yearToDate("8123", "8124")))
                .isEqualTo("Burglary is 0.01% lower than last year to date (8,123 against 8,124).");
    }

    @Test
    void aChangeTooSmallForTwoDecimalPlacesIsAboutTheSame() {
        assertThat(MeasureStatement.comparison(
                        "Total recorded crime", MeasureUnit.COUNT, yearToDate("139506", "139507")))
                .isEqualTo("Total recorded crime is about the same as last year to date (139,506 against 139,507).");
        assertThat(MeasureStatement.comparison("Satisfaction", MeasureUnit.PERCENT, yearToDate("45.004", "45.001")))
                .isEqualTo("Satisfaction is about the same as last year to date (45.004% against 45.001%).");
    }

    @Test
    void theVariationNamesTheMonthOfTheChartsLatestPointNotTheMonthAskedFor() {
        MeasurePerformance.SpcSummary concern = new MeasurePerformance.SpcSummary(
                "special_cause_concern", "special cause concern", true, null, null, 10, 5, 15, false, null, 1);

        assertThat(MeasureStatement.variation("Robbery", concern, "February 2015"))
                .isEqualTo("Monthly robbery shows special cause concern in the latest month, February 2015.");
    }

    @Test
    void namesTheLatestSpecialCauseAndAMonthlyTargetThatIsConsistentlyMissed() {
        MeasurePerformance.SpcSummary spc = new MeasurePerformance.SpcSummary(
                "special_cause_concern",
                "special cause concern",
                true,
                "consistent_fail",
                "consistent fail",
                1000,
                900,
                1100,
                true,
                800.0,
                3);

        String statement = MeasureStatement.write(new MeasureStatement.Facts(
                null, "Robbery", MeasureUnit.COUNT, ImprovementDirection.DECREASE, null, spc, "March 2015", null));

        assertThat(statement)
                .isEqualTo("Monthly robbery shows special cause concern in the latest month, March 2015 (trial limits:"
                        + " fewer than 12 months). The monthly target of 800 lies outside the process limits on the"
                        + " failing side, so it will consistently be missed unless the process changes.");
    }

    @Test
    void saysNoDataYetWithTheReasonAndNoFigure() {
        assertThat(MeasureStatement.noData("no observations have been imported."))
                .isEqualTo("No data yet: no observations have been imported.")
                .doesNotContainPattern("[0-9]");
    }
}
