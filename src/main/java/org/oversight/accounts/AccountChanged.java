package org.oversight.accounts;

import org.oversight.shared.AuditedChange;

/** An account's role, leads, email or manager changed. */
public record AccountChanged(String username, String by, String before, String after) implements AuditedChange {

    @Override
    public String module() {
        return "accounts";
    }

    @Override
    public String action() {
        return "account-changed";
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
        return "Account " + username + " changed by " + by;
    }

    @Override
    public String before() {
        return before;
    }

    @Override
    public String after() {
        return after;
    }
}
