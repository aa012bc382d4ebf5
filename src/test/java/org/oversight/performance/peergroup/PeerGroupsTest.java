package org.oversight.performance.peergroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oversight.performance.PeerGroup;
import org.oversight.performance.PeerGroupFileRefused;
import org.oversight.performance.PeerGroupVersion;
import org.oversight.performance.PeerGroups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Peer groups imported from CSV into the embedded PostgreSQL. */
@SpringBootTest
class PeerGroupsTest {

    @Autowired
    PeerGroups peerGroups;

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void importsVersionsAndImportingTheSameDateAgainReplacesThatVersionOnly() {
        peerGroups.importFile(
                "msf.csv",
                csv(
                        """
                        group,effective_from,member
                        Import test forces,2020-04-01,Greater Manchester
                        Import test forces,2020-04-01,West Yorkshire
                        Import test forces,2024-04-01,Greater Manchester
                        Import test forces,2024-04-01,Merseyside
                        """),
                "test");
        peerGroups.importFile(
                "msf-2024.csv",
                csv("group,effective_from,member\nImport test forces,2024-04-01,Northumbria\n"),
                "test");

        PeerGroup group = peerGroups.group("Import test forces").orElseThrow();
        assertThat(group.versions())
                .extracting(PeerGroupVersion::effectiveFrom)
                .containsExactly(LocalDate.of(2020, 4, 1), LocalDate.of(2024, 4, 1));
        assertThat(group.versionOn(LocalDate.of(2025, 1, 31)).orElseThrow().members())
                .containsExactly("Northumbria");
        assertThat(group.versionOn(LocalDate.of(2022, 1, 31)).orElseThrow().members())
                .containsExactly("Greater Manchester", "West Yorkshire");
    }

    @Test
    void refusesTheWholeFileListingEveryProblemWithItsLine() {
        PeerGroupFileRefused refused = catchThrowableOfType(
                PeerGroupFileRefused.class,
                () -> peerGroups.importFile(
                        "bad.csv",
                        csv(
                                """
                                group,effective_from,member
                                Refused test forces,2024-04-01,Greater Manchester
                                Refused test forces,1 April 2024,West Yorkshire
                                ,2024-04-01,Merseyside
                                Refused test forces,2024-04-01,Greater Manchester
                                Refused test forces,2024-04-01,
                                """),
                        "test"));

        assertThat(refused.problems())
                .containsExactly(
                        "line 3, effective_from: '1 April 2024' is not a date like 2024-04-01",
                        "line 4, group: empty",
                        "line 5, member: Greater Manchester is listed twice for Refused test forces from 2024-04-01",
                        "line 6, member: empty");
        assertThat(peerGroups.group("Refused test forces")).isEmpty();
    }

    @Test
    void refusesAFileWithTheWrongHeader() {
        PeerGroupFileRefused refused = catchThrowableOfType(
                PeerGroupFileRefused.class,
                () -> peerGroups.importFile("bad.csv", csv("name,date,force\nA,2024-04-01,B\n"), "test"));

        assertThat(refused.problems()).singleElement().asString().startsWith("line 1: the header must be");
    }
}
