package org.oversight.accounts;

import org.oversight.shared.AuditedChange;

/** An account's password was set with its one-time link. */
public record PasswordSetWithResetLink(String username, String by) implements AuditedChange {

    @Override
    public String module() {
        return "accounts";
    }

    @Override
    public String action() {
        return "password-reset";
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
        return "The password of " + username + " was set with a one-time link";
    }
}
