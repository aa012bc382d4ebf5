package org.oversight.policedata.completeness;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The completeness rule's settings (ADR 0008).
 *
 * @param minShare a month is too small below this share of its reference months' median rows
 * @param referenceMonths how many of the nearest other imported months are compared with
 * @param minimumReferenceMonths with fewer reference months than this, a month counts as complete
 */
@ConfigurationProperties("oversight.police-data.completeness")
public record CompletenessProperties(
        @DefaultValue("0.5") double minShare,
        @DefaultValue("6") int referenceMonths,
        @DefaultValue("3") int minimumReferenceMonths) {

    /** The rule these settings describe; refuses settings that make no sense, saying which. */
    public CompletenessRule rule() {
        try {
            return new CompletenessRule(minShare, referenceMonths, minimumReferenceMonths);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("oversight.police-data.completeness: " + e.getMessage(), e);
        }
    }
}
