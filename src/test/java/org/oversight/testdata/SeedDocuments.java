package org.oversight.testdata;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one place that says where the seed documents (the users' own words) are looked for: beside
 * the clone, or where {@code -Doversight.shared-dir} says. The checks that compare example data with
 * them skip, saying where they looked, when they are absent, so a plain clone passes.
 */
public final class SeedDocuments {

    private SeedDocuments() {}

    /** The folder of the seed documents; skips the calling test when it is not there. */
    public static Path folder() {
        Path seeds = Path.of(System.getProperty("oversight.shared-dir", "../shared"), "seeds");
        assumeTrue(
                Files.isDirectory(seeds),
                "skipped: the seed documents are not in this clone (looked in "
                        + seeds.toAbsolutePath().normalize()
                        + "; set -Doversight.shared-dir to the folder that holds seeds/)");
        return seeds;
    }
}
