package org.oversight.stopsearch;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Residents of a force area by broad ethnic group, with where the figures come from.
 *
 * @param figures the groups that have a figure (a group missing has none)
 * @param source the figures' source as it should be stated beside the rates
 */
public record GroupPopulation(Map<EthnicGroup, Long> figures, String source) {

    public GroupPopulation {
        Objects.requireNonNull(source, "source");
        EnumMap<EthnicGroup, Long> copy = new EnumMap<>(EthnicGroup.class);
        copy.putAll(figures);
        figures = Collections.unmodifiableMap(copy);
    }

    /** The group's residents; null when the source has no figure for it. */
    public Long of(EthnicGroup group) {
        return figures.get(group);
    }
}
