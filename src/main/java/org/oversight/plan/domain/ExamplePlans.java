package org.oversight.plan.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.oversight.plan.ExamplePlansLoaded;
import org.oversight.plan.file.PlanFileReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the example plans shipped with Oversight (built from the published documents of one office) into
 * an empty register on start-up, through the same importer as any plan file.
 */
@Component
@ConditionalOnProperty(name = "oversight.seed.example-plans", havingValue = "true", matchIfMissing = true)
class ExamplePlans implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ExamplePlans.class);
    static final String LOCATION = "classpath:/plan/examples/*.yaml";

    private final PlanRegister register;
    private final ApplicationEventPublisher events;

    ExamplePlans(PlanRegister register, ApplicationEventPublisher events) {
        this.register = register;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!register.isEmpty()) {
            return;
        }
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            List<String> keys = new ArrayList<>();
            for (Resource file : files) {
                try (InputStream input = file.getInputStream()) {
                    var result =
                            register.importPlan(new PlanFileReader().read(file.getFilename(), input), "example-plans");
                    log.info(
                            "event=example_plan_loaded plan={} versions={}",
                            result.planKey(),
                            result.versions().size());
                    keys.add(result.planKey());
                }
            }
            events.publishEvent(new ExamplePlansLoaded(keys));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the example plans", e);
        }
    }
}
