package org.oversight.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.audit.AuditEntry;
import org.oversight.audit.AuditFilter;
import org.oversight.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Observations, peer groups and population imports are published as audited changes, each with the
 * values it replaced and those it wrote; a refused file publishes nothing.
 */
@SpringBootTest
@RecordApplicationEvents
class PerformanceEventsTest {

    @Autowired
    Observations observations;

    @Autowired
    PeerGroups peerGroups;

    @Autowired
    Population population;

    @Autowired
    AuditTrail trail;

    @Autowired
    ApplicationEvents events;

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String unique(String name) {
        return name + "-" + System.nanoTime();
    }

    private AuditEntry latestAbout(String object) {
        return trail.page(new AuditFilter(null, "performance", object, null, null), 1, 1, true)
                .entries()
                .get(0);
    }

    @Test
    void anObservationsImportIsPublishedWithTheValuesItReplacedAndWrote() {
        String indicator = unique("audit-officers");
        String first = unique("first") + ".csv";
        String second = unique("second") + ".csv";
        observations.importFile(
                first, csv("indicator,period,area,value\n" + indicator + ",2021-03,West Midlands,480\n"), "ana");
        observations.importFile(
                second,
                csv("indicator,period,area,value\n" + indicator + ",2021-03,West Midlands,478\n" + indicator
                        + ",2021-04,West Midlands,479\n"),
                "ada");

        List<ObservationsImported> imported =
                events.stream(ObservationsImported.class).toList();
        assertThat(imported).hasSize(2);
        ObservationsImported replacing = imported.get(1);
        assertThat(replacing.replaced())
                .containsExactly(new ObservationsImported.Value(
                        indicator, "2021-03", "West Midlands", new BigDecimal("480"), null, null, null));
        assertThat(replacing.written())
                .extracting(ObservationsImported.Value::period)
                .containsExactly("2021-03", "2021-04");
        AuditEntry entry = latestAbout(second);
        assertThat(entry.user()).isEqualTo("ada");
        assertThat(entry.objectType()).isEqualTo("observations-file");
        assertThat(entry.before()).contains("\"value\":480");
        assertThat(entry.after()).contains("\"value\":478", "\"value\":479");
        assertThat(entry.summary()).endsWith(": 2 rows, 1 new, 1 replaced, 0 unchanged");
    }

    @Test
    void aRefusedObservationsFilePublishesNothing() {
        assertThatThrownBy(() -> observations.importFile("bad.csv", csv("indicator,period\nx,2021-13\n"), "ana"))
                .isInstanceOf(ObservationFileRefused.class);

        assertThat(events.stream(ObservationsImported.class)).isEmpty();
    }

    @Test
    void aPeerGroupsImportIsPublishedWithTheVersionsItReplaced() {
        String group = unique("Audit peers");
        peerGroups.importFile("p1.csv", csv("group,effective_from,member\n" + group + ",2024-04-01,Force A\n"), "ana");
        peerGroups.importFile(
                "p2.csv",
                csv("group,effective_from,member\n" + group + ",2024-04-01,Force B\n" + group
                        + ",2024-04-01,Force C\n"),
                "ana");

        PeerGroupsImported second =
                events.stream(PeerGroupsImported.class).toList().get(1);
        assertThat(second.replaced())
                .containsExactly(new PeerGroupsImported.Members(group, LocalDate.of(2024, 4, 1), List.of("Force A")));
        assertThat(second.written())
                .containsExactly(
                        new PeerGroupsImported.Members(group, LocalDate.of(2024, 4, 1), List.of("Force B", "Force C")));
        assertThat(latestAbout("p2.csv").before()).contains("\"effectiveFrom\":\"2024-04-01\"", "\"Force A\"");
    }

    @Test
    void aPopulationImportIsPublishedWithTheFiguresItReplaced() {
        String source = unique("Audit census");
        population.importFile(
                "pop1.csv", csv("area,ethnic_group,population\nSolihull,White,180000\n"), source, 2021, "ana");
        population.importFile(
                "pop2.csv",
                csv("area,ethnic_group,population\nSolihull,White,181000\nSolihull,Asian,20000\n"),
                source,
                2021,
                "ana");

        PopulationImported second =
                events.stream(PopulationImported.class).toList().get(1);
        assertThat(second.replaced()).containsExactly(new PopulationImported.Figure("Solihull", "White", 2021, 180000));
        assertThat(second.written()).hasSize(2);
        AuditEntry entry = latestAbout(source);
        assertThat(entry.action()).isEqualTo("population-imported");
        assertThat(entry.summary())
                .isEqualTo("Population figures imported from pop2.csv (" + source + ", 2021): 2 figures, 1 replaced");
    }
}
