package org.oversight.finance.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The forms analysts fill in for grant schemes, their years, awards and monitoring returns. */
final class GrantForms {

    private GrantForms() {}

    record SchemeForm(
            @NotBlank(message = "Enter a name for the scheme")
                    @Size(max = 200, message = "The name must be 200 characters or fewer")
                    String name,
            String description,
            String funder,
            Integer lock) {}

    record RoundForm(
            String year,
            String allocation,
            String publishedTotal,
            String publishedRemaining,
            String decisionNumber,
            String source,
            String note,
            Integer lock) {}

    record AwardForm(
            @NotBlank(message = "Enter the recipient")
                    @Size(max = 300, message = "The recipient must be 300 characters or fewer")
                    String recipient,
            @NotBlank(message = "Enter what the award is for") String purpose,
            @NotBlank(message = "Enter the amount in pounds") String amount,
            @Size(max = 200, message = "The area must be 200 characters or fewer") String area,
            String conditions,
            String awardedOn,
            String startsOn,
            String endsOn,
            String decisionNumber,
            String note,
            Integer lock) {}

    record ReturnForm(
            @NotBlank(message = "Say which period the return covers, like Q1 2018/19")
                    @Size(max = 100, message = "The period must be 100 characters or fewer")
                    String period,
            String dueOn,
            String receivedOn,
            String summary,
            @NotNull Integer lock) {}
}
