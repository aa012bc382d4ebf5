package org.oversight.accounts.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.oversight.accounts.AccountContact;
import org.oversight.accounts.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Someone who signs in to Oversight. The password is kept only as an adaptive hash. A lead officer
 * holds leads: the lead names plans use ("ACC Local Policing"); reminders go to {@code email} and
 * escalate to the {@code manager} (another account's user name).
 */
@Table(schema = "accounts", name = "user_account")
public record UserAccount(
        @Id Long id,
        String username,
        String passwordHash,
        Role role,
        boolean enabled,
        Instant createdAt,
        String email,
        String manager,
        @MappedCollection(idColumn = "user_account") Set<HeldLead> heldLeads,
        @Version Integer version) {

    public UserAccount {
        heldLeads = heldLeads == null ? Set.of() : Set.copyOf(heldLeads);
    }

    /** The leads held, sorted. */
    public List<String> leads() {
        return heldLeads.stream()
                .map(HeldLead::lead)
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    UserAccount withPasswordHash(String hash) {
        return new UserAccount(id, username, hash, role, enabled, createdAt, email, manager, heldLeads, version);
    }

    UserAccount withEnabled(boolean on) {
        return new UserAccount(id, username, passwordHash, role, on, createdAt, email, manager, heldLeads, version);
    }

    UserAccount withDetails(Role newRole, String newEmail, String newManager, Set<String> newLeads) {
        return new UserAccount(
                id,
                username,
                passwordHash,
                newRole,
                enabled,
                createdAt,
                newEmail,
                newManager,
                newLeads.stream().map(HeldLead::new).collect(Collectors.toSet()),
                version);
    }

    public AccountContact contact() {
        return new AccountContact(username, role, email, manager, leads(), enabled);
    }

    /** How the audit trail keeps it: never the password hash. */
    String describe() {
        return "role=" + role.code() + "; email=" + (email == null ? "" : email) + "; manager="
                + (manager == null ? "" : manager) + "; leads=" + String.join(" | ", leads()) + "; enabled="
                + enabled;
    }
}
