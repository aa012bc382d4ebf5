package org.oversight.finance.grant;

/** There is no such grant scheme, round or award. */
public class GrantNotFound extends RuntimeException {

    public GrantNotFound(String message) {
        super(message);
    }
}
