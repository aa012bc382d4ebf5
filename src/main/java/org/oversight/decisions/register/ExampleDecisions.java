package org.oversight.decisions.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the example decisions (the 29 decisions of 2018/19 listed in the seed annual report; see
 * {@code decisions/examples/README.md}) into an empty register once the application is ready, with
 * the example plans, labelled as example data.
 */
@Component
@ConditionalOnProperty(name = "oversight.seed.example-plans", havingValue = "true", matchIfMissing = true)
class ExampleDecisions {

    private static final Logger log = LoggerFactory.getLogger(ExampleDecisions.class);
    static final String FILE = "decisions-2018-19.csv";

    private final DecisionRegister register;

    ExampleDecisions(DecisionRegister register) {
        this.register = register;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void load() {
        if (!register.isEmpty()) {
            return;
        }
        try (InputStream input = ExampleDecisions.class.getResourceAsStream("/decisions/examples/" + FILE)) {
            int loaded = register.importFile(FILE, input.readAllBytes(), true, "example-data")
                    .size();
            log.info("event=example_decisions_loaded decisions={}", loaded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
