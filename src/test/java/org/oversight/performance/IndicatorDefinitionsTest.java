package org.oversight.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversight.performance.indicator.Indicator;
import org.oversight.performance.indicator.IndicatorCatalogue;
import org.oversight.performance.indicator.IndicatorFileProblem;
import org.oversight.performance.indicator.IndicatorFileRefused;
import org.oversight.performance.indicator.IndicatorProblem;
import org.oversight.performance.indicator.IndicatorRefused;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.yaml.snakeyaml.Yaml;

/** Indicators are stored, versioned and checked against what data.police.uk publishes. */
@SpringBootTest
@RecordApplicationEvents
class IndicatorDefinitionsTest {

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    ApplicationEvents events;

    private static Map<String, Object> definition(String yaml) {
        return new LinkedHashMap<>(new Yaml().<Map<String, Object>>load(yaml));
    }

    @Test
    void theExampleIndicatorsAreLoadedAsData() {
        assertThat(catalogue.find("burglary")).hasValueSatisfying(burglary -> {
            assertThat(burglary.version()).isEqualTo(1);
            assertThat(burglary.source()).isEqualTo(new Indicator.StreetCount(List.of("Burglary"), List.of()));
        });
        assertThat(catalogue.history("burglary")).singleElement().satisfies(v -> assertThat(v.savedBy())
                .isEqualTo("example-data"));
    }

    @Test
    void aNewIndicatorIsVersionOneAndItsDefinitionIsPublished() {
        IndicatorCatalogue.Saved saved = catalogue.define(
                definition("{code: defined-once, name: Bicycles, source: {kind: police-street-count, crimeTypes:"
                        + " [Bicycle theft]}}"),
                null,
                true,
                "analyst");

        assertThat(saved.outcome()).isEqualTo(IndicatorCatalogue.Outcome.DEFINED);
        assertThat(saved.indicator().version()).isEqualTo(1);
        assertThat(events.stream(IndicatorDefined.class)).anySatisfy(e -> {
            assertThat(e.objectId()).isEqualTo("defined-once");
            assertThat(e.by()).isEqualTo("analyst");
            assertThat(e.after()).contains("Bicycle theft");
        });
    }

    @Test
    void changingADefinitionMakesANewVersionAndKeepsTheOldOne() {
        catalogue.define(
                definition("{code: changed-later, name: Thefts, source: {kind: police-street-count, crimeTypes:"
                        + " [Other theft]}}"),
                null,
                true,
                "analyst");

        IndicatorCatalogue.Saved changed = catalogue.define(
                definition("{code: changed-later, name: Thefts, source: {kind: police-street-count, crimeTypes:"
                        + " [Other theft, Shoplifting]}}"),
                "Shoplifting counts too",
                false,
                "analyst");

        assertThat(changed.outcome()).isEqualTo(IndicatorCatalogue.Outcome.CHANGED);
        assertThat(changed.indicator().version()).isEqualTo(2);
        assertThat(catalogue
                        .version("changed-later", 1)
                        .orElseThrow()
                        .indicator()
                        .source())
                .isEqualTo(new Indicator.StreetCount(List.of("Other theft"), List.of()));
        assertThat(catalogue.history("changed-later"))
                .extracting(v -> v.note())
                .containsExactly(null, "Shoplifting counts too");
        assertThat(events.stream(IndicatorChanged.class)).anySatisfy(e -> {
            assertThat(e.version()).isEqualTo(2);
            assertThat(e.before()).contains("Other theft").doesNotContain("Shoplifting");
            assertThat(e.after()).contains("Shoplifting");
        });
    }

    @Test
    void savingTheSameDefinitionAgainChangesNothing() {
        Map<String, Object> same = definition(
                "{code: saved-twice, name: Drugs, source: {kind: police-street-count, crimeTypes: [Drugs]}}");
        catalogue.define(same, null, true, "analyst");
        long published = events.stream(IndicatorChanged.class).count();

        IndicatorCatalogue.Saved again = catalogue.define(same, null, false, "analyst");

        assertThat(again.outcome()).isEqualTo(IndicatorCatalogue.Outcome.UNCHANGED);
        assertThat(again.indicator().version()).isEqualTo(1);
        assertThat(events.stream(IndicatorChanged.class).count()).isEqualTo(published);
    }

