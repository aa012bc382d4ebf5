package org.oversight.performance.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.performance.period.MonthlyFigures.month;
import static org.oversight.performance.period.MonthlyFigures.monthly;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonthlySeriesTest {

    private static final MonthRange APRIL_TO_JUNE_2014 = new MonthRange(month("2014-04"), month("2014-06"));

    @Test
    void sumsTheMonthsOfAPeriod() {
        MonthlySeries burglary = monthly("2014-04", 700, 650, 720, 690);

        PeriodValue total = burglary.sum(APRIL_TO_JUNE_2014);

        assertThat(total.isKnown()).isTrue();
        assertThat(total.value()).isEqualByComparingTo("2070");
        assertThat(total.months()).isEqualTo(APRIL_TO_JUNE_2014);
    }

    @Test
    void aMissingMonthIsMissingNotZeroSoTheSumIsNotKnown() {
        MonthlySeries burglary = monthly("2014-04", 700, 650, 720).without(month("2014-05"));

        PeriodValue total = burglary.sum(APRIL_TO_JUNE_2014);

        assertThat(total.isKnown()).isFalse();
        assertThat(total.value()).isNull();
        assertThat(total.missingMonths()).containsExactly(month("2014-05"));
        assertThat(total.reason()).isEqualTo("there are no figures for May 2014");
    }

    @Test
    void aSeriesIsImmutable() {
        MonthlySeries original = monthly("2014-04", 700);
        MonthlySeries changed = original.with(month("2014-05"), BigDecimal.TEN);

        assertThat(original.size()).isEqualTo(1);
        assertThat(changed.size()).isEqualTo(2);
        assertThatThrownBy(() -> original.values().put(month("2014-06"), BigDecimal.ONE))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aChangeToTheMapItWasBuiltFromDoesNotReachTheSeries() {
        Map<YearMonth, BigDecimal> values = new HashMap<>();
        values.put(month("2014-04"), BigDecimal.ONE);
        MonthlySeries series = MonthlySeries.of(values);

        values.put(month("2014-05"), BigDecimal.TEN);

        assertThat(series.hasFigureFor(month("2014-05"))).isFalse();
    }

    @Test
    void findsTheLastMonthWithAFigureInAPeriod() {
        MonthlySeries officers = monthly("2019-03", 6500).with(month("2019-09"), BigDecimal.valueOf(6600));

        assertThat(officers.lastMonthWithFigure(new MonthRange(month("2019-01"), month("2019-12"))))
                .contains(month("2019-09"));
        assertThat(officers.lastMonthWithFigure(new MonthRange(month("2020-01"), month("2020-12"))))
                .isEmpty();
    }

    @Test
    void refusesAMonthWithoutAValue() {
        Map<YearMonth, BigDecimal> values = new HashMap<>();
        values.put(month("2014-04"), null);

        assertThatThrownBy(() -> MonthlySeries.of(values)).isInstanceOf(NullPointerException.class);
    }
}
