package org.oversight.platform.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code ./oversight --version} prints: the version Maven built, from the
 * {@code META-INF/build-info.properties} the build writes (so it never falls behind the pom).
 */
public class OversightVersion implements IVersionProvider {

    static final String BUILD_INFO = "META-INF/build-info.properties";

    @Override
    public String[] getVersion() throws IOException {
        return new String[] {"Oversight " + version()};
    }

    static String version() throws IOException {
        try (InputStream in = OversightVersion.class.getClassLoader().getResourceAsStream(BUILD_INFO)) {
            if (in == null) {
                return "(version unknown: " + BUILD_INFO + " is missing; build with ./mvnw package)";
            }
            Properties info = new Properties();
            info.load(in);
            return info.getProperty("build.version", "(version unknown)");
        }
    }
}
