package org.oversight.policedata;

import org.oversight.shared.AuditedChange;

/** A named area set was imported, replacing a set of the same name when {@code replaced}. */
public record AreaSetImported(long areaSetId, String name, String file, int lsoas, boolean replaced, String by)
        implements AuditedChange {

    @Override
    public String module() {
        return "policedata";
    }

    @Override
    public String action() {
        return replaced ? "area-set-replaced" : "area-set-imported";
    }

    @Override
    public String objectType() {
        return "area-set";
    }

    @Override
    public String objectId() {
        return name;
    }

    @Override
    public String after() {
        return name + ": " + lsoas + " LSOAs from " + file;
    }

    @Override
    public String summary() {
        return (replaced ? "Replaced" : "Imported") + " the area set '" + name + "' (" + lsoas + " LSOAs) from " + file
                + ".";
    }
}
