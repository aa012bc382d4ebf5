package org.oversight.stopsearch;

import java.util.Optional;

/**
 * Whose account of a person's ethnicity a figure reads: the person's own (self-defined, the Home
 * Office basis, grouped by the part before " - ") or the officer's (already one of the broad groups).
 */
public enum EthnicityBasis {
    SELF_DEFINED("self-defined"),
    OFFICER_DEFINED("officer-defined");

    private final String code;

    EthnicityBasis(String code) {
        this.code = code;
    }

    /** As the command line and the JSON write it. */
    public String code() {
        return code;
    }

    public static Optional<EthnicityBasis> fromCode(String code) {
        for (EthnicityBasis basis : values()) {
            if (basis.code.equals(code)) {
                return Optional.of(basis);
            }
        }
        return Optional.empty();
    }
}
