package org.oversight.decisions.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form analysts fill in to add or change a decision. */
record DecisionForm(
        @NotBlank(message = "Enter the decision's number, like 004-2019")
                @Size(max = 40, message = "The number must be 40 characters or fewer")
                String number,
        @NotBlank(message = "Enter the decision's title") String title,
        @NotBlank(message = "Enter the date of the decision, like 08/02/2019") String decidedOn,
        @NotBlank(message = "Enter who made the decision")
                @Size(max = 200, message = "The decision-maker must be 200 characters or fewer")
                String decisionMaker,
        String summary,
        String financialImplications,
        boolean confidential,
        String source,
        Integer lock) {}
