package org.oversight.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.oversight.performance.indicator.Indicator;
import org.oversight.performance.indicator.IndicatorCatalogue;
import org.oversight.performance.indicator.IndicatorCatalogueInvalid;

/** The indicator catalogue is read and checked at start-up. */
class IndicatorCatalogueTest {

    @Test
    void linksBurglaryOfThe2014PlanToTheDataPoliceUkBurglaryCount() {
        IndicatorCatalogue catalogue = new IndicatorCatalogue();

        Indicator burglary = catalogue
                .link("wm-police-and-crime-plan", "2014-15", "4.6-m3")
                .orElseThrow()
                .indicator();
        assertThat(burglary.source())
                .isEqualTo(new Indicator.StreetCount(java.util.List.of("Burglary"), java.util.List.of()));
        assertThat(catalogue
                        .link("wm-police-and-crime-plan", "2014-15", "4.6-m5")
                        .orElseThrow()
                        .indicator()
                        .source())
                .as("public place violence is not a data.police.uk category")
                .isInstanceOf(Indicator.ObservationSeries.class);
    }

    @Test
    void refusesAnUnknownCrimeTypeNamingTheIndicator() {
        assertThatThrownBy(
                        () -> IndicatorCatalogue.of(
                                """
                        force: west-midlands
                        positiveOutcomes: [Offender fined]
                        indicators:
                          - {code: bad, name: Bad, unit: count, aggregation: sum,
                             source: {kind: police-street-count, crimeTypes: [Business crime]}}
                        links: []
                        """))
                .isInstanceOf(IndicatorCatalogueInvalid.class)
                .hasMessageContaining("indicator 'bad'")
                .hasMessageContaining("'Business crime' is not a data.police.uk crime type");
    }

    @Test
    void refusesALinkToAnUnknownIndicator() {
        assertThatThrownBy(
                        () -> IndicatorCatalogue.of(
                                """
                        force: west-midlands
                        positiveOutcomes: [Offender fined]
                        indicators: []
                        links:
                          - {plan: p, version: v, measures: {m1: nothing}}
                        """))
                .isInstanceOf(IndicatorCatalogueInvalid.class)
                .hasMessageContaining("measure 'm1' names unknown indicator 'nothing'");
    }
}
