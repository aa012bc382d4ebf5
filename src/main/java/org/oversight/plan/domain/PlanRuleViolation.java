package org.oversight.plan.domain;

/** A plan, version, objective, commitment or measure would break one of the register's rules. */
public class PlanRuleViolation extends RuntimeException {

    private final String field;

    public PlanRuleViolation(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        String message = getMessage();
        return message.substring(field.length() + 2);
    }
}
