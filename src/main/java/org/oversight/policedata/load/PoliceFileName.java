package org.oversight.policedata.load;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oversight.policedata.PoliceDataKind;

/** What a data.police.uk file name says: {@code 2024-04-wiltshire-street.csv}. */
public record PoliceFileName(YearMonth month, String force, PoliceDataKind kind) {

    private static final Pattern NAME =
            Pattern.compile("(\\d{4}-\\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*?)-(street|outcomes|stop-and-search)\\.csv");

    /** Reads the last part of a path or zip entry name; empty when it is not a data.police.uk name. */
    public static Optional<PoliceFileName> parse(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        Matcher matcher = NAME.matcher(name);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PoliceFileName(
                    YearMonth.parse(matcher.group(1)),
                    matcher.group(2),
                    PoliceDataKind.fromSlug(matcher.group(3)).orElseThrow()));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether a "Falls within" value such as "Wiltshire Police" names this file's force, compared
     * whole ({@link ForceNames}): a prefix is not enough.
     */
    public boolean isForce(String fallsWithin) {
        return ForceNames.names(force, fallsWithin);
    }
}
