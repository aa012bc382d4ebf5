package org.oversight.performance.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    private final IndicatorCatalogue catalogue;

    ExampleIndicators(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
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
    }
}
