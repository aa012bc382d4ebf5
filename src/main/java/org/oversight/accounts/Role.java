package org.oversight.accounts;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a user may do (ADR 0015). An admin may do everything an analyst may, and an analyst may read
 * everything a board member reads. A lead officer reports on the commitments they lead and sees
 * nothing else that is not public.
 */
public enum Role {
    ADMIN("admin", "Admin"),
    ANALYST("analyst", "Performance analyst"),
    BOARD_MEMBER("board-member", "Board member"),
    LEAD_OFFICER("lead-officer", "Lead officer");

    private final String code;
    private final String words;

    Role(String code, String words) {
        this.code = code;
        this.words = words;
    }

    /** How the command line and forms name it: {@code admin}, {@code lead-officer} … */
    public String code() {
        return code;
    }

    /** How pages name it. */
    public String words() {
        return words;
    }

    public static Role fromCode(String code) {
        String wanted = code == null ? "" : code.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Role role : values()) {
            if (role.code.equals(wanted)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + code + "': use "
                + Arrays.stream(values()).map(Role::code).collect(Collectors.joining(", ")));
    }
}
