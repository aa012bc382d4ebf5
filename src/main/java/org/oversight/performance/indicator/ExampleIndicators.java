package org.oversight.performance.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.oversight.performance.Population;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the example indicators (the series the example plans' measures read) into an empty catalogue
 * on start-up, through the same importer as any indicator file and before the example plans, whose
 * measures name them. Afterwards they are edited like any other indicator.
 */
@Component
@Order(-50)
@ConditionalOnProperty(name = "oversight.seed.example-plans", havingValue = "true", matchIfMissing = true)
class ExampleIndicators implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ExampleIndicators.class);
    static final String FILE = "/performance/examples/indicators.yaml";

    /** The example force area's residents by ethnic group (Census 2021), for rates per 1,000 residents. */
    static final String POPULATION_FILE = "/performance/examples/census2021-ethnicity-example-force-area.csv";

    static final String POPULATION_SOURCE = "Census 2021, four ethnic groups (A Vision of Britain through Time,"
            + " University of Portsmouth: ETHNICITY_4WAY); example data";

    private final IndicatorCatalogue catalogue;
    private final Population population;

    ExampleIndicators(IndicatorCatalogue catalogue, Population population) {
        this.catalogue = catalogue;
        this.population = population;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!catalogue.current().isEmpty()) {
            return;
        }
        try (InputStream input = ExampleIndicators.class.getResourceAsStream(FILE)) {
            if (input == null) {
                throw new IllegalStateException(FILE + " is missing from the application");
            }
            var result = catalogue.importFile("examples/indicators.yaml", input.readAllBytes(), "example-data");
            log.info(
                    "event=example_indicators_loaded indicators={}",
                    result.indicators().size());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the example indicators", e);
        }
        loadPopulation();
    }

    /** With the example indicators, on the same first start: the residents their rates and the stop and search pages read. */
    private void loadPopulation() {
        try (InputStream input = ExampleIndicators.class.getResourceAsStream(POPULATION_FILE)) {
            if (input == null) {
                throw new IllegalStateException(POPULATION_FILE + " is missing from the application");
            }
            population.importFile(
                    "examples/census2021-ethnicity-force-area.csv",
                    input.readAllBytes(),
                    POPULATION_SOURCE,
                    2021,
                    "example-data");
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the example population", e);
        }
    }
}
