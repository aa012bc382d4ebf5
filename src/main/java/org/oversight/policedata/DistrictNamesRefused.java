package org.oversight.policedata;

/** District names that cannot be used; the message says which and why. Nothing was changed. */
public class DistrictNamesRefused extends RuntimeException {
    public DistrictNamesRefused(String message) {
        super(message);
    }
}
