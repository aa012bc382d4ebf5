package org.oversight.policedata;

import java.time.YearMonth;

/**
 * The outcome of importing one file. A refused file has {@code rowsAccepted} 0, its rows counted as
 * rejected, and a problem naming the line and column where it was found.
 *
 * @param file the file name (for a zip entry, {@code archive.zip!/2024-04/2024-04-wiltshire-street.csv})
 * @param rowsRejected rows not stored: every data row of a refused file, otherwise 0
 * @param completeness the month's completeness as judged just after the import (ADR 0008); null for a
 *     refused file
 */
public record FileImportResult(
        String file,
        PoliceDataKind kind,
        String force,
        YearMonth month,
        ImportStatus status,
        long rowsAccepted,
        long rowsRejected,
        long duplicateRows,
        Long batchId,
        Problem problem,
        DataQuality quality,
        MonthCompleteness completeness) {

    /** Where a file was refused: line and column are 1-based, 0 when they do not apply. */
    public record Problem(long line, int column, String message) {

        /** Values quoted from a file are printable: its control characters are shown as escapes. */
        public Problem {
            message = org.oversight.platform.PrintableText.escape(message);
        }

        @Override
        public String toString() {
            if (line <= 0) {
                return message;
            }
            return "line " + line + (column > 0 ? ", column " + column : "") + ": " + message;
        }
    }

    public boolean refused() {
        return status == ImportStatus.REFUSED;
    }

    /** Whether the file's month counts as complete; null for a refused file. */
    public Boolean complete() {
        return completeness == null ? null : completeness.complete();
    }

    public FileImportResult withCompleteness(MonthCompleteness completeness) {
        return new FileImportResult(
                file,
                kind,
                force,
                month,
                status,
                rowsAccepted,
                rowsRejected,
                duplicateRows,
                batchId,
                problem,
                quality,
                completeness);
    }
}
