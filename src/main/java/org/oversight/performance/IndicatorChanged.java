package org.oversight.performance;

import org.oversight.shared.AuditedChange;

/**
 * An indicator's definition changed: a new version was saved and made current. The earlier version
 * is kept, and figures computed from it still say so.
 *
 * @param previous the definition before, as an indicator file writes it
 * @param definition the new version's definition
 */
public record IndicatorChanged(
        String code, int version, String name, String previous, String definition, String note, String by)
        implements AuditedChange {

    @Override
    public String module() {
        return "performance";
    }

    @Override
    public String action() {
        return "indicator-changed";
    }

    @Override
    public String objectType() {
        return "indicator";
    }

    @Override
    public String objectId() {
        return code;
    }

    @Override
    public String before() {
        return previous;
    }

    @Override
    public String after() {
        return definition;
    }

    @Override
    public String summary() {
        return "Indicator " + code + " (" + name + ") changed to version " + version
                + (note == null ? "." : ": " + note);
    }
}
