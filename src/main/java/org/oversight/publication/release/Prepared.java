package org.oversight.publication.release;

import java.time.Instant;

/** A document prepared for a period from a plan version. */
public record Prepared(
        String kind,
        String key,
        String periodCode,
        String periodSlug,
        String planKey,
        String versionLabel,
        String preparedBy,
        Instant preparedAt) {}
