package org.oversight.accounts;

import org.oversight.shared.AuditedChange;

/** An account was disabled: it cannot sign in. */
public record AccountDisabled(String username, String by) implements AuditedChange {

    @Override
    public String module() {
        return "accounts";
    }

    @Override
    public String action() {
        return "account-disabled";
    }

    @Override
    public String objectType() {
        return "user-account";
    }

    @Override
    public String objectId() {
        return username;
    }

    @Override
    public String summary() {
        return "Account " + username + " disabled by " + by + ": it can no longer sign in";
    }
}
