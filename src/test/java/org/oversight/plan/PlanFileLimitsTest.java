package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oversight.plan.file.PlanFileException;
import org.oversight.plan.file.PlanFileLimits;
import org.oversight.plan.file.PlanFileProblem;
import org.oversight.plan.file.PlanFileReader;

/** No plan file can exhaust the memory or time of the application that reads it (ADR 0010). */
class PlanFileLimitsTest {

    /**
     * Twelve levels of four aliases each (48 aliases, under SnakeYAML's limit of 50): 407 bytes that
     * stand for 4^13 = 67 million values, which filled the heap and left the server deaf.
     */
    static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("format: oversight-plan/1\na0: &a0 [x, x, x, x]\n");
        for (int level = 1; level <= 12; level++) {
            String previous = "*a" + (level - 1);
            yaml.append("a")
                    .append(level)
                    .append(": &a")
                    .append(level)
                    .append(" [")
                    .append(String.join(", ", List.of(previous, previous, previous, previous)))
                    .append("]\n");
        }
        return yaml.toString();
    }

    static final String RECURSIVE_ANCHOR =
            """
            format: oversight-plan/1
            plan: &plan
              key: looped
              title: A plan that contains itself
              itself: *plan
            """;

    private static PlanFileException refused(String yaml) {
        return refused(new PlanFileReader(), yaml);
    }

    private static PlanFileException refused(PlanFileReader reader, String yaml) {
        PlanFileException refused = catchThrowableOfType(
                PlanFileException.class,
                () -> reader.read("plan.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
        assertThat(refused).as("the file is refused").isNotNull();
        return refused;
    }

    private static PlanFileProblem only(PlanFileException refused) {
        assertThat(refused.problems()).hasSize(1);
        return refused.problems().get(0);
    }

    private static Duration timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Test
    void refusesTwelveLevelsOfFourAliasesInUnderASecondSayingWhereTheRepetitionIs() {
        String bomb = aliasBomb();
        assertThat(bomb.length()).isLessThan(500);

        PlanFileException[] refused = new PlanFileException[1];
        Duration took = timed(() -> refused[0] = refused(bomb));

        assertThat(took).isLessThan(Duration.ofSeconds(1));
        PlanFileProblem problem = only(refused[0]);
        assertThat(problem.message())
                .contains("with its aliases expanded, the document passes 50,000 values here")
                .contains("Write repeated parts out");
        // a7 (line 9) is the first level past 50,000: the count passes it at its third alias of a6 (line 8).
        assertThat(problem.line()).isEqualTo(8);
        assertThat(problem.field()).isEqualTo("a7[2]");
    }

    @Test
    void refusesADocumentWrittenWithMoreThanFiftyThousandValuesBeforeKeepingThem() {
        StringBuilder yaml = new StringBuilder("format: oversight-plan/1\nvalues:\n");
        for (int i = 0; i < 50_001; i++) {
            yaml.append("  - ").append(i).append('\n');
        }

        PlanFileProblem problem = only(refused(yaml.toString()));

        assertThat(problem.message())
                .isEqualTo("the document passes 50,000 values here; a plan file may hold at most 50,000. Import its"
                        + " versions from separate files");
        // The 50,001st value (the root, two keys, a value and the list come first) is item 49,995.
        assertThat(problem.line()).isEqualTo(49_998);
        assertThat(problem.column()).isEqualTo(5);
    }

    @Test
    void refusesARecursiveAnchorInsteadOfRecursingUntilTheStackRunsOut() {
        PlanFileProblem problem = only(refused(RECURSIVE_ANCHOR));

        assertThat(problem.field()).isEqualTo("plan.itself");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message()).contains("contains an alias of itself (a recursive anchor)");
    }

    @Test
    void refusesATenMegabyteTitleAtOnceBecauseTheFileIsTooLarge() {
        String title = "x".repeat(10 * 1024 * 1024);
        String yaml = "format: oversight-plan/1\nplan:\n  key: k\n  title: " + title + "\n";

        PlanFileException[] refused = new PlanFileException[1];
        Duration took = timed(() -> refused[0] = refused(yaml));

        assertThat(took).isLessThan(Duration.ofSeconds(1));
        assertThat(only(refused[0]).message()).isEqualTo("the file is larger than 2 MB, the most a plan file may be");
    }

    @Test
    void refusesAWordLongerThanTenThousandCharactersBeforeParsingWithItsLineAndColumn() {
        // 1.5 MB without a space: the parser alone took about two seconds, growing with the square of the length.
        String yaml = "format: oversight-plan/1\nplan:\n  key: k\n  title: " + "x".repeat(1_500_000) + "\n";

        PlanFileException[] refused = new PlanFileException[1];
        Duration took = timed(() -> refused[0] = refused(yaml));

        assertThat(took).isLessThan(Duration.ofSeconds(1));
        PlanFileProblem problem = only(refused[0]);
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isEqualTo(10);
        assertThat(problem.message()).startsWith("more than 10,000 characters without a space or line break");
    }

    @Test
    void refusesAValueLongerThanOneHundredThousandCharactersWithItsField() {
        String title = "word ".repeat(30_000).strip();
        String yaml = "format: oversight-plan/1\nplan:\n  key: k\n  title: " + title + "\n";

        PlanFileProblem problem = only(refused(yaml));

        assertThat(problem.field()).isEqualTo("plan.title");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.message())
                .isEqualTo("this value is 149,999 characters long; a plan file's values may be" + " at most 100,000");
    }

    @Test
    void refusesValuesNestedDeeperThanThirtyLevelsThroughAliases() {
        // Each level is written once, nested two deep; the aliases make it 40 deep once expanded.
        StringBuilder yaml = new StringBuilder("format: oversight-plan/1\nl0: &l0 [x]\n");
        for (int level = 1; level <= 20; level++) {
            yaml.append("l")
                    .append(level)
                    .append(": &l")
                    .append(level)
                    .append(" [[*l")
                    .append(level - 1)
                    .append("]]\n");
        }

        PlanFileProblem problem = only(refused(yaml.toString()));

        assertThat(problem.message()).contains("nested more than 30 levels deep here (aliases included)");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "wm-police-and-crime-plan-2014-15.yaml",
                "wm-police-and-crime-plan-2021-2025.yaml",
                "wm-strategic-policing-plan-2008-2011.yaml"
            })
    void everyExamplePlanFitsLimitsAnEighthOfTheDefaults(String example) throws IOException {
        PlanFileLimits defaults = PlanFileLimits.DEFAULT;
        PlanFileLimits eighth = new PlanFileLimits(
                defaults.maxBytes() / 8,
                defaults.maxWordLength() / 8,
                defaults.maxTextLength() / 8,
                defaults.maxValues() / 8,
                defaults.maxDepth() / 2);
        try (InputStream input = getClass().getResourceAsStream("/plan/examples/" + example)) {
            assertThat(new PlanFileReader(eighth).read(example, input).versions())
                    .isNotEmpty();
        }
    }
}
