package org.oversight.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void financialYearRunsFromAprilToMarch() {
        ReportingPeriod year = ReportingPeriod.parse("2014/15");
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2014, 4, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2015, 3, 31));
        assertThat(year.code()).isEqualTo("2014/15");
    }

    @Test
    void financialYearAcrossACenturyIsWrittenWithTwoDigits() {
        assertThat(FinancialYear.parse("1999/00").toString()).isEqualTo("1999/00");
        assertThat(new FinancialYear(2009).toString()).isEqualTo("2009/10");
    }

    @Test
    void refusesAFinancialYearWhoseSecondHalfDoesNotFollowTheFirst() {
        assertThatThrownBy(() -> ReportingPeriod.parse("2014/16"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16 does not follow 2014");
    }

    @Test
    void firstFinancialQuarterIsAprilToJune() {
        ReportingPeriod q1 = ReportingPeriod.parse("2014/15 Q1");
        assertThat(q1.firstDay()).isEqualTo(LocalDate.of(2014, 4, 1));
        assertThat(q1.lastDay()).isEqualTo(LocalDate.of(2014, 6, 30));
        ReportingPeriod q4 = ReportingPeriod.parse("2014/15 Q4");
        assertThat(q4.firstDay()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(q4.lastDay()).isEqualTo(LocalDate.of(2015, 3, 31));
        assertThat(q4.words()).isEqualTo("Q4 2014/15");
    }

    @Test
    void readsMonthsCalendarYearsAndDays() {
        assertThat(ReportingPeriod.parse("2024-02").lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(ReportingPeriod.parse("2024-02").words()).isEqualTo("February 2024");
        assertThat(ReportingPeriod.parse("2019").lastDay()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(ReportingPeriod.parse("2023-03-31").words()).isEqualTo("31 March 2023");
    }

    @Test
    void refusesTextThatIsNoPeriod() {
        assertThatThrownBy(() -> ReportingPeriod.parse("last year")).hasMessageContaining("is not a period");
        assertThatThrownBy(() -> ReportingPeriod.parse("2024-13")).hasMessageContaining("not a real date or month");
    }

    @Test
    void aMonthBelongsToTheFinancialYearThatContainsIt() {
        assertThat(FinancialYear.containing(YearMonth.of(2015, 3))).isEqualTo(new FinancialYear(2014));
        assertThat(FinancialYear.containing(YearMonth.of(2015, 4))).isEqualTo(new FinancialYear(2015));
    }
}
