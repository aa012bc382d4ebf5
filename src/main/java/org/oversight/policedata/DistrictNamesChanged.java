package org.oversight.policedata;

import java.util.Map;
import java.util.stream.Collectors;
import org.oversight.shared.AuditedChange;

/**
 * A force's districts are shown under new names (renamed or grouped): each map is district as the
 * LSOA names give it → name shown, for the districts not shown as they are.
 */
public record DistrictNamesChanged(String force, Map<String, String> earlier, Map<String, String> now, String by)
        implements AuditedChange {

    public DistrictNamesChanged {
        earlier = Map.copyOf(earlier);
        now = Map.copyOf(now);
    }

    @Override
    public String module() {
        return "policedata";
    }

    @Override
    public String action() {
        return "district-names-changed";
    }

    @Override
    public String objectType() {
        return "district-names";
    }

    @Override
    public String objectId() {
        return force;
    }

    @Override
    public String before() {
        return words(earlier);
    }

    @Override
    public String after() {
        return words(now);
    }

    @Override
    public String summary() {
        return "The districts of " + force + " are shown as: " + (now.isEmpty() ? "their own names" : words(now)) + ".";
    }

    private static String words(Map<String, String> names) {
        return names.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " → " + e.getValue())
                .collect(Collectors.joining("; "));
    }
}
