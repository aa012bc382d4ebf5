package org.oversight.policedata.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.oversight.policedata.PoliceDataKind;

/** Reads the police data API's parameters; a bad one is an {@link IllegalArgumentException} saying which (400). */
final class ApiParameters {

    private ApiParameters() {}

    static PoliceDataKind kind(String kind) {
        return PoliceDataKind.fromSlug(kind)
                .orElseThrow(() -> new IllegalArgumentException(
                        "kind must be street, outcomes or stop-and-search, not '" + kind + "'"));
    }

    static YearMonth month(String name, String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a month such as 2015-04, not '" + month + "'");
        }
    }
}
