package org.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A plain clone must pass {@code ./mvnw verify}: no test, document or build file may need anything
 * outside the repository. Only the one place that says where the seed documents are
 * ({@code SeedDocuments}) looks outside, and the checks that use it skip when they are absent.
 */
class SelfContainedTest {

    private static final String OUTSIDE = "../" + "shared";
    private static final Path SEED_CHECK = Path.of("src/test/java/org/oversight/testdata/SeedDocuments.java");

    @Test
    void nothingButTheSeedCheckReadsOutsideTheRepository() throws IOException {
        List<Path> roots = List.of(Path.of("src"), Path.of("docs"), Path.of("README.md"), Path.of("pom.xml"));
        List<String> offenders;
        try (Stream<Path> files = roots.stream().flatMap(SelfContainedTest::walk)) {
            offenders = files.filter(Files::isRegularFile)
                    .filter(file -> !file.equals(SEED_CHECK))
                    .filter(file -> read(file).contains(OUTSIDE))
                    .map(Path::toString)
                    .toList();
        }
        assertThat(offenders).as("files that point outside the repository").isEmpty();
    }

    @Test
    void theRealSamplesAndReferenceDataTheTestsReadAreInTheRepositoryWithTheirSources() {
        assertThat(Path.of("src/test/resources/realdata/SOURCES.md")).content().contains("Open Government Licence");
        assertThat(Path.of("src/test/resources/realdata/2024-04-wiltshire-stop-and-search.csv"))
                .exists();
        assertThat(Path.of("src/test/resources/reference/census2021-ethnicity-west-midlands-force.csv"))
                .exists();
        assertThat(Path.of("src/test/resources/reference/SOURCES.md")).content().contains("VisionofBritain");
    }

    private static Stream<Path> walk(Path root) {
        try {
            return Files.isDirectory(root) ? Files.walk(root).toList().stream() : Stream.of(root);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
