package org.oversight.force;

import java.time.Instant;

/**
 * The police force this Oversight serves and the office that runs it.
 *
 * @param slug the force's data.police.uk slug, as in its file names ({@code wiltshire})
 * @param name the force's name ({@code Wiltshire Police})
 * @param officeName the office's name, as page headers and reports show it
 * @param example whether this is the example force loaded with the example data, not yet confirmed
 *     by an administrator
 */
public record ForceSettings(
        String slug, String name, String officeName, boolean example, String configuredBy, Instant configuredAt) {}
