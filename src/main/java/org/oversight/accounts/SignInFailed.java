package org.oversight.accounts;

import org.oversight.shared.AuditedChange;

/**
 * A sign-in was refused: a wrong user name or password, an account locked by too many failures, or
 * a disabled account; in the browser or on the API. Who tried is not known, so the entry is by
 * {@value #ANONYMOUS}; the account is the user name tried (cut to {@value #LONGEST} characters).
 *
 * @param reason why, in words
 */
public record SignInFailed(String usernameTried, String reason) implements AuditedChange {

    static final String ANONYMOUS = "anonymous";
    static final int LONGEST = 100;

    public SignInFailed {
        usernameTried = usernameTried == null || usernameTried.isBlank()
                ? "(none)"
                : usernameTried.length() > LONGEST ? usernameTried.substring(0, LONGEST) + "…" : usernameTried;
    }

    @Override
    public String module() {
        return "accounts";
    }

    @Override
    public String action() {
        return "sign-in-failed";
    }

    @Override
    public String objectType() {
        return "user-account";
    }

    @Override
    public String objectId() {
        return usernameTried;
    }

    @Override
    public String by() {
        return ANONYMOUS;
    }

    @Override
    public String summary() {
        return "Sign-in as " + usernameTried + " refused: " + reason;
    }
}
