package org.oversight.decisions;

import org.oversight.shared.FinancialYear;

/**
 * What to look for in the register: every word (in any case) somewhere in a decision's number,
 * title, decision-maker, summary or financial implications, and the financial year it was taken in;
 * either may be null.
 */
public record DecisionSearch(String words, FinancialYear year) {

    public static DecisionSearch everything() {
        return new DecisionSearch(null, null);
    }
}
