package org.oversight.board.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The year-to-date comparison, worked by hand on small series. */
class YearToDateTest {

    private static Map<YearMonth, BigDecimal> months(String first, int... values) {
        Map<YearMonth, BigDecimal> map = new HashMap<>();
        YearMonth month = YearMonth.parse(first);
        for (int value : values) {
            map.put(month, BigDecimal.valueOf(value));
            month = month.plusMonths(1);
        }
        return map;
    }

    @Test
    void comparesTheFinancialYearToDateWithTheSameMonthsAYearEarlierAsTheBoardWordsIt() {
        // April–June 2013: 100 + 200 + 300 = 600; April–June 2014: 150 + 200 + 301 = 651: +51, +8.5%.
        Map<YearMonth, BigDecimal> values = months("2013-04", 100, 200, 300);
        values.putAll(months("2014-04", 150, 200, 301));

        YearToDate.Comparison comparison = YearToDate.compare(values, YearMonth.of(2014, 6));

        assertThat(comparison.change()).isEqualByComparingTo("51");
        assertThat(comparison.percentChange()).isEqualByComparingTo("8.5");
        assertThat(comparison.words())
                .isEqualTo("Year to date (April–June 2014): 651 against 600 in April–June 2013, +8.5% or 51 more.");
    }

    @Test
    void aFallIsWordedAsFewerWithTheMinusSign() {
        // 2,000 → 1,958: -42, -2.1%.
        Map<YearMonth, BigDecimal> values = months("2013-04", 2000);
        values.putAll(months("2014-04", 1958));

        assertThat(YearToDate.compare(values, YearMonth.of(2014, 4)).words())
                .isEqualTo("Year to date (April 2014): 1,958 against 2,000 in April 2013, -2.1% or 42 fewer.");
    }

    @Test
    void aYearToDateInJanuaryRunsFromTheAprilBefore() {
        Map<YearMonth, BigDecimal> values = months("2013-04", 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        values.putAll(months("2014-04", 2, 2, 2, 2, 2, 2, 2, 2, 2, 2));

        assertThat(YearToDate.compare(values, YearMonth.of(2015, 1)).words())
                .startsWith("Year to date (April 2014–January 2015): 20 against 10 in April 2013–January 2014,"
                        + " +100.0% or 10 more.");
    }

    @Test
    void aMissingMonthInEitherYearMeansNoComparisonAndNamesTheMonth() {
        Map<YearMonth, BigDecimal> values = months("2013-04", 100, 200);
        values.putAll(months("2014-04", 150, 200));
        values.remove(YearMonth.of(2013, 5));

        YearToDate.Comparison comparison = YearToDate.compare(values, YearMonth.of(2014, 5));

        assertThat(comparison.change()).isNull();
        assertThat(comparison.words())
                .isEqualTo("Year to date (April–May 2014): not compared with April–May 2013 because there are no"
                        + " figures for May 2013.");
    }

    @Test
    void noPercentageIsGivenAgainstZero() {
        Map<YearMonth, BigDecimal> values = months("2013-04", 0);
        values.putAll(months("2014-04", 4));

        YearToDate.Comparison comparison = YearToDate.compare(values, YearMonth.of(2014, 4));

        assertThat(comparison.percentChange()).isNull();
        assertThat(comparison.words()).isEqualTo("Year to date (April 2014): 4 against 0 in April 2013, 4 more.");
    }

    @Test
    void onlyCountsAreComparedHere() {
        assertThat(YearToDate.of(
                        MeasureBuilder.aCount()
                                .unit("percent")
                                .values("2013-04", 1, 2)
                                .build(),
                        YearMonth.of(2014, 4)))
                .isEmpty();
        assertThat(YearToDate.of(MeasureBuilder.aCount().values("2013-04", 5).build(), YearMonth.of(2013, 4)))
                .get()
                .extracting(YearToDate.Comparison::change)
                .isNull();
    }
}
