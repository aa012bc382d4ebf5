package org.oversight.accounts.domain;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A one-time password reset link: only the SHA-256 of its token is kept. */
@Table(schema = "accounts", name = "password_reset")
record PasswordReset(
        @Id Long id,
        Long userAccount,
        String tokenSha256,
        String issuedBy,
        Instant issuedAt,
        Instant expiresAt,
        Instant usedAt) {

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    PasswordReset usedAt(Instant now) {
        return new PasswordReset(id, userAccount, tokenSha256, issuedBy, issuedAt, expiresAt, now);
    }
}
