package org.oversight.finance.grant;

/** A change that would break a rule of grants; {@code field} names the form field at fault. */
public class GrantRuleViolation extends RuntimeException {

    private final String field;

    public GrantRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
