package org.oversight.accounts.domain;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in that refuses to try while a user name or address is throttled. The address is the
 * client's as the request gives it: the peer, or the client a trusted proxy names (see
 * {@code oversight.web.trusted-proxies}).
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    public ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        Duration wait = throttle.waitBeforeNextAttempt(username, address);
        if (!wait.isZero()) {
            log.warn("event=sign_in_throttled");
            long minutes = Math.max(1, (wait.getSeconds() + 59) / 60);
            throw new LockedException("Too many failed sign-in attempts. Try again in " + minutes
                    + (minutes == 1 ? " minute." : " minutes."));
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(username, address);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            log.info("event=sign_in_failed");
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