    @Test
    void anUnknownCrimeTypeIsRefusedNamingItsFieldAndTheTypes() {
        assertThatThrownBy(() -> catalogue.define(
                        definition("{code: business, name: Business crime, source: {kind: police-street-count,"
                                + " crimeTypes: [Burglary, Business crime]}}"),
                        null,
                        true,
                        "analyst"))
                .isInstanceOf(IndicatorRefused.class)
                .satisfies(e -> assertThat(((IndicatorRefused) e).problems())
                        .singleElement()
                        .satisfies(p -> {
                            assertThat(p.field()).isEqualTo("source.crimeTypes[1]");
                            assertThat(p.message())
                                    .contains("'Business crime' is not a data.police.uk crime type", "Shoplifting");
                        }));
        assertThat(catalogue.find("business")).isEmpty();
    }

    @Test
    void anUnknownOutcomeIsRefused() {
        assertThatThrownBy(() -> catalogue.define(
                        definition("{code: convictions, name: Convictions, source: {kind: police-positive-outcome-rate,"
                                + " crimeTypes: [Robbery], positiveOutcomes: [Convicted]}}"),
                        null,
                        true,
                        "analyst"))
                .isInstanceOf(IndicatorRefused.class)
                .hasMessageContaining(
                        "source.positiveOutcomes[0]: 'Convicted' is not a data.police.uk last outcome" + " category");
    }

    @Test
    void anUnknownStopAndSearchValueIsRefused() {
        assertThatThrownBy(() -> catalogue.define(
                        definition("{code: s61, name: S61, source: {kind: stop-and-search-count, searches:"
                                + " {legislation: [Section 61]}}}"),
                        null,
                        true,
                        "analyst"))
                .isInstanceOf(IndicatorRefused.class)
                .hasMessageContaining("source.searches.legislation[0]: 'Section 61' is not a legislation of stop and"
                        + " search records");
    }

    @Test
    void anObservationSeriesThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> catalogue.define(
                        definition("{code: survey, name: Survey, unit: percent, aggregation: latest, source: {kind:"
                                + " observation, observation: no-such-series}}"),
                        null,
                        true,
                        "analyst"))
                .isInstanceOf(IndicatorRefused.class)
                .hasMessageContaining("source.observation: there is no observation series 'no-such-series'");
    }

    @Test
    void aNewIndicatorCannotTakeTheCodeOfAnotherFromTheForm() {
        assertThatThrownBy(() -> catalogue.define(
                        definition("{code: burglary, name: Mine, source: {kind: police-street-count}}"),
                        null,
                        true,
                        "analyst"))
                .isInstanceOf(IndicatorRefused.class)
                .satisfies(e -> assertThat(((IndicatorRefused) e).problems())
                        .containsExactly(new IndicatorProblem(
                                "code", "there is already an indicator 'burglary': change that one instead")));
    }

    @Test
    void aFileWithOneBadIndicatorSavesNoneAndSaysWhereTheProblemIs() {
        byte[] file =
                """
                format: oversight-indicators/1
                indicators:
                  - {code: file-good, name: Good, source: {kind: police-street-count, crimeTypes: [Robbery]}}
                  - {code: file-bad, name: Bad, source: {kind: police-street-count, crimeTypes: [Knife crime]}}
                """
                        .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> catalogue.importFile("mine.yaml", file, "analyst"))
                .isInstanceOf(IndicatorFileRefused.class)
                .satisfies(e -> assertThat(((IndicatorFileRefused) e).problems())
                        .extracting(IndicatorFileProblem::toString)
                        .singleElement()
                        .asString()
                        .startsWith("mine.yaml:4:")
                        .contains("indicators[1].source.crimeTypes[0]: 'Knife crime' is not a data.police.uk crime"
                                + " type"));
        assertThat(catalogue.find("file-good")).isEmpty();
    }

    @Test
    void theExportedFileImportsBackWithoutChangingAnything() {
        IndicatorCatalogue.ImportResult result =
                catalogue.importFile("export.yaml", catalogue.export().getBytes(StandardCharsets.UTF_8), "analyst");

        assertThat(result.indicators()).isNotEmpty();
        assertThat(result.count(IndicatorCatalogue.Outcome.UNCHANGED))
                .isEqualTo(result.indicators().size());
    }
}
