package org.oversight.policedata;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one import may read and store, so that a small upload cannot become a huge one (ADR
 * 0011). Sizes are counted as the bytes come out of an archive, never taken from what the archive
 * says of itself.
 *
 * @param maxEntrySize the largest file read out of a zip archive, uncompressed. data.police.uk's
 *     largest monthly file (the Metropolitan Police's street crimes, about 100,000 rows) is about 25
 *     MB; 256 MB is ten times that
 * @param maxExpansionRatio how many times its compressed size an archive may expand, counted over
 *     the archive as it is read once its first {@value #RATIO_CHECKED_AFTER_BYTES} bytes are out. Real
 *     files expand 3 to 12 times (stop and search files without coordinates about 22); zip bombs 400
 *     to 1,000 times
 * @param maxRowsPerFile the most rows one file may have: ten times the largest real monthly file
 * @param maxRowsPerUpload the most rows one upload (or command) may store: the archive of every
 *     force's last 36 months has about 40 million
 * @param maxFilesPerUpload the most CSV files one upload may hold: that archive has about 4,900
 */
@ConfigurationProperties("oversight.police-data.limits")
public record ImportLimits(
        @DefaultValue("256MB") DataSize maxEntrySize,
        @DefaultValue("100") int maxExpansionRatio,
        @DefaultValue("1000000") long maxRowsPerFile,
        @DefaultValue("50000000") long maxRowsPerUpload,
        @DefaultValue("10000") int maxFilesPerUpload) {

    /** The expansion ratio is judged only once this much has come out (tiny files expand oddly). */
    public static final long RATIO_CHECKED_AFTER_BYTES = 1024 * 1024;

    public ImportLimits {
        if (maxEntrySize.toBytes() < 1
                || maxExpansionRatio < 1
                || maxRowsPerFile < 1
                || maxRowsPerUpload < 1
                || maxFilesPerUpload < 1) {
            throw new IllegalArgumentException("every oversight.police-data.limits setting must be 1 or more");
        }
    }

    /** The defaults. */
    public static ImportLimits defaults() {
        return new ImportLimits(DataSize.ofMegabytes(256), 100, 1_000_000, 50_000_000, 10_000);
    }
}
