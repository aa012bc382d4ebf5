package org.oversight.accounts;

import java.util.List;

/** What other modules may know of an account: who, role, where to write, whom to escalate to, leads. */
public record AccountContact(
        String username, Role role, String email, String manager, List<String> leads, boolean enabled) {

    public AccountContact {
        leads = leads == null ? List.of() : List.copyOf(leads);
    }
}
