package org.oversight.performance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A peer group (such as the most similar forces): editable, versioned reference data. Nothing
 * about a group is assumed; a comparison uses the version in force on the date it asks about.
 *
 * @param name the group's name as targets write it ("Most similar forces")
 * @param versions every version, earliest first
 */
public record PeerGroup(String name, List<PeerGroupVersion> versions) {

    public PeerGroup {
        Objects.requireNonNull(name, "name");
        versions = versions.stream()
                .sorted(Comparator.comparing(PeerGroupVersion::effectiveFrom))
                .toList();
    }

    /** The version in force on {@code date}: the latest taking effect on or before it; empty before the first. */
    public Optional<PeerGroupVersion> versionOn(LocalDate date) {
        PeerGroupVersion found = null;
        for (PeerGroupVersion version : versions) {
            if (!version.effectiveFrom().isAfter(date)) {
                found = version;
            }
        }
        return Optional.ofNullable(found);
    }
}
