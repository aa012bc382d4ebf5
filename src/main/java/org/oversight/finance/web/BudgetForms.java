package org.oversight.finance.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The forms analysts fill in to create and edit budgets. {@code lock} carries the version being edited. */
final class BudgetForms {

    private BudgetForms() {}

    record NewBudgetForm(
            @NotBlank(message = "Enter the financial year, like 2025/26") String year,
            @Size(max = 1000, message = "The source must be 1,000 characters or fewer") String source) {}

    record DetailsForm(
            String source,
            String residentPopulation,
            String populationSource,
            String publishedCostPerResident,
            String publishedSpendingTotal,
            String publishedFundingTotal,
            String precept,
            String councilTaxBase,
            String bandD,
            String decisionNumber,
            String note,
            @NotNull Integer lock) {}

    record LineForm(
            @NotBlank(message = "Choose spending or funding") String side,
            @NotBlank(message = "Enter a name for the line")
                    @Size(max = 200, message = "The name must be 200 characters or fewer")
                    String name,
            String parent,
            String amount,
            String publishedShare,
            Boolean perHead,
            String publishedPerHead,
            String note,
            @NotNull Integer lock) {

        /** An unticked box is not sent at all: it means no. */
        LineForm {
            perHead = Boolean.TRUE.equals(perHead);
        }
    }
}
