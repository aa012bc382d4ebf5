package org.oversight.policedata.load;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * The most rows a file may have, and why, as the refusal says it: the file's own limit, or what is
 * left of its upload's.
 */
public record RowLimit(long maxRows, String why) {

    /** {@code oversight.police-data.limits.max-rows-per-file}. */
    public static RowLimit perFile(long maxRows) {
        return new RowLimit(
                maxRows,
                "a file may have at most " + number(maxRows)
                        + " rows (oversight.police-data.limits.max-rows-per-file), and data.police.uk's largest"
                        + " monthly files have about 100,000");
    }

    /** What is left of {@code oversight.police-data.limits.max-rows-per-upload} once {@code used} are stored. */
    public static RowLimit leftOfUpload(long maxRows, long used) {
        return new RowLimit(
                maxRows - used,
                "the upload may store at most " + number(maxRows)
                        + " rows (oversight.police-data.limits.max-rows-per-upload) and the files before this one stored "
                        + number(used));
    }

    /** The tighter of two limits. */
    public RowLimit tighter(RowLimit other) {
        return other.maxRows < maxRows ? other : this;
    }

    static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(n);
    }
}
