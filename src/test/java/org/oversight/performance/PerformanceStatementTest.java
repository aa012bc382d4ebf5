package org.oversight.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.performance.period.Comparisons;
import org.oversight.performance.period.CountSeries;
import org.oversight.performance.period.MonthlySeries;
import org.oversight.performance.period.PeriodComparison;
import org.oversight.plan.MeasureUnit;

/** The plain-English statement says only what the computed facts say. */
class PerformanceStatementTest {

    private static MeasurePerformance.SpcSummary commonCause() {
        return new MeasurePerformance.SpcSummary(
                "common_cause", "common cause", false, null, null, 1000, 800, 1200, false, null, 0);
    }

    private static PeriodComparison burglaryYearToDate() {
        // April–October: 8,314 in 2013, 8,123 in 2014, spread over seven months each.
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            values.add(BigDecimal.ZERO);
        }
        MonthlySeries series = MonthlySeries.starting(YearMonth.of(2013, 4), values)
                .with(YearMonth.of(2013, 4), BigDecimal.valueOf(8314 - 6 * 1000));
        for (int m = 5; m <= 10; m++) {
            series = series.with(YearMonth.of(2013, m), BigDecimal.valueOf(1000));
        }
        series = series.with(YearMonth.of(2014, 4), BigDecimal.valueOf(8123 - 6 * 1000));
        for (int m = 5; m <= 10; m++) {
            series = series.with(YearMonth.of(2014, m), BigDecimal.valueOf(1000));
        }
        return new Comparisons(new CountSeries(series)).yearToDate(YearMonth.of(2014, 10));
    }

    @Test
    void saysTheYearToDateChangeTheVariationAndTheTargetSentenceAndNothingElse() {
        String statement = PerformanceStatement.write(
                "Burglary",
                MeasureUnit.COUNT,
                burglaryYearToDate(),
                commonCause(),
                "October 2014",
                "Burglary (year to date) is 2.3% lower than the same months of 2013/14; the target is a 2% reduction,"
                        + " so it is on track.");

        assertThat(statement)
                .isEqualTo("Burglary is 2.3% lower than last year to date (8,123 against 8,314)."
                        + " Monthly burglary shows only common cause variation."
                        + " Burglary (year to date) is 2.3% lower than the same months of 2013/14; the target is a 2%"
                        + " reduction, so it is on track.");
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

        String statement = PerformanceStatement.write("Robbery", MeasureUnit.COUNT, null, spc, "March 2015", null);

        assertThat(statement)
                .isEqualTo("Monthly robbery shows special cause concern in the latest month, March 2015 (trial limits:"
                        + " fewer than 12 months). The monthly target of 800 lies outside the process limits on the"
                        + " failing side, so it will consistently be missed unless the process changes.");
    }

    @Test
    void saysNoDataYetWithTheReasonAndNoFigure() {
        assertThat(PerformanceStatement.noData("no observations have been imported."))
                .isEqualTo("No data yet: no observations have been imported.")
                .doesNotContainPattern("[0-9]");
    }
}
