package org.oversight.performance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.performance.MeasurePerformanceBuilder.aMeasurePerformance;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.performance.MeasurePerformance;

/** The chart's data table: values in the measure's unit, point types in words, provisional months marked. */
class DataTableTest {

    private static MeasurePerformance.MonthPoint point(String period, String value, String type, boolean provisional) {
        return new MeasurePerformance.MonthPoint(period, new BigDecimal(value), type, provisional);
    }

    @Test
    void countsAreWholeNumbersWithThousandsSeparatorsAndNoPointZero() {
        assertThat(MeasureFigures.value(new BigDecimal("846.0"), "count")).isEqualTo("846");
        assertThat(MeasureFigures.value(new BigDecimal("11263.0"), "count")).isEqualTo("11,263");
        assertThat(MeasureFigures.value(new BigDecimal("139506"), "count")).isEqualTo("139,506");
    }

    @Test
    void percentagesHaveOneDecimalPlaceAndThePercentSign() {
        assertThat(MeasureFigures.value(new BigDecimal("9.4"), "percent")).isEqualTo("9.4%");
        assertThat(MeasureFigures.value(new BigDecimal("5"), "percent")).isEqualTo("5.0%");
        assertThat(MeasureFigures.value(new BigDecimal("10.45"), "percent")).isEqualTo("10.5%");
    }

    @Test
    void otherUnitsAreWrittenInTheirOwnWay() {
        assertThat(MeasureFigures.value(new BigDecimal("4.5312"), "rate-per-1000"))
                .isEqualTo("4.53 per 1,000");
        assertThat(MeasureFigures.value(new BigDecimal("6969000"), "pounds")).isEqualTo("£6,969,000");
        assertThat(MeasureFigures.value(new BigDecimal("12.25"), "days")).isEqualTo("12.3 days");
        assertThat(MeasureFigures.value(new BigDecimal("8123"), "number")).isEqualTo("8,123");
    }

    @Test
    void eachRowHasItsMonthInWordsItsValueAndItsPointTypeInWords() {
        MeasurePerformance measure = aMeasurePerformance()
                .withSeries(List.of(
                        point("2015-01", "846.0", "common_cause", false),
                        point("2015-02", "1020.0", "special_cause_concern", false),
                        point("2015-03", "700", "special_cause_neutral_low", false)))
                .build();

        assertThat(DataTableRow.of(measure))
                .containsExactly(
                        new DataTableRow("January 2015", "846", false, "Common cause"),
                        new DataTableRow("February 2015", "1,020", false, "Special cause concern"),
                        new DataTableRow("March 2015", "700", false, "Special cause, neither better nor worse (low)"));
    }

    @Test
    void aProvisionalMonthIsMarkedAndNotJudged() {
        MeasurePerformance measure = aMeasurePerformance()
                .withUnit("percent")
                .withSeries(
                        List.of(point("2014-12", "10.2", "common_cause", false), point("2015-01", "9.4", null, true)))
                .build();

        assertThat(DataTableRow.of(measure))
                .containsExactly(
                        new DataTableRow("December 2014", "10.2%", false, "Common cause"),
                        new DataTableRow("January 2015", "9.4%", true, "Not judged: provisional"));
    }

    @Test
    void theValueHeadingNamesWhatIsCountedAndTheUnit() {
        assertThat(MeasureFigures.axisLabel(aMeasurePerformance().build())).isEqualTo("Crimes per month");
        assertThat(MeasureFigures.axisLabel(aMeasurePerformance()
                        .withIndicatorName("Anti-social behaviour")
                        .build()))
                .isEqualTo("Incidents per month");
        assertThat(MeasureFigures.axisLabel(aMeasurePerformance()
                        .withUnit("percent")
                        .withPoliceData(false)
                        .build()))
                .isEqualTo("Percentage (%)");
    }
}
