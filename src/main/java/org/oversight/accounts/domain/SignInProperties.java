package org.oversight.accounts.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins are let through before sign-in is refused for a while (see
 * {@link SignInThrottle} and docs/security.md).
 *
 * @param maxFailures for one user name from one address: someone guessing one account's password
 * @param maxFailuresPerUserName for one user name from any addresses: guessing spread over many
 * @param maxFailuresPerAddress from one address for any user names: trying many accounts; high,
 *     since everyone behind a proxy or an office's connection shares an address
 * @param lockout how long after the last failure sign-in stays refused
 */
@ConfigurationProperties("oversight.sign-in")
public record SignInProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("20") int maxFailuresPerUserName,
        @DefaultValue("100") int maxFailuresPerAddress,
        @DefaultValue("15m") Duration lockout) {

    public SignInProperties {
        if (maxFailures < 1 || maxFailuresPerUserName < 1 || maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException("oversight.sign-in: every max-failures setting must be at least 1");
        }
        if (lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("oversight.sign-in.lockout must be longer than zero");
        }
    }
}
