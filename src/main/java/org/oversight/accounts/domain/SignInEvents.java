package org.oversight.accounts.domain;

import org.oversight.accounts.SignInFailed;
import org.oversight.accounts.SignedIn;
import org.oversight.accounts.SignedOut;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Turns Spring Security's sign-in events into the accounts module's audited changes: a sign-in with
 * the form, every refused sign-in (form or API), and a sign-out. Successful API calls, which carry
 * credentials each time, are not sign-ins; what they change is recorded with their user.
 */
@Component
class SignInEvents {

    private final ApplicationEventPublisher events;

    SignInEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    public void signedIn(InteractiveAuthenticationSuccessEvent event) {
        events.publishEvent(new SignedIn(event.getAuthentication().getName()));
    }

    @EventListener
    public void failed(AbstractAuthenticationFailureEvent event) {
        events.publishEvent(new SignInFailed(event.getAuthentication().getName(), reason(event.getException())));
    }

    @EventListener
    public void signedOut(LogoutSuccessEvent event) {
        events.publishEvent(new SignedOut(event.getAuthentication().getName()));
    }

    static String reason(AuthenticationException exception) {
        if (exception instanceof BadCredentialsException) {
            return "wrong user name or password";
        }
        if (exception instanceof LockedException) {
            return "too many failed sign-ins";
        }
        if (exception instanceof DisabledException) {
            return "the account is disabled";
        }
        if (exception instanceof AccountStatusException) {
            return "the account may not sign in";
        }
        return "the sign-in could not be checked";
    }
}
