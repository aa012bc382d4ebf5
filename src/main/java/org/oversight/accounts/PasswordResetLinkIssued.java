package org.oversight.accounts;

import org.oversight.shared.AuditedChange;

/** A one-time password reset link was issued (the link itself is never recorded). */
public record PasswordResetLinkIssued(String username, String by) implements AuditedChange {

    @Override
    public String module() {
        return "accounts";
    }

    @Override
    public String action() {
        return "password-reset-link-issued";
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
        return "A one-time password reset link for " + username + " issued by " + by;
    }
}
