package org.oversight.performance.spc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.performance.spc.SpcCases.chart;
import static org.oversight.performance.spc.SpcCases.increase;
import static org.oversight.performance.spc.SpcCases.periods;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Series and options that cannot make a chart are refused with a message that says why. */
class SpcInputTest {

    @Test
    void refusesAnEmptySeries() {
        assertThatThrownBy(() -> Spc.calculate(List.of(), List.of(), increase()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the series is empty");
    }

    @Test
    void refusesASinglePoint() {
        assertThatThrownBy(() -> chart(increase(), 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("single point");
    }

    @Test
    void refusesPeriodsAndValuesOfDifferentLengths() {
        assertThatThrownBy(() -> Spc.calculate(periods(3), List.of(1.0, 2.0), increase()))
                .hasMessage("the series has 3 periods but 2 values");
    }

    @Test
    void refusesValuesThatAreNotFiniteNumbers() {
        assertThatThrownBy(() -> chart(increase(), 1, Double.NaN, 3))
                .hasMessage("the value of point 2 (2023-05) is not a finite number: NaN");
        assertThatThrownBy(() -> chart(increase(), 1, 2, Double.POSITIVE_INFINITY))
                .hasMessageContaining("not a finite number: Infinity");
        assertThatThrownBy(() -> Spc.calculate(periods(2), Arrays.asList(1.0, null), increase()))
                .hasMessage("point 2 (2023-05) has no value");
    }

    @Test
    void refusesBlankAndRepeatedPeriods() {
        assertThatThrownBy(() -> Spc.calculate(List.of("2024-01", " "), List.of(1.0, 2.0), increase()))
                .hasMessage("the period of point 2 is blank");
        assertThatThrownBy(() -> Spc.calculate(List.of("a", "b", "a"), List.of(1.0, 2.0, 3.0), increase()))
                .hasMessage("the period a appears twice (points 1 and 3)");
    }

    @Test
    void refusesToFixTheLimitsAfterMorePointsThanTheSeriesHas() {
        assertThatThrownBy(() -> chart(increase().withFixAfter(12), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11))
                .hasMessage("cannot fix the limits after 12 points: the series has only 11");
        assertThatThrownBy(() -> increase().withFixAfter(1)).hasMessageContaining("at least 12 points");
    }

    @Test
    void refusesRebasePeriodsThatAreNotInTheSeriesOrAtItsStart() {
        assertThatThrownBy(() -> chart(increase().withRebase("2030-01"), 1, 2, 3, 4))
                .hasMessage("the rebase period 2030-01 is not in the series");
        assertThatThrownBy(() -> chart(increase().withRebase("2023-04"), 1, 2, 3, 4))
                .hasMessageContaining("is the first period");
    }

    @Test
    void refusesARebaseThatLeavesASegmentOfOnePoint() {
        assertThatThrownBy(() -> chart(increase().withRebase("2023-07"), 1, 2, 3, 4))
                .hasMessage("the segment starting at 2023-07 has a single point: limits need at least 2 points"
                        + " (one moving range)");
    }

    @Test
    void refusesRunLengthsShorterThanTwoPoints() {
        assertThatThrownBy(() -> increase().withShiftRun(1)).hasMessageContaining("shift run length");
        assertThatThrownBy(() -> increase().withTrendRun(0)).hasMessageContaining("trend run length");
    }

    @Test
    void refusesATargetThatIsNotAFiniteNumberAndAMissingDirection() {
        assertThatThrownBy(() -> increase().withTarget(Double.NaN)).hasMessageContaining("finite number");
        assertThatThrownBy(() -> SpcOptions.of(null)).hasMessageContaining("improvement direction is required");
        assertThatThrownBy(() -> ImprovementDirection.fromCode("up"))
                .hasMessage("the improvement direction must be increase, decrease, neutral, not 'up'");
    }
}
