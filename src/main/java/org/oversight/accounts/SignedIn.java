package org.oversight.accounts;

import org.oversight.shared.AuditedChange;

/** Someone signed in to the web pages with their user name and password. */
public record SignedIn(String username) implements AuditedChange {

    @Override
    public String module() {
        return "accounts";
    }

    @Override
    public String action() {
        return "signed-in";
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
    public String by() {
        return username;
    }

    @Override
    public String summary() {
        return username + " signed in";
    }
}
