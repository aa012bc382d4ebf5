package org.oversight.reports;

import java.time.YearMonth;
import java.util.List;

/**
 * What a snapshot's figures were computed from, stored and hashed with it and shown on its title
 * page: the plan version, the indicators (each with its version), the police-data import batches
 * (each with the SHA-256 of its file), the data version, the latest month the figures cover, and any
 * other sources in words. Any part may be empty when the document does not use it.
 *
 * @param planKey e.g. {@code wm-police-and-crime-plan}
 * @param planVersion e.g. {@code 2014-15}
 * @param dataVersion the version of the data as a whole when the snapshot was built, e.g. the latest import batch id
 * @param asAt the latest month the figures cover
 * @param sources other sources, in words ("Feeling the Difference survey, wave 14, September 2014")
 */
public record Provenance(
        String planKey,
        String planVersion,
        List<IndicatorVersion> indicators,
        List<ImportBatchUsed> importBatches,
        String dataVersion,
        YearMonth asAt,
        List<String> sources) {

    public Provenance {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        importBatches = importBatches == null ? List.of() : List.copyOf(importBatches);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** Provenance of a document built from no data (e.g. a statement written by hand). */
    public static Provenance none() {
        return new Provenance(null, null, List.of(), List.of(), null, null, List.of());
    }

    /** An indicator the figures read, e.g. {@code street-crime-total} version {@code 3}. */
    public record IndicatorVersion(String code, String version) {}

    /** A police-data import batch the figures read: its id, the SHA-256 of its file, and what it was. */
    public record ImportBatchUsed(long id, String sha256, String description) {}
}
