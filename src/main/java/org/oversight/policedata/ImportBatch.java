package org.oversight.policedata;

import java.time.Instant;
import java.time.YearMonth;

/** An imported file: its provenance, size and data quality. Every stored row knows its batch. */
public record ImportBatch(
        long id,
        PoliceDataKind kind,
        String force,
        YearMonth month,
        String fileName,
        String sha256,
        long byteSize,
        long rows,
        long duplicateRows,
        DataQuality quality,
        boolean demonstration,
        String importedBy,
        Instant importedAt) {}
