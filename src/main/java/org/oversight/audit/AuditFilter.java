package org.oversight.audit;

import java.time.LocalDate;

/**
 * Which entries to show; every part is optional ({@code null} or blank: any).
 *
 * @param user the user name, exactly (letter case aside)
 * @param module the module, exactly: {@code plan}, {@code policedata} …
 * @param object words found in the object's type and id, such as {@code import-batch} or
 *     {@code wiltshire/2024-04}; in double quotes, the object's id (or its type, a space and its
 *     id) exactly: {@code "wm/2014-15/4.1"} is objective 4.1 and not 4.10
 * @param from the first day (in Europe/London), inclusive
 * @param to the last day (in Europe/London), inclusive
 */
public record AuditFilter(String user, String module, String object, LocalDate from, LocalDate to) {

    public AuditFilter {
        user = blankToNull(user);
        module = blankToNull(module);
        object = blankToNull(object);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the first day (" + from + ") is after the last day (" + to + ")");
        }
    }

    /** Every entry. */
    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }

    /** The object's id (or type and id) to match exactly, when the object is in double quotes; else {@code null}. */
    public String exactObject() {
        return object != null && object.length() >= 2 && object.startsWith("\"") && object.endsWith("\"")
                ? object.substring(1, object.length() - 1).strip()
                : null;
    }

    public boolean isEmpty() {
        return user == null && module == null && object == null && from == null && to == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
