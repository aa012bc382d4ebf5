package org.oversight.performance.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversight.performance.period.Aggregation;
import org.oversight.plan.MeasureUnit;
import org.oversight.policedata.StopSearchField;
import org.yaml.snakeyaml.Yaml;

/** An indicator's definition read from the indicator file's words, and written back the same. */
class IndicatorCodecTest {

    private static Map<?, ?> yaml(String text) {
        return new Yaml().load(text);
    }

    private static List<IndicatorProblem> problems(String text) {
        List<IndicatorProblem> problems = new ArrayList<>();
        assertThat(IndicatorCodec.fromMap(yaml(text), 1, problems)).isNull();
        return problems;
    }

    @Test
    void aStreetCountImpliesItsUnitAndAggregation() {
        List<IndicatorProblem> problems = new ArrayList<>();
        Indicator burglary = IndicatorCodec.fromMap(
                yaml("{code: burglary, name: Burglary, source: {kind: police-street-count, crimeTypes: [Burglary]}}"),
                1,
                problems);

        assertThat(problems).isEmpty();
        assertThat(burglary.unit()).isEqualTo(MeasureUnit.COUNT);
        assertThat(burglary.aggregation()).isEqualTo(Aggregation.SUM);
        assertThat(burglary.source()).isEqualTo(new Indicator.StreetCount(List.of("Burglary"), List.of()));
    }

    @Test
    void aCountWrittenInPercentIsRefused() {
        assertThat(
                        problems(
                                "{code: b, name: B, unit: percent, source: {kind: police-street-count, crimeTypes: [Burglary]}}"))
                .containsExactly(new IndicatorProblem(
                        "unit", "a police-street-count source gives figures in count, not percent"));
    }

    @Test
    void anUnknownKindOfSourceIsRefusedListingTheKinds() {
        assertThat(problems("{code: b, name: B, source: {kind: crime-survey}}"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("source.kind");
                    assertThat(p.message()).contains("'crime-survey' is not a kind of source", "stop-and-search-rate");
                });
    }

    @Test
    void aPositiveOutcomeRateMustListItsPositiveOutcomes() {
        assertThat(problems("{code: r, name: R, source: {kind: police-positive-outcome-rate, crimeTypes: [Robbery]}}"))
                .extracting(IndicatorProblem::field)
                .containsExactly("source.positiveOutcomes");
    }

    @Test
    void anObservationMustSayItsUnitAndHowMonthsCombine() {
        assertThat(problems("{code: o, name: O, source: {kind: observation}}"))
                .extracting(IndicatorProblem::field)
                .containsExactly("unit", "aggregation");
    }

    @Test
    void anObservationReadsItsOwnSeriesUnlessItNamesAnother() {
        List<IndicatorProblem> problems = new ArrayList<>();
        Indicator own = IndicatorCodec.fromMap(
                yaml("{code: confidence, name: C, unit: percent, aggregation: latest, source: {kind: observation}}"),
                1,
                problems);

        assertThat(own.source()).isEqualTo(new Indicator.ObservationSeries("confidence"));
    }

    @Test
    void aStopAndSearchFieldThatDoesNotExistIsRefusedWithItsPath() {
        assertThat(problems("{code: s, name: S, source: {kind: stop-and-search-count, searches: {colour: [Blue]}}}"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("source.searches.colour");
                    assertThat(p.message()).contains("is not a stop and search field", "object-of-search");
                });
    }

    @Test
    void aStopAndSearchRateMustSayWhichSearchesItCounts() {
        assertThat(problems("{code: s, name: S, source: {kind: stop-and-search-rate, searches: {legislation: [X]}}}"))
                .extracting(IndicatorProblem::field)
                .containsExactly("source.counted");
    }

    @Test
    void aCodeMustBeLowerCaseWordsJoinedByHyphens() {
        assertThat(problems("{code: Burglary Now, name: B, source: {kind: police-street-count}}"))
                .extracting(IndicatorProblem::field)
                .containsExactly("code");
    }

    @Test
    void aFieldAnIndicatorDoesNotHaveIsRefused() {
        assertThat(problems("{code: b, name: B, colour: red, source: {kind: police-street-count}}"))
                .extracting(IndicatorProblem::field)
                .containsExactly("colour");
    }

    @Test
    void everyKindOfSourceIsWrittenAsItIsRead() {
        List<String> definitions = List.of(
                "{code: a, name: A, source: {kind: police-street-count, crimeTypes: [Burglary], lastOutcomes:"
                        + " [Offender fined]}}",
                "{code: b, name: B, source: {kind: police-positive-outcome-rate, crimeTypes: [Robbery],"
                        + " positiveOutcomes: [Local resolution]}}",
                "{code: c, name: C, source: {kind: police-rate-per-1000, crimeTypes: [], forcePopulationArea: Area}}",
                "{code: d, name: D, unit: number, aggregation: latest, description: Officers, source: {kind:"
                        + " observation, observation: officers}}",
                "{code: e, name: E, source: {kind: stop-and-search-count, searches: {age-range: ['10-17', '']}}}",
                "{code: f, name: F, source: {kind: stop-and-search-rate, searches: {legislation: [L]}, counted:"
                        + " {outcome: [Arrest]}}}");
        for (String text : definitions) {
            List<IndicatorProblem> problems = new ArrayList<>();
            Indicator read = IndicatorCodec.fromMap(yaml(text), 3, problems);
            assertThat(problems).as(text).isEmpty();
            Indicator again = IndicatorCodec.fromMap(IndicatorCodec.toMap(read), 3, problems);
            assertThat(again).as(text).isEqualTo(read);
        }
        List<IndicatorProblem> problems = new ArrayList<>();
        Indicator children = IndicatorCodec.fromMap(yaml(definitions.get(4)), 1, problems);
        assertThat(((Indicator.StopSearchCount) children.source()).searches().values())
                .containsEntry(StopSearchField.AGE_RANGE, java.util.Set.of("10-17", ""));
    }
}
