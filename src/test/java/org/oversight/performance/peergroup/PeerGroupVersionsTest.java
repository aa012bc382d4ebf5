package org.oversight.performance.peergroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.performance.PeerGroup;
import org.oversight.performance.PeerGroupVersion;

/** Which version of a peer group is in force on a date. */
class PeerGroupVersionsTest {

    private static final PeerGroup MOST_SIMILAR_FORCES = new PeerGroup(
            "Most similar forces",
            List.of(
                    new PeerGroupVersion(
                            LocalDate.of(2024, 4, 1), List.of("Greater Manchester", "West Yorkshire", "Merseyside")),
                    new PeerGroupVersion(LocalDate.of(2020, 4, 1), List.of("Greater Manchester", "West Yorkshire"))));

    @Test
    void usesTheLatestVersionTakingEffectOnOrBeforeTheDate() {
        assertThat(MOST_SIMILAR_FORCES.versionOn(LocalDate.of(2023, 3, 31)))
                .get()
                .extracting(PeerGroupVersion::members)
                .isEqualTo(List.of("Greater Manchester", "West Yorkshire"));
        assertThat(MOST_SIMILAR_FORCES.versionOn(LocalDate.of(2024, 4, 1)))
                .get()
                .extracting(PeerGroupVersion::effectiveFrom)
                .isEqualTo(LocalDate.of(2024, 4, 1));
    }

    @Test
    void hasNoVersionBeforeTheFirstTakesEffect() {
        assertThat(MOST_SIMILAR_FORCES.versionOn(LocalDate.of(2020, 3, 31))).isEmpty();
    }
}
