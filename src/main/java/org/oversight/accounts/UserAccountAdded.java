package org.oversight.accounts;

import java.util.Locale;
import org.oversight.shared.AuditedChange;

/** An account was created (today on the command line, {@code ./oversight users add}). */
public record UserAccountAdded(String username, Role role, String by) implements AuditedChange {

    @Override
    public String module() {
        return "accounts";
    }

    @Override
    public String action() {
        return "user-added";
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
    public String after() {
        return "{\"username\":" + AccountsJson.quote(username) + ",\"role\":\"" + roleCode() + "\",\"enabled\":true}";
    }

    @Override
    public String summary() {
        return "Account " + username + " added with the " + roleCode() + " role";
    }

    private String roleCode() {
        return role.name().toLowerCase(Locale.ROOT);
    }
}
