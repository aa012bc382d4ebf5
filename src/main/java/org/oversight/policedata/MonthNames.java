package org.oversight.policedata;

import java.time.YearMonth;

/** How audited changes name a force's month of one kind of file. */
final class MonthNames {

    private MonthNames() {}

    /** {@code wiltshire/2024-04/street}. */
    static String of(String force, YearMonth month, PoliceDataKind kind) {
        return force + "/" + month + "/" + kind.slug();
    }
}
