package org.oversight.publication;

import org.oversight.shared.AuditedChange;

/** A publication's documents were drafted (or rebuilt from the data) for a period. */
public record PublicationPrepared(
        String kind, String key, String period, String planKey, String versionLabel, String by)
        implements AuditedChange {

    @Override
    public String module() {
        return "publication";
    }

    @Override
    public String action() {
        return "publication-prepared";
    }

    @Override
    public String objectType() {
        return "publication";
    }

    @Override
    public String objectId() {
        return kind + "/" + key;
    }

    @Override
    public String summary() {
        return "Prepared " + kind + " " + key + " for " + period + " from plan " + planKey + " version " + versionLabel
                + ".";
    }
}
