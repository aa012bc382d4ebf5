package org.oversight.force.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.oversight.force.ForceApi;
import org.oversight.force.ForceSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Sets the force on the first start, before anything else is loaded: from the settings when they
 * name one, otherwise (when the example plans are loaded) the example force they describe. With
 * neither, no force is set and administrators are asked to set it.
 */
@Component
@Order(-100)
@EnableConfigurationProperties(ForceProperties.class)
class ForceSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ForceSeed.class);
    static final String EXAMPLE = "/force/examples/example-force.yaml";

    private final ForceApi force;
    private final ForceProperties properties;
    private final boolean examples;

    ForceSeed(
            ForceApi force,
            ForceProperties properties,
            @Value("${oversight.seed.example-plans:true}") boolean examples) {
        this.force = force;
        this.properties = properties;
        this.examples = examples;
    }

    @Override
    public void run(ApplicationArguments args) {
        var current = force.current();
        if (current.isPresent()) {
            if (properties.slug() != null
                    && !properties.slug().isBlank()
                    && !properties.slug().equals(current.get().slug())) {
                log.warn(
                        "event=force_setting_ignored setting={} stored={} reason=the force is set in the database;"
                                + " change it on the settings page",
                        properties.slug(),
                        current.get().slug());
            }
            return;
        }
        if (properties.slug() != null && !properties.slug().isBlank()) {
            ForceSettings set = force.configure(
                    properties.slug(),
                    properties.name(),
                    properties.officeName() == null || properties.officeName().isBlank()
                            ? "Office of the Police and Crime Commissioner"
                            : properties.officeName(),
                    "settings");
            log.info("event=force_set_from_settings slug={}", set.slug());
            return;
        }
        if (examples) {
            Map<String, Object> example = example();
            force.configureExampleIfNone(
                    String.valueOf(example.get("slug")),
                    String.valueOf(example.get("name")),
                    String.valueOf(example.get("officeName")),
                    "example-data");
            log.info("event=example_force_set slug={}", example.get("slug"));
        }
    }

    private static Map<String, Object> example() {
        try (InputStream input = ForceSeed.class.getResourceAsStream(EXAMPLE)) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
