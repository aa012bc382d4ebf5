package org.oversight.accounts.domain;

import java.time.Instant;
import org.oversight.accounts.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** Someone who signs in to Oversight. The password is kept only as an adaptive hash. */
@Table(schema = "accounts", name = "user_account")
public record UserAccount(
        @Id Long id,
        String username,
        String passwordHash,
        Role role,
        boolean enabled,
        Instant createdAt,
        @Version Integer version) {}
