package org.oversight.publication;

import java.time.Instant;

/**
 * A snapshot version on the public site: which document (kind and key), which version, for which
 * period, who released it and when.
 *
 * @param kind {@code publication}, {@code national-measures-statement} or {@code annual-statement}
 * @param periodSlug the period in addresses, {@code 2024-25-q2}
 */
public record PublishedSnapshot(
        long snapshotId,
        String kind,
        String key,
        int version,
        String periodCode,
        String periodSlug,
        String releasedBy,
        Instant releasedAt) {}
