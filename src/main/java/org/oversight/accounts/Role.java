package org.oversight.accounts;

import java.util.Locale;

/** What a user may do. An admin may do everything an analyst may. */
public enum Role {
    ADMIN,
    ANALYST;

    public static Role fromCode(String code) {
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + code + "': use admin or analyst", e);
        }
    }
}
