package org.oversight.accounts;

import org.oversight.shared.AuditedChange;

/** A disabled account was enabled again. */
public record AccountEnabled(String username, String by) implements AuditedChange {

    @Override
    public String module() {
        return "accounts";
    }

    @Override
    public String action() {
        return "account-enabled";
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
        return "Account " + username + " enabled by " + by;
    }
}
