package org.oversight.testdata;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The real data.police.uk samples and reference data the tests read, from the test classpath
 * ({@code src/test/resources/realdata} and {@code reference}, each with its SOURCES.md and licence),
 * so that a plain clone passes {@code ./mvnw verify}.
 */
public final class TestData {

    private TestData() {}

    /** The folder of real data.police.uk samples. */
    public static Path realData() {
        return folder("realdata");
    }

    /** The folder of reference data (Census 2021 population). */
    public static Path reference() {
        return folder("reference");
    }

    private static Path folder(String name) {
        URL url = TestData.class.getResource("/" + name + "/SOURCES.md");
        if (url == null) {
            throw new IllegalStateException("src/test/resources/" + name + " is missing from the test classpath");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
