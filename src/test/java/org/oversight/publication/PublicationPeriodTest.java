package org.oversight.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PublicationPeriodTest {

    @Test
    void aQuarterIsWrittenAsTheFinancialYearAndItsNumberAndRunsOverItsThreeMonths() {
        PublicationPeriod q2 = PublicationPeriod.parse("2024/25 Q2");

        assertThat(q2.label()).isEqualTo("2024/25 Q2");
        assertThat(q2.slug()).isEqualTo("2024-25-q2");
        assertThat(q2.firstMonth()).isEqualTo(YearMonth.of(2024, 7));
        assertThat(q2.lastMonth()).isEqualTo(YearMonth.of(2024, 9));
        assertThat(q2.words()).isEqualTo("July to September 2024");
    }

    @Test
    void theFourthQuarterIsJanuaryToMarchOfTheYearAfterTheYearStarts() {
        PublicationPeriod q4 = PublicationPeriod.parse("2024/25 Q4");

        assertThat(q4.firstMonth()).isEqualTo(YearMonth.of(2025, 1));
        assertThat(q4.lastMonth()).isEqualTo(YearMonth.of(2025, 3));
    }

    @Test
    void aYearRunsFromAprilToMarchAndReadsBackFromItsSlug() {
        PublicationPeriod year = PublicationPeriod.parse("2024-25");

        assertThat(year.label()).isEqualTo("2024/25");
        assertThat(year.isQuarter()).isFalse();
        assertThat(year.words()).isEqualTo("April 2024 to March 2025");
        assertThat(PublicationPeriod.parse("2024-25-q3").label()).isEqualTo("2024/25 Q3");
    }

    @Test
    void anythingElseIsRefusedSayingWhatToWrite() {
        assertThatThrownBy(() -> PublicationPeriod.parse("2024-09"))
                .isInstanceOf(PublicationRefused.class)
                .hasMessage("period: '2024-09' is not a financial quarter or year: write 2024/25 Q2 or 2024/25");
        assertThatThrownBy(() -> PublicationPeriod.parse("2024/26 Q1"))
                .isInstanceOf(PublicationRefused.class)
                .hasMessageContaining("'2024/26 Q1'");
        assertThatThrownBy(() -> PublicationPeriod.parse("2024/25 Q5")).isInstanceOf(PublicationRefused.class);
    }
}
