package org.oversight.finance.budget;

/** A save made from a copy of the budget that someone else has changed since: nothing was saved. */
public class BudgetConflict extends RuntimeException {

    public BudgetConflict(String message) {
        super(message);
    }
}
