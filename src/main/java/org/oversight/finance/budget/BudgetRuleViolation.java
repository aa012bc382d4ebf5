package org.oversight.finance.budget;

/** A change that would break one of a budget's rules; {@code field} names the form field at fault. */
public class BudgetRuleViolation extends RuntimeException {

    private final String field;

    public BudgetRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
