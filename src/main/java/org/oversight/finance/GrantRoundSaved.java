package org.oversight.finance;

import org.oversight.shared.AuditedChange;
import org.oversight.shared.FinancialYear;

/** A scheme's year was started, or its allocation, published totals, decision or source changed. */
public record GrantRoundSaved(
        String schemeSlug,
        String schemeName,
        FinancialYear year,
        boolean created,
        String by,
        String before,
        String after)
        implements AuditedChange {

    @Override
    public String module() {
        return "finance";
    }

    @Override
    public String action() {
        return created ? "grant-round-created" : "grant-round-changed";
    }

    @Override
    public String objectType() {
        return "grant-round";
    }

    @Override
    public String objectId() {
        return schemeSlug + "/" + year;
    }

    @Override
    public String summary() {
        return (created ? "Started " : "Changed the details of ") + schemeName + " " + year + ".";
    }
}
