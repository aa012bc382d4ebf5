package org.oversight.policedata;

import org.oversight.shared.AuditJson;
import org.oversight.shared.AuditedChange;

/** A named area set was imported; {@code replaced} is the set of the same name it replaced, or {@code null}. */
public record AreaSetImported(AreaSet set, AreaSet replaced, String by) implements AuditedChange {

    @Override
    public String module() {
        return "policedata";
    }

    @Override
    public String action() {
        return replaced == null ? "area-set-imported" : "area-set-replaced";
    }

    @Override
    public String objectType() {
        return "area-set";
    }

    @Override
    public String objectId() {
        return set.name();
    }

    @Override
    public String before() {
        return AuditJson.of(replaced);
    }

    @Override
    public String after() {
        return AuditJson.of(set);
    }

    @Override
    public String summary() {
        int count = set.lsoaCodes().size();
        return "Area set " + set.name() + " imported from " + set.fileName() + ": " + count
                + (count == 1 ? " LSOA" : " LSOAs")
                + (replaced == null ? "" : ", replacing " + replaced.lsoaCodes().size());
    }
}
