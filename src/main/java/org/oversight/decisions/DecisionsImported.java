package org.oversight.decisions;

import org.oversight.shared.AuditedChange;

/** A file of decisions was imported into the register. */
public record DecisionsImported(String fileName, int decisions, String by, String after) implements AuditedChange {

    @Override
    public String module() {
        return "decisions";
    }

    @Override
    public String action() {
        return "decisions-imported";
    }

    @Override
    public String objectType() {
        return "decision-register";
    }

    @Override
    public String objectId() {
        return fileName;
    }

    @Override
    public String summary() {
        return "Imported " + decisions + (decisions == 1 ? " decision" : " decisions") + " from " + fileName + ".";
    }
}
