package org.oversight.performance.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.performance.period.MonthlyFigures.month;

import org.junit.jupiter.api.Test;
import org.oversight.shared.FinancialYear;
import org.oversight.shared.ReportingPeriod;

class MonthRangeTest {

    @Test
    void saysARunWithinOneYearAsItsMonthsAndTheYear() {
        assertThat(new MonthRange(month("2014-04"), month("2014-10")).words()).isEqualTo("April–October 2014");
    }

    @Test
    void saysARunAcrossTwoYearsWithBothYears() {
        assertThat(new MonthRange(month("2013-11"), month("2014-10")).words()).isEqualTo("November 2013–October 2014");
    }

    @Test
    void saysASingleMonthOnItsOwn() {
        assertThat(MonthRange.of(month("2014-10")).words()).isEqualTo("October 2014");
    }

    @Test
    void theFinancialYearToDateStartsInApril() {
        assertThat(MonthRange.financialYearToDate(month("2015-02")))
                .isEqualTo(new MonthRange(month("2014-04"), month("2015-02")));
        assertThat(MonthRange.financialYearToDate(month("2014-04"))).isEqualTo(MonthRange.of(month("2014-04")));
    }

    @Test
    void financialQuartersRunFromAprilSoJanuaryIsInTheFourth() {
        assertThat(MonthRange.financialQuarterContaining(month("2014-05")))
                .isEqualTo(new MonthRange(month("2014-04"), month("2014-06")));
        assertThat(MonthRange.financialQuarterContaining(month("2015-01")))
                .isEqualTo(new MonthRange(month("2015-01"), month("2015-03")));
    }

    @Test
    void readsEachKindOfReportingPeriodAsTheMonthsItCovers() {
        assertThat(MonthRange.of(ReportingPeriod.parse("2014/15")))
                .isEqualTo(new MonthRange(month("2014-04"), month("2015-03")));
        assertThat(MonthRange.of(ReportingPeriod.parse("2014/15 Q3")))
                .isEqualTo(new MonthRange(month("2014-10"), month("2014-12")));
        assertThat(MonthRange.of(ReportingPeriod.parse("2019")))
                .isEqualTo(new MonthRange(month("2019-01"), month("2019-12")));
        assertThat(MonthRange.of(ReportingPeriod.parse("2023-03-31"))).isEqualTo(MonthRange.of(month("2023-03")));
        assertThat(MonthRange.of(new FinancialYear(2013)).size()).isEqualTo(12);
    }

    @Test
    void theSameMonthsAYearEarlierAreTwelveMonthsBack() {
        assertThat(new MonthRange(month("2014-04"), month("2014-10")).minusYears(1))
                .isEqualTo(new MonthRange(month("2013-04"), month("2013-10")));
    }

    @Test
    void knowsWhichMonthsItContains() {
        MonthRange range = new MonthRange(month("2014-04"), month("2014-10"));
        assertThat(range.contains(month("2014-04"))).isTrue();
        assertThat(range.contains(month("2014-11"))).isFalse();
        assertThat(range.contains(new MonthRange(month("2014-05"), month("2014-06"))))
                .isTrue();
        assertThat(range.months()).hasSize(7).startsWith(month("2014-04")).endsWith(month("2014-10"));
    }

    @Test
    void refusesARangeThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new MonthRange(month("2014-10"), month("2014-04")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot end");
    }
}
