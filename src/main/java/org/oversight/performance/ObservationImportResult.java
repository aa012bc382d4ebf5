package org.oversight.performance;

/** What importing an observations file did. */
public record ObservationImportResult(
        String fileName, long batchId, int rows, int created, int updated, int unchanged) {}
