package org.oversight.decisions.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form analysts fill in to add or change a decision. */
record DecisionForm(
        @NotBlank(message = "Enter the number of the decision, like 004-2019")
                @Size(max = 40, message = "The number must be 40 characters or fewer")
                String number,
        @NotBlank(message = "Enter the title of the decision") String title,
        @NotBlank(message = "Enter the date of the decision, like 08/02/2019") String decidedOn,
        @NotBlank(message = "Enter who made the decision")
                @Size(max = 200, message = "The decision-maker must be 200 characters or fewer")
                String decisionMaker,
        String summary,
        String financialImplications,
        Boolean confidential,
        String source,
        Integer lock) {

    /** An unticked box is not sent at all: it means no. */
    DecisionForm {
        confidential = Boolean.TRUE.equals(confidential);
    }
}
