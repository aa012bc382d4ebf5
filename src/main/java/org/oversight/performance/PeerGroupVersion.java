package org.oversight.performance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One version of a peer group.
 *
 * @param effectiveFrom the first day it is in force
 * @param members the member areas as written in observations' area (force names or slugs), in file order
 */
public record PeerGroupVersion(LocalDate effectiveFrom, List<String> members) {

    public PeerGroupVersion {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        members = List.copyOf(members);
    }
}
