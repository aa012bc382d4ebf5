package org.oversight.performance.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Indicator files are read with every problem's line, column and field, and written so they read back. */
class IndicatorFileTest {

    private static IndicatorFile read(String text) {
        return IndicatorFile.read("indicators.yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<IndicatorFileProblem> problems(String text) {
        try {
            read(text);
        } catch (IndicatorFileRefused e) {
            return e.problems();
        }
        throw new AssertionError("the file was read");
    }

    @Test
    void readsEachIndicatorWithItsChangeNote() {
        IndicatorFile file = read(
                """
                format: oversight-indicators/1
                indicators:
                  - code: burglary
                    name: Burglary
                    note: Dwellings only from now on
                    source: {kind: police-street-count, crimeTypes: [Burglary]}
                """);

        assertThat(file.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.indicator().code()).isEqualTo("burglary");
            assertThat(entry.note()).isEqualTo("Dwellings only from now on");
        });
    }

    @Test
    void everyProblemIsReportedWithItsLineAndField() {
        List<IndicatorFileProblem> problems = problems(
                """
                format: oversight-indicators/1
                indicators:
                  - code: burglary
                    name: Burglary
                    unit: percent
                    source: {kind: police-street-count}
                  - code: robbery
                    source: {kind: nothing-like-it}
                """);

        assertThat(problems)
                .extracting(IndicatorFileProblem::toString)
                .containsExactly(
                        "indicators.yaml:5:5 indicators[0].unit: a police-street-count source gives figures in count, not percent",
                        "indicators.yaml:7:5 indicators[1].name: is required",
                        "indicators.yaml:8:14 indicators[1].source.kind: 'nothing-like-it' is not a kind of source; use one"
                                + " of police-street-count, police-positive-outcome-rate, police-rate-per-1000,"
                                + " stop-and-search-count, stop-and-search-rate, observation");
    }

    @Test
    void anIndicatorDefinedTwiceIsRefusedWhereItIsWrittenAgain() {
        assertThat(
                        problems(
                                """
                        format: oversight-indicators/1
                        indicators:
                          - {code: burglary, name: Burglary, source: {kind: police-street-count}}
                          - {code: burglary, name: Burglary again, source: {kind: police-street-count}}
                        """))
                .extracting(IndicatorFileProblem::toString)
                .containsExactly(
                        "indicators.yaml:4:6 indicators[1].code: indicator 'burglary' is defined twice in the file");
    }

    @Test
    void aFileWithoutItsFormatIsRefused() {
        assertThat(problems("indicators: []\n"))
                .extracting(IndicatorFileProblem::field)
                .containsExactly("format");
    }

    @Test
    void yamlThatCannotBeReadIsRefusedWithItsLine() {
        assertThatThrownBy(() -> read("format: oversight-indicators/1\nindicators: [\n"))
                .isInstanceOf(IndicatorFileRefused.class)
                .hasMessageContaining("indicators.yaml:3")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void aWrittenFileReadsBackTheSame() {
        IndicatorFile file = read(
                """
                format: oversight-indicators/1
                indicators:
                  - {code: section-60, name: "Section 60 searches", source: {kind: stop-and-search-count,
                     searches: {legislation: ["Criminal Justice and Public Order Act 1994 (section 60)"]}}}
                  - {code: confidence, name: Confidence, unit: percent, aggregation: latest, source: {kind: observation}}
                """);
        List<Indicator> indicators =
                file.entries().stream().map(IndicatorFile.Entry::indicator).toList();

        String written = IndicatorFile.write(indicators, "a test");

        assertThat(written).startsWith("# a test\nformat: oversight-indicators/1\n");
        assertThat(read(written).entries().stream().map(IndicatorFile.Entry::indicator))
                .containsExactlyElementsOf(indicators);
    }
}
