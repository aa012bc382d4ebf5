package org.oversight.finance;

import org.oversight.shared.AuditedChange;
import org.oversight.shared.FinancialYear;

/** A file of awards was imported into a scheme's year. */
public record GrantAwardsImported(
        String schemeSlug, String schemeName, FinancialYear year, String fileName, int awards, String by, String after)
        implements AuditedChange {

    @Override
    public String module() {
        return "finance";
    }

    @Override
    public String action() {
        return "grant-awards-imported";
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
        return "Imported " + awards + (awards == 1 ? " award" : " awards") + " into " + schemeName + " " + year
                + " from " + fileName + ".";
    }
}
