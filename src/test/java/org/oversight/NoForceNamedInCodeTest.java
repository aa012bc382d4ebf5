package org.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Oversight serves any force: nothing in its code, pages or settings names the example force. Only
 * the example data (the example plans, indicators and force, and the demonstration data generator)
 * and the reference list of every data.police.uk force may.
 */
class NoForceNamedInCodeTest {

    private static final Pattern EXAMPLE_FORCE =
            Pattern.compile("west[ -_]?midlands|birmingham|\\bwmp\\b|\\bwmpcc\\b", Pattern.CASE_INSENSITIVE);

    /** Example data, each for a stated reason. */
    private static final List<String> EXAMPLE_DATA = List.of(
            "src/main/java/org/oversight/policedata/demo/", // the demonstration data generator
            "src/main/resources/plan/examples/", // the example plans
            "src/main/resources/performance/examples/", // the example indicators
            "src/main/resources/force/examples/", // the example force
            "src/main/resources/updates/examples/", // the example reporting cycle (seed 001's board report)
            "src/main/resources/board/examples/", // the example Board meeting (seed 001) and action plans (seed 000)
            "src/main/resources/finance/examples/", // the example budgets and grants (seeds 000 and 004)
            "src/main/resources/decisions/examples/", // the example decisions register (seed 004)
            "src/main/java/org/oversight/finance/example/", // names the seed documents the examples come from
            "src/main/resources/force/data-police-uk-forces.csv"); // every force data.police.uk publishes

    @Test
    void noCodePageOrSettingNamesTheExampleForce() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/main/resources"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String path = file.toString().replace('\\', '/');
                    if (EXAMPLE_DATA.stream().anyMatch(path::startsWith) || !isText(path)) {
                        continue;
                    }
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        if (EXAMPLE_FORCE.matcher(lines.get(i)).find()) {
                            found.add(path + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }

        assertThat(found)
                .as("lines naming the example force outside the example data")
                .isEmpty();
    }

    @Test
    void theCheckFindsTheExampleForceWhereverItIsWritten() {
        assertThat(List.of("West Midlands Police", "west-midlands", "WEST MIDLANDS", "Birmingham 001A"))
                .allMatch(text -> EXAMPLE_FORCE.matcher(text).find());
        assertThat(EXAMPLE_FORCE.matcher("Wiltshire Police").find()).isFalse();
    }

    private static boolean isText(String path) {
        return Stream.of(
                        ".java", ".html", ".yml", ".yaml", ".sql", ".json", ".js", ".css", ".md", ".csv", ".xml",
                        ".txt")
                .anyMatch(path::endsWith);
    }
}
