package org.oversight.platform.cli;

import java.util.Arrays;
import org.oversight.platform.CommandLineLauncher;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Leaves Spring Boot Actuator's auto-configuration (the health endpoint, metrics: some 900 classes)
 * out of a command run by {@code ./oversight}, which serves no endpoint: with it, every database
 * command took about 0.8 s more CPU. The web application is not affected.
 */
public final class CommandLineAutoConfigurationFilter implements AutoConfigurationImportFilter, EnvironmentAware {

    private static final String ACTUATOR = "org.springframework.boot.actuate.autoconfigure.";

    private boolean commandLine;

    @Override
    public void setEnvironment(Environment environment) {
        commandLine = environment.acceptsProfiles(Profiles.of(CommandLineLauncher.PROFILE));
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] match = new boolean[autoConfigurationClasses.length];
        Arrays.fill(match, true);
        if (commandLine) {
            for (int i = 0; i < autoConfigurationClasses.length; i++) {
                String name = autoConfigurationClasses[i];
                match[i] = name == null || !name.startsWith(ACTUATOR);
            }
        }
        return match;
    }
}
