package org.oversight.accounts;

import org.oversight.shared.AuditedChange;

/** Someone signed out of the web pages. */
public record SignedOut(String username) implements AuditedChange {

    @Override
    public String module() {
        return "accounts";
    }

    @Override
    public String action() {
        return "signed-out";
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
        return username + " signed out";
    }
}
