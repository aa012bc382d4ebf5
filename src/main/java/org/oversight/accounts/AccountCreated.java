package org.oversight.accounts;

import org.oversight.shared.AuditedChange;

/** An account was created (its password is never recorded). */
public record AccountCreated(String username, String by, String after) implements AuditedChange {

    @Override
    public String module() {
        return "accounts";
    }

    @Override
    public String action() {
        return "account-created";
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
        return "Account " + username + " created by " + by + " (" + after + ")";
    }

    @Override
    public String after() {
        return after;
    }
}
