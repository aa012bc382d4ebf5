package org.oversight.accounts.domain;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PasswordResetRepository extends ListCrudRepository<PasswordReset, Long> {

    Optional<PasswordReset> findByTokenSha256(String tokenSha256);

    /** Voids every unused link of an account (a new one replaces them). */
    @Modifying
    @Query("UPDATE accounts.password_reset SET used_at = :now WHERE user_account = :account AND used_at IS NULL")
    int voidUnused(long account, Instant now);
}
