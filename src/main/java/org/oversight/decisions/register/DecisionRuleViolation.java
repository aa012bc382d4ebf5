package org.oversight.decisions.register;

/** A change that would break a rule of the register; {@code field} names the form field at fault. */
public class DecisionRuleViolation extends RuntimeException {

    private final String field;

    public DecisionRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
