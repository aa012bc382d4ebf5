package org.oversight.stopsearch.figures;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.oversight.stopsearch.EthnicGroup;

/**
 * The broad group of a stored population figure's ethnic group. A simple file writes the group
 * ({@code Asian}); ONS Census 2021 TS021 writes the broad group before a colon ({@code Asian, Asian
 * British or Asian Welsh: Indian}) and may give the broad group's own total without one. A group's
 * population is its own total when the source gives one, otherwise the sum of its categories.
 * Totals ({@code Total: All usual residents} or {@code All}) and "Does not apply" belong to no group; any other
 * name (such as a combined "Other (including Mixed)") is kept aside as not grouped, never guessed.
 */
public final class PopulationGroups {

    private static final Map<String, EthnicGroup> TS021 = Map.of(
            "asian, asian british or asian welsh", EthnicGroup.ASIAN,
            "black, black british, black welsh, caribbean or african", EthnicGroup.BLACK,
            "mixed or multiple ethnic groups", EthnicGroup.MIXED,
            "white", EthnicGroup.WHITE,
            "other ethnic group", EthnicGroup.OTHER);

    /**
     * The figures grouped.
     *
     * @param groups each broad group that has a figure
     * @param notGrouped names that give no broad group and are not totals, with their figures
     */
    public record Grouped(Map<EthnicGroup, Long> groups, Map<String, Long> notGrouped) {}

    private PopulationGroups() {}

    public static Grouped group(Map<String, Long> figures) {
        Map<EthnicGroup, Long> totals = new EnumMap<>(EthnicGroup.class);
        Map<EthnicGroup, Long> parts = new EnumMap<>(EthnicGroup.class);
        Map<String, Long> notGrouped = new LinkedHashMap<>();
        figures.forEach((name, population) -> {
            String lower = name.strip().toLowerCase(Locale.ROOT);
            if (lower.equals("all") || lower.startsWith("total") || lower.equals("does not apply")) {
                return;
            }
            int colon = lower.indexOf(':');
            String head = colon < 0 ? lower : lower.substring(0, colon).strip();
            Optional<EthnicGroup> group = EthnicGroup.fromLabel(head).or(() -> Optional.ofNullable(TS021.get(head)));
            if (group.isEmpty()) {
                notGrouped.put(name, population);
            } else if (colon < 0) {
                totals.merge(group.get(), population, Long::sum);
            } else {
                parts.merge(group.get(), population, Long::sum);
            }
        });
        Map<EthnicGroup, Long> groups = new EnumMap<>(EthnicGroup.class);
        for (EthnicGroup group : EthnicGroup.values()) {
            Long figure = totals.containsKey(group) ? totals.get(group) : parts.get(group);
            if (figure != null) {
                groups.put(group, figure);
            }
        }
        return new Grouped(groups, notGrouped);
    }
}
