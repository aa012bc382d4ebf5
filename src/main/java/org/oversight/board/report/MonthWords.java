package org.oversight.board.report;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/** Months and runs of months as the Board's papers write them: "October 2014", "April–October 2014". */
final class MonthWords {

    private MonthWords() {}

    static String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
    }

    static String range(YearMonth first, YearMonth last) {
        if (first.equals(last)) {
            return month(first);
        }
        if (first.getYear() == last.getYear()) {
            return first.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + "–" + month(last);
        }
        return month(first) + "–" + month(last);
    }
}
