package org.oversight.policedata.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The demonstration data cover the 2021-25 plan's term and its 2019/20 baselines as well as the
 * 2014-15 plan's years, each period with levels of its own time.
 */
class DemonstrationPeriodsTest {

    @Test
    @SuppressWarnings("unchecked")
    void aFirstStartLoadsApril2019ToMarch2025ThenApril2012ToMarch2015() throws IOException {
        try (InputStream input = getClass().getResourceAsStream("/application.yml")) {
            Map<String, Object> settings = new Yaml().load(input);
            Map<String, Object> seed =
                    (Map<String, Object>) ((Map<String, Object>) settings.get("oversight")).get("seed");
            assertThat(seed.get("demonstration-periods")).isEqualTo("2019-04..2025-03,2012-04..2015-03");
        }
    }

    @Test
    void aPeriodIsReadFromItsFirstAndLastMonths() {
        DemonstrationSeed.Period period = DemonstrationSeed.Period.parse("2019-04..2025-03");

        assertThat(period.first()).isEqualTo(YearMonth.of(2019, 4));
        assertThat(period.months()).isEqualTo(72);
    }

    @Test
    void theEarlierPeriodKeepsItsSeedSoItsFilesNeverChange() {
        assertThat(DemonstrationSeed.Period.parse("2012-04..2015-03").seed()).isEqualTo(2014L);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> DemonstrationSeed.Period.parse("2015-03..2012-04"))
                .hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> DemonstrationSeed.Period.parse("2019"))
                .hasMessageContaining("written 2019-04..2025-03");
    }

    @Test
    void laterMonthsHaveTheLaterLevelsMoreViolenceAndLessAntiSocialBehaviour() {
        YearMonth before = YearMonth.of(2015, 3);
        YearMonth after = YearMonth.of(2019, 3);
        YearMonth later = YearMonth.of(2019, 4);

        assertThat(CrimeType.VIOLENCE_AND_SEXUAL_OFFENCES.expectedCount(later))
                .isGreaterThan(2 * CrimeType.VIOLENCE_AND_SEXUAL_OFFENCES.expectedCount(before));
        assertThat(CrimeType.ANTI_SOCIAL_BEHAVIOUR.expectedCount(later))
                .isLessThan(CrimeType.ANTI_SOCIAL_BEHAVIOUR.expectedCount(before));
        assertThat(CrimeType.SHOPLIFTING.expectedCount(YearMonth.of(2025, 3)))
                .as("shoplifting rises year on year in the later period")
                .isGreaterThan(CrimeType.SHOPLIFTING.expectedCount(after));
        assertThat(StopSearches.expectedCount(later)).isGreaterThan(1000);
    }
}
