package org.oversight;

import org.oversight.platform.CommandLineLauncher;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Oversight: the Police and Crime Plan accountability cycle for the office of a Police and Crime
 * Commissioner. One jar runs the web application (no arguments) and the command line (started by
 * the {@code ./oversight} script, which sets {@code -Doversight.cli=true}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class OversightApplication {

    public static void main(String[] args) {
        if (Boolean.getBoolean("oversight.cli")) {
            System.exit(CommandLineLauncher.run(OversightApplication.class, args));
        }
        SpringApplication.run(OversightApplication.class, args);
    }
}
