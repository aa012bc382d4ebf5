package org.oversight.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversight.performance.indicator.Indicator;
import org.oversight.performance.indicator.IndicatorCatalogue;
import org.oversight.performance.period.CountSeries;
import org.oversight.performance.period.MonthRange;
import org.oversight.policedata.Area;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Street crimes per 1,000 residents from population reference data. */
@SpringBootTest(properties = "oversight.seed.demonstration-data=true")
class PopulationRateTest {

    private static final YearMonth JANUARY = YearMonth.of(2024, 1);
    private static final YearMonth FEBRUARY = YearMonth.of(2024, 2);

    @Autowired
    PerformanceApi performance;

    @Autowired
    Population population;

    @Autowired
    org.oversight.performance.measure.SeriesReader series;

    @Autowired
    IndicatorCatalogue catalogue;

    @Test
    void fiveHundredCrimesAmongAQuarterOfAMillionResidentsIsTwoPerThousand() {
        CountSeries rates = new CountSeries(org.oversight.performance.measure.SeriesReader.ratePerThousand(
                Map.of(JANUARY, 500L, FEBRUARY, 125L), 250_000L));

        assertThat(rates.over(MonthRange.of(JANUARY)).value()).isEqualByComparingTo("2");
        assertThat(rates.over(MonthRange.of(FEBRUARY)).value()).isEqualByComparingTo("0.5");
        assertThat(rates.over(new MonthRange(JANUARY, FEBRUARY)).value()).isEqualByComparingTo("2.5");
    }

    @Test
    void theForceRateIsItsStreetCountTimesAThousandOverItsPopulation() {
        population.importFile(
                "census.csv",
                "area,ethnic_group,population\nWest Midlands force area,All,2919664\n".getBytes(StandardCharsets.UTF_8),
                "Census 2021",
                2021,
                "test");
        Indicator rate = catalogue.find("total-recorded-crime-per-1000").orElseThrow();
        Indicator count = catalogue.find("total-recorded-crime").orElseThrow();
        Area force = performance.area(null);
        YearMonth month = series.read(count, force)
                .lastMonthWithFigure(new MonthRange(YearMonth.of(2000, 1), YearMonth.of(2100, 12)))
                .orElseThrow();

        java.math.BigDecimal crimes =
                series.read(count, force).over(MonthRange.of(month)).value();

        assertThat(series.read(rate, force).over(MonthRange.of(month)).value())
                .isEqualByComparingTo(crimes.multiply(java.math.BigDecimal.valueOf(1000))
                        .divide(java.math.BigDecimal.valueOf(2_919_664L), 10, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void aDistrictWithoutPopulationFiguresHasNoRate() {
        Indicator rate = catalogue.find("total-recorded-crime-per-1000").orElseThrow();

        assertThat(series.read(rate, performance.area("Nowhere district"))
                        .lastMonthWithFigure(new MonthRange(YearMonth.of(2000, 1), YearMonth.of(2100, 12))))
                .isEmpty();
    }
}
