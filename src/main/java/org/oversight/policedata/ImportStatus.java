package org.oversight.policedata;

/** What happened to one file. */
public enum ImportStatus {
    /** Loaded as a new batch. */
    IMPORTED,
    /** Loaded, replacing the earlier batch for the same force, month and kind. */
    REPLACED,
    /** Identical (same SHA-256) to the batch already loaded: nothing changed. */
    UNCHANGED,
    /** Refused as a whole: nothing was written. */
    REFUSED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
