package org.oversight.finance;

import java.math.BigDecimal;

/**
 * What a budget states besides its lines, each as published or entered (null when not stated):
 * where it comes from, the resident population its per-head figures use and that figure's own
 * source, the published cost per resident and side totals (kept to show any difference from what
 * Oversight computes), the precept, council tax base and Band D charge, the decision that set it,
 * and a note.
 *
 * @param councilTaxBase Band D equivalent properties, as the billing authorities certify them
 * @param bandD the Band D council tax for policing, in pounds
 * @param decisionNumber the decisions register's number for the decision that set the budget
 */
public record BudgetDetails(
        String source,
        Long residentPopulation,
        String populationSource,
        BigDecimal publishedCostPerResident,
        BigDecimal publishedSpendingTotal,
        BigDecimal publishedFundingTotal,
        BigDecimal precept,
        BigDecimal councilTaxBase,
        BigDecimal bandD,
        String decisionNumber,
        String note) {

    public static BudgetDetails none() {
        return new BudgetDetails(null, null, null, null, null, null, null, null, null, null, null);
    }
}
