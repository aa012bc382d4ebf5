package org.oversight.finance.budget;

/** There is no budget (or line) of that name. */
public class BudgetNotFound extends RuntimeException {

    public BudgetNotFound(String message) {
        super(message);
    }
}
