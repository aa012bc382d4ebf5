package org.oversight.performance;

import org.oversight.shared.AuditedChange;

/**
 * An indicator was defined (its first version saved).
 *
 * @param definition the definition, as an indicator file writes it
 */
public record IndicatorDefined(String code, String name, String definition, String note, String by)
        implements AuditedChange {

    @Override
    public String module() {
        return "performance";
    }

    @Override
    public String action() {
        return "indicator-defined";
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
    public String after() {
        return definition;
    }

    @Override
    public String summary() {
        return "Indicator " + code + " (" + name + ") was defined" + (note == null ? "." : ": " + note);
    }
}
